package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 3, acceptance 3: in headless Chromium, a village user applies (new application, the form, submit) and an
 * assessor scores an application assigned to him (every item, then submit), in the Vaadin UI of the demo portal.
 */
public class AssessmentBrowserIT extends BrowserTestSupport {
    @Override
    protected void ready() {
        Poll.until("the assessment module", Duration.ofSeconds(120),
                () -> http.get("/api/v1/assessment/rounds", "office").status() == 200
                        && http.get("/api/v1/assessment/rounds", "office").json().size() >= 4);
    }

    @Test
    public void aVillageUserAppliesInTheUi() {
        browser.login(portal, "village", "demo");
        browser.waitFor(By.id("nav-assessment-applications")).click();
        browser.waitFor(By.id("applications-grid"));
        browser.click("applications-new");
        browser.waitFor(By.id("new-round"));
        browser.click("dialog-save");

        browser.waitFor(By.id("application-view"));
        Poll.until("a draft", Duration.ofSeconds(30), () -> browser.waitFor(By.id("application-state")).getText().contains("草稿"));
        browser.type("app-contactName", "张东村");
        browser.type("app-contactPhone", "abc");
        browser.type("app-plan", "一、成立创建工作领导小组；二、对照“六有五无”逐项落实；三、每季度排查涉毒风险。");
        browser.type("app-selfScore", "91");
        browser.type("app-selfAssessment", "组织、制度、队伍、阵地齐全，经费已列入预算。");
        browser.click("app-save");
        // the bad phone number is named next to its field, and nothing typed is lost
        Poll.until("the field error", Duration.ofSeconds(30),
                () -> browser.present(By.cssSelector("#app-contactPhone.v-textfield-error")));
        assertEquals("张东村", browser.waitFor(By.id("app-contactName")).getAttribute("value"));
        browser.type("app-contactPhone", "13800138000");
        browser.click("app-save");
        Poll.until("the saved form", Duration.ofSeconds(30),
                () -> !browser.present(By.cssSelector("#app-contactPhone.v-textfield-error"))
                        && "13800138000".equals(browser.waitFor(By.id("app-contactPhone")).getAttribute("value")));
        browser.screenshot("AssessmentBrowserIT-village-form");

        browser.click("action-SUBMIT");
        browser.waitFor(By.id("action-date"));
        browser.click("dialog-save");
        Poll.until("the submitted application", Duration.ofSeconds(30),
                () -> browser.waitFor(By.id("application-state")).getText().contains("已申报"));
        assertTrue(browser.waitFor(By.id("app-contactName")).getAttribute("class").contains("readonly")
                || browser.waitFor(By.id("app-contactName")).getAttribute("readonly") != null);

        JsonNode mine = http.get("/api/v1/assessment/applications?year=" + LocalDate.now().getYear() + "&org=HG-GW-DC", "office").json();
        assertEquals(1, mine.size());
        assertEquals("SUBMITTED", mine.get(0).get("state").asText());
        assertEquals("张东村", mine.get(0).get("contactName").asText());
    }

    @Test
    public void anAssessorScoresAnAssignedApplicationInTheUi() {
        long id = assessableApplication();
        browser.login(portal, "assessor", "demo");
        browser.waitFor(By.id("nav-assessment-tasks")).click();
        Poll.until("the task list", Duration.ofSeconds(30), () -> browser.waitFor(By.id("tasks-grid")).getText().contains("西村村"));
        browser.driver.get(portal.url("/portal/#!assessment/tasks/" + id));
        browser.waitFor(By.id("sheet-view"));
        Poll.until("the open sheet", Duration.ofSeconds(30), () -> browser.waitFor(By.id("sheet-status")).getText().contains("评分中"));
        String[][] scores = {{"Y1", "14"}, {"Y2", "15"}, {"Y3", "18"}, {"Y4", "15"}, {"Y5", "13"}, {"Y6", "19"}};
        for (String[] s : scores) {
            browser.type("score-" + s[0], s[1]);
            browser.type("comment-" + s[0], "现场核查符合");
        }
        browser.click("sheet-save");
        Poll.until("the draft total", Duration.ofSeconds(30), () -> browser.waitFor(By.id("sheet-total")).getText().contains("94"));
        // a veto item ticked and unticked again: the submitted sheet holds every veto item as kept
        browser.waitFor(By.cssSelector("#veto-W1 label")).click();
        Poll.until("the ticked veto item", Duration.ofSeconds(10), () -> browser.driver.findElement(By.cssSelector("#veto-W1 input")).isSelected());
        browser.waitFor(By.cssSelector("#veto-W1 label")).click();
        browser.screenshot("AssessmentBrowserIT-assessor-sheet");
        browser.click("sheet-submit");
        Poll.until("the submitted sheet", Duration.ofSeconds(30), () -> browser.waitFor(By.id("sheet-status")).getText().contains("已提交"));

        JsonNode sheets = http.get("/api/v1/assessment/applications/" + id + "/sheets", "office").json();
        assertEquals(1, sheets.size());
        assertTrue(sheets.get(0).get("submitted").asBoolean());
        assertEquals(94.0, sheets.get(0).get("total").asDouble(), 0.01);
        assertEquals(14.0, sheets.get(0).get("items").get("Y1").get("score").asDouble(), 0.01);
        JsonNode concluded = http.postJson("/api/v1/assessment/applications/" + id + "/actions", "office",
                "{\"action\":\"CONCLUDE\",\"effectiveOn\":\"" + (LocalDate.now().getYear() - 1) + "-08-20\"}").json();
        assertEquals("ASSESSED", concluded.get("state").asText());
        assertTrue(concluded.get("passed").asBoolean());
    }

