package org.jindu.portal.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 8, acceptance 5 in the browser: the police station's unit administrator switches the control module off and on
 * again for his unit; switching it on shows whose eyes the drug users' files reach and needs his confirmation; the
 * police officer's open tab loses and regains the menu while the education centre's staff never get it.
 */
public class UnitAdministrationBrowserIT extends BrowserTestSupport {

    @Override
    protected void ready() {
        Poll.until("the control module", Duration.ofSeconds(120), () -> http.get("/api/v1/control/persons", "police").status() == 200);
    }

    @Test
    public void theUnitAdministratorEnablesTheControlModuleForHisUnitAfterConfirming() throws Exception {
        try (Browser officer = new Browser()) {
            officer.login(portal, "police", "demo");
            officer.waitFor(By.id("nav-control-persons"));

            browser.login(portal, "police-admin", "demo");
            browser.waitFor(By.id("nav-unit-modules")).click();
            assertFalse("not the system administration", browser.present(By.id("nav-admin-users")));
            assertTrue(browser.present(By.id("nav-unit-users")));
            browser.waitFor(By.id("unit-modules-POLICE"));
            By box = By.cssSelector("#unit-enable-control-POLICE input");
            By label = By.cssSelector("#unit-enable-control-POLICE label");
            assertTrue("control is enabled for the police in the demo", browser.waitFor(box).isSelected());

            browser.waitFor(label).click();
            Poll.until("the officer's open tab to lose the control menu", Duration.ofSeconds(15),
                    () -> !officer.present(By.id("nav-control-persons")));
            assertFalse(http.get("/api/v1/navigation", "police").body().contains("control/persons"));

            browser.waitFor(label).click();
            String statement = browser.waitFor(By.id("enable-confirmation")).getText();
            assertTrue(statement, statement.contains("港湾派出所") && statement.contains("吸毒人员档案") && statement.contains("李警官"));
            browser.screenshot("UnitAdministrationBrowserIT-confirmation");
            browser.click("dialog-save");
            Poll.until("the tick to stay", Duration.ofSeconds(15), () -> browser.waitFor(box).isSelected() && !browser.present(By.id("enable-confirmation")));
            Poll.until("the officer's open tab to get the control menu back", Duration.ofSeconds(15),
                    () -> officer.present(By.id("nav-control-persons")));
            assertFalse("another unit's staff do not get it", http.get("/api/v1/navigation", "edu").body().contains("control/persons"));

            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.waitFor(By.id("unit-modules-POLICE"));
            browser.screenshot("UnitAdministrationBrowserIT-phone");
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    public void cancellingTheConfirmationLeavesTheModuleOff() throws Exception {
        browser.login(portal, "police-admin", "demo");
        browser.waitFor(By.id("nav-unit-modules")).click();
        By box = By.cssSelector("#unit-enable-control-POLICE input");
        By label = By.cssSelector("#unit-enable-control-POLICE label");
        browser.waitFor(label).click();
        Poll.until("disabled", Duration.ofSeconds(15), () -> !http.get("/api/v1/navigation", "police").body().contains("control/persons"));
        browser.waitFor(label).click();
        browser.waitFor(By.id("enable-confirmation"));
        browser.click("dialog-cancel");
        Poll.until("the tick put back", Duration.ofSeconds(15), () -> !browser.waitFor(box).isSelected());
        assertFalse(http.get("/api/v1/navigation", "police").body().contains("control/persons"));
        // leave the demo as it was for the other browser tests
        browser.waitFor(label).click();
        browser.click("dialog-save");
        Poll.until("enabled again", Duration.ofSeconds(15), () -> http.get("/api/v1/navigation", "police").body().contains("control/persons"));
    }
}
