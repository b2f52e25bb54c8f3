package org.jindu.portal.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;

/**
 * PF-5 in the browser: a module dropped into {@code deploy/} of the running portal appears in the menu of a tab that
 * is already open (server push, no reload), its page opens, and it disappears again when the file is removed.
 */
public class HotDeployBrowserIT {
    private PortalProcess portal;
    private Browser browser;
    private Path deployed;

    @Before
    public void open() throws Exception {
        browser = new Browser();
        portal = PortalProcess.shared();
    }

    @After
    public void close() throws Exception {
        if (deployed != null) {
            Files.deleteIfExists(deployed);
        }
        if (browser != null) {
            browser.screenshot("HotDeployBrowserIT");
            browser.close();
        }
    }

    @Test
    public void aHotDeployedModuleAppearsInAnOpenTabAndGoesAgain() throws Exception {
        browser.login(portal, "leader", "demo");
        browser.waitFor(By.id("home-view"));
        assertFalse(browser.present(By.id("nav-testb-main")));
        String before = (String) browser.script("return document.title");

        Path jar = TestBundles.build("testb");
        deployed = portal.home().resolve("deploy").resolve(jar.getFileName());
        Path partial = portal.home().resolve(jar.getFileName() + ".part");
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, deployed, StandardCopyOption.ATOMIC_MOVE);

        // fileinstall polls deploy/ every second; push brings the entry into the open page
        browser.waitFor(By.id("nav-testb-main"));
        assertTrue("no reload happened", before.equals(browser.script("return document.title"))
                && browser.present(By.id("home-view")));
        browser.click("nav-testb-main");
        browser.waitFor(By.id("testb-label"));

        Files.delete(deployed);
        deployed = null;
        Poll.until("the entry to disappear", Duration.ofSeconds(30), () -> !browser.present(By.id("nav-testb-main")));
        // the open view of the removed module gave way to the home page
        browser.waitFor(By.id("home-view"));
    }
}