    @Test
    public void theOfficeSeesRoundsCoverageTitlesAndStandards() {
        browser.login(portal, "office", "demo");
        browser.waitFor(By.id("nav-assessment-rounds")).click();
        Poll.until("the rounds", Duration.ofSeconds(30), () -> browser.waitFor(By.id("rounds-grid")).getText().contains("港湾镇无毒村居创建"));
        browser.click("nav-assessment-coverage");
        browser.waitFor(By.id("coverage-chart"));
        assertTrue(browser.waitFor(By.id("coverage-summary")).getText().contains("%"));
        assertTrue("the chart has a bar per year and series", browser.all(By.cssSelector("#coverage-chart rect.bar")).size() >= 8);
        assertTrue(browser.present(By.id("coverage-export")));
        browser.screenshot("AssessmentBrowserIT-office-coverage");
        browser.click("nav-assessment-titles");
        Poll.until("the titles", Duration.ofSeconds(30), () -> browser.waitFor(By.id("titles-grid")).getText().contains("已取消"));
        browser.screenshot("AssessmentBrowserIT-office-titles");
        browser.click("nav-assessment-standards");
        Poll.until("the rubric", Duration.ofSeconds(30), () -> browser.waitFor(By.id("standard-items")).getText().contains("一票否决"));
        browser.click("nav-assessment-applications");
        Poll.until("the applications", Duration.ofSeconds(30), () -> browser.waitFor(By.id("applications-grid")).getText().contains("石井村"));
        browser.screenshot("AssessmentBrowserIT-office-applications");
    }

    /**
     * An application of 西村村 in last year's demo round, brought through REST to the assessment with the demo assessor
     * assigned (last year's dates: its six-month cycle is over whatever the day the test runs).
     */
    private long assessableApplication() {
        int year = LocalDate.now().getYear() - 1;
        JsonNode round = null;
        for (JsonNode r : http.get("/api/v1/assessment/rounds?year=" + year, "office").json()) {
            if ("VILLAGE".equals(r.get("level").asText())) {
                round = r;
            }
        }
        Http.Response created = http.postJson("/api/v1/assessment/applications", "village2", "{\"roundId\":" + round.get("id").asLong()
                + ",\"contactName\":\"赵西村\",\"contactPhone\":\"13900139000\",\"plan\":\"创建工作方案\",\"selfScore\":90,"
                + "\"selfAssessment\":\"自评\"}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        step(id, "village2", "SUBMIT", year + "-01-10");
        step(id, "office", "ACCEPT", year + "-02-01");
        long assessor = http.get("/api/v1/assessment/applications/" + id + "/assessors/candidates", "office").json().get(0).get("id").asLong();
        assertEquals(200, http.putJson("/api/v1/assessment/applications/" + id + "/assessors", "office",
                "{\"assessorIds\":[" + assessor + "]}").status());
        step(id, "office", "OPEN_ASSESSMENT", year + "-08-05");
        return id;
    }

    private void step(long id, String user, String action, String date) {
        Http.Response r = http.postJson("/api/v1/assessment/applications/" + id + "/actions", user,
                "{\"action\":\"" + action + "\",\"effectiveOn\":\"" + date + "\"}");
        assertEquals(action + ": " + r.body(), 200, r.status());
    }
}
