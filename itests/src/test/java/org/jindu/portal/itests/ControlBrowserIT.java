package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 4, acceptance 5: in headless Chromium, a village worker opens a person file (a wrong ID number is named at its
 * field, nothing typed is lost) and records a visit; the office sees the figures and the full ID number on request.
 */
public class ControlBrowserIT extends BrowserTestSupport {
    /** Fictional: area code 990103 exists nowhere; the check digit is right. */
    private static final String ID = ControlTest.withCheckDigit("99010319910220023");

    @Override
    protected void ready() {
        Poll.until("the control module", Duration.ofSeconds(120),
                () -> http.get("/api/v1/control/persons", "office").status() == 200
                        && http.get("/api/v1/control/persons", "office").json().size() >= 10);
    }

    @Test
    public void aVillageWorkerOpensAFileAndRecordsAVisit() throws Exception {
        browser.login(portal, "village", "demo");
        browser.waitFor(By.id("nav-control-persons")).click();
        browser.waitFor(By.id("persons-grid"));
        browser.click("persons-new");
        browser.type("person-name", "测试某(浏览器)");
        browser.type("person-idNumber", ID.substring(0, 17) + (ID.charAt(17) == '1' ? "2" : "1"));
        browser.type("person-phone", "13700001111");
        browser.type("person-drugTypes", "冰毒");
        browser.type("person-legalBasis", "港公(禁)社戒决字〔浏览器〕1号");
        browser.click("dialog-save");
        Poll.until("the field error", Duration.ofSeconds(30), () -> browser.present(By.cssSelector("#person-idNumber.v-textfield-error")));
        assertEquals("测试某(浏览器)", browser.waitFor(By.id("person-name")).getAttribute("value"));
        browser.type("person-idNumber", ID);
        browser.click("dialog-save");

        browser.waitFor(By.id("person-view"));
        Poll.until("the new file", Duration.ofSeconds(30), () -> browser.waitFor(By.id("person-id")).getText().startsWith("9901****"));
        assertFalse(browser.waitFor(By.id("person-view")).getText().contains(ID));
        assertFalse("a village worker may not see the full number", browser.present(By.id("person-identify")));
        browser.screenshot("ControlBrowserIT-file");

        browser.click("work-new");
        browser.waitFor(By.id("work-kind"));
        browser.type("work-note", "入户走访，本人在家，情绪稳定");
        browser.click("dialog-save");
        Poll.until("the visit in the list", Duration.ofSeconds(30),
                () -> browser.waitFor(By.id("work-grid")).getText().contains("入户走访，本人在家"));
        browser.click("person-edit");
        browser.type("edit-worker", "李社工");
        browser.click("dialog-save");
        Poll.until("the new worker", Duration.ofSeconds(30), () -> browser.waitFor(By.id("person-worker")).getText().equals("李社工"));
        // last: after an upload, long-polling push now and then loses a message (see the README's known issues)
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("photo", ".png");
        java.nio.file.Files.write(photo, ControlTest.png());
        // Vaadin's immediate upload hides its file input; chromedriver takes the file all the same
        Poll.until("the upload", Duration.ofSeconds(30), () -> browser.present(By.cssSelector("#person-photo-upload input[type=file]")));
        browser.driver.findElement(By.cssSelector("#person-photo-upload input[type=file]")).sendKeys(photo.toString());
        Poll.until("the photo", Duration.ofSeconds(30), () -> browser.present(By.cssSelector("img#person-photo")));

        JsonNode mine = http.get("/api/v1/control/persons?name=" + java.net.URLEncoder.encode("测试某(浏览器)", java.nio.charset.StandardCharsets.UTF_8),
                "village").json();
        assertEquals(1, mine.size());
        assertEquals("HG-GW-DC", mine.get(0).get("controlOrg").asText());
        assertEquals("COMMUNITY_DETOX", mine.get(0).get("status").asText());
        JsonNode work = http.get("/api/v1/control/persons/" + mine.get(0).get("id").asLong() + "/work", "village").json();
        assertEquals(1, work.size());
        assertEquals("VISIT", work.get(0).get("kind").asText());
        assertTrue(mine.get(0).get("lastVisit").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue("the photo is on file", mine.get(0).get("photo").asBoolean());
        assertEquals("李社工", mine.get(0).get("workerName").asText());
    }

    @Test
    public void theOfficeSeesFiguresAndTheFullNumberOnRequest() {
        browser.login(portal, "office", "demo");
        browser.waitFor(By.id("nav-control-dashboard")).click();
        browser.waitFor(By.id("control-chart"));
        Poll.until("the counts", Duration.ofSeconds(30), () -> browser.waitFor(By.id("control-by-status")).getText().contains("社区戒毒"));
        assertTrue(browser.present(By.id("control-export")));
        browser.screenshot("ControlBrowserIT-dashboard");
        browser.click("nav-control-handovers");
        Poll.until("the demo handover", Duration.ofSeconds(30), () -> browser.waitFor(By.id("handovers-grid")).getText().contains("卫某(演示)"));
        long zhao = -1;
        for (JsonNode p : http.get("/api/v1/control/persons?org=HG-GW-XC", "office").json()) {
            if (p.get("name").asText().equals("赵某(演示)")) {
                zhao = p.get("id").asLong();
            }
        }
        browser.driver.get(portal.url("/portal/#!control/persons/" + zhao));
        browser.waitFor(By.id("person-view"));
        Poll.until("the masked number", Duration.ofSeconds(30), () -> browser.waitFor(By.id("person-id")).getText().contains("**********"));
        browser.click("person-identify");
        // a reason first (kept in the audit entry): one of the offered ones, chosen by typing and Enter
        org.openqa.selenium.WebElement reason = browser.waitFor(By.cssSelector("#identify-reason input"));
        reason.sendKeys("入户走访核对身份");
        Poll.until("the reason offered", Duration.ofSeconds(10), () -> browser.present(By.cssSelector(".v-filterselect-suggestmenu")));
        reason.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.click("dialog-save");
        String full = ControlTest.withCheckDigit("99010119790918004");
        Poll.until("the full number", Duration.ofSeconds(30), () -> browser.waitFor(By.id("person-id")).getText().equals(full));
        browser.screenshot("ControlBrowserIT-office-file");
        assertTrue(http.get("/api/v1/audit?action=VIEW_FULL&module=control&actor=office&recordId=" + zhao, "admin").json().get("total").asInt() >= 1);
    }
}
