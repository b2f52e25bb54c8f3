package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.openqa.selenium.By;

/**
 * Issue 2, acceptance 6: the web UI in headless Chromium: log in, see the navigation the role allows, switch the
 * language, log out.
 */
public class BrowserIT extends BrowserTestSupport {
    @Test
    public void officeStaffLogInSeeTheirMenuSwitchToEnglishAndLogOut() {
        browser.login(portal, "office", "demo");
        browser.waitFor(By.id("portal-menu"));
        browser.waitFor(By.id("home-view"));
        assertTrue(browser.present(By.id("nav-home")));
        assertTrue(browser.present(By.id("nav-profile")));
        assertFalse("office staff do not administer users", browser.present(By.id("nav-admin-users")));
        assertFalse(browser.present(By.id("nav-admin-audit")));
        assertTrue(browser.waitFor(By.id("nav-home")).getText().contains("首页"));
        assertTrue(browser.waitFor(By.id("current-user")).getText().contains("王禁毒"));

        browser.screenshot("BrowserIT-office-home-zh");
        browser.clickAndWaitForReload("lang-switch");
        browser.waitFor(By.id("portal-menu"));
        Poll.until("the English menu", java.time.Duration.ofSeconds(30),
                () -> browser.waitFor(By.id("nav-home")).getText().contains("Home"));
        assertTrue(browser.waitFor(By.id("logout-button")).getText().contains("Sign out"));

        browser.clickAndWaitForReload("logout-button");
        browser.waitFor(By.id("login-username"));
        assertTrue("the login page keeps the chosen language after logout? it starts a new session in Chinese",
                browser.waitFor(By.id("login-button")).getText().matches("登录|Sign in"));
        browser.driver.navigate().refresh();
        browser.waitFor(By.id("login-username"));
        assertFalse("logged out", browser.present(By.id("portal-menu")));
    }

    @Test
    public void theAdministratorSeesTheAdministrationAndItsPagesWork() {
        browser.login(portal, "admin", "demo");
        browser.waitFor(By.id("nav-admin-users")).click();
        browser.waitFor(By.id("users-grid"));
        Poll.until("the users grid to list the demo users", java.time.Duration.ofSeconds(30),
                () -> browser.waitFor(By.id("users-grid")).getText().contains("village2"));
        browser.screenshot("BrowserIT-admin-users");
        browser.click("nav-admin-audit");
        browser.waitFor(By.id("audit-grid"));
        browser.click("audit-verify");
        Poll.until("the chain verification", java.time.Duration.ofSeconds(30),
                () -> browser.waitFor(By.id("audit-verification")).getText().contains("完整"));
        browser.screenshot("BrowserIT-admin-audit");
        browser.click("nav-admin-modules");
        browser.waitFor(By.id("modules-grid"));
        Poll.until("the modules and the package policy", java.time.Duration.ofSeconds(30),
                () -> browser.waitFor(By.id("modules-grid")).getText().contains("管控帮扶")
                        && browser.waitFor(By.id("package-policy")).getText().contains("演示模式"));
        assertTrue(browser.present(By.id("package-upload")));
        browser.screenshot("BrowserIT-admin-modules");
        browser.click("nav-admin-org");
        browser.waitFor(By.id("org-tree"));
        Poll.until("the org tree", java.time.Duration.ofSeconds(30),
                () -> browser.waitFor(By.id("org-tree")).getText().contains("港湾镇"));
    }

    @Test
    public void aWrongPasswordShowsAMessageAndNoMenu() {
        browser.login(portal, "village", "not-the-password");
        String message = browser.waitFor(By.id("login-error")).getText();
        assertEquals("用户名或密码错误", message);
        assertFalse(browser.present(By.id("portal-menu")));
    }

    @Test
    public void aVillageUserSeesNeitherAdministrationNorOtherVillages() {
        browser.login(portal, "village", "demo");
        browser.waitFor(By.id("home-view"));
        assertFalse(browser.present(By.id("nav-admin-users")));
        assertTrue(browser.waitFor(By.id("home-view")).getText().contains("东村村"));
        assertFalse(browser.waitFor(By.id("home-view")).getText().contains("西村村"));
        browser.driver.get(portal.url("/portal/#!admin/users"));
        browser.waitFor(By.id("view-not-found"));
    }
}
