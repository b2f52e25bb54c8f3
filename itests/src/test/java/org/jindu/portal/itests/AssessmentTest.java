package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 3 in the real distribution: a full round through REST as the demo roles with yellow cards and revocation,
 * coverage and the audit trail (acceptance 2); a village cannot reach another village's application through REST or
 * SOAP (acceptance 4); the module leaves and comes back at runtime without losing data (acceptance 5).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AssessmentTest extends PortalTestSupport {
    private static final String API = "/api/v1/assessment";
    private static final int YEAR = LocalDate.now().getYear();

    @Inject
    private FeaturesService features;

    private void moduleReady() {
        Poll.until("the assessment module", READY, () -> http.get(API + "/rounds", "office").status() == 200
                && http.get(API + "/rounds", "office").json().size() >= 4
                && http.get("/soap/assessment?wsdl", null).status() == 200);
    }

    @Test
    public void aFullRoundThroughRestAsTheDemoRoles() {
        moduleReady();
        // 东村村 applies to the round of two years ago, so that two later annual reviews fit before today
        int year = YEAR - 2;
        long round = round(year);
        int designatedBefore = coverage(year).get("designated").asInt();
        int designatedNow = coverage(YEAR).get("designated").asInt();

        Http.Response created = http.postJson(API + "/applications", "village", "{\"roundId\":" + round + "}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals("DRAFT", created.json().get("state").asText());
        Http.Response incomplete = step(id, "village", "SUBMIT", year + "-01-10", null);
        assertEquals(400, incomplete.status());
        assertTrue(incomplete.body(), incomplete.body().contains("contactPhone"));
        assertEquals(200, http.putJson(API + "/applications/" + id, "village", "{\"contactName\":\"张东村\",\"contactPhone\":\"13800138000\","
                + "\"plan\":\"创建工作方案\",\"selfScore\":92,\"selfAssessment\":\"对照标准自评\"}").status());
        ok(step(id, "village", "SUBMIT", year + "-01-10", null));
        assertEquals("the village cannot accept its own application", 403, step(id, "village", "ACCEPT", year + "-02-01", null).status());
        ok(step(id, "office", "ACCEPT", year + "-02-01", null));

        // evidence during the cycle: a measure, a PDF; an HTML page is refused by the platform's file check
        assertEquals(201, http.postJson(API + "/applications/" + id + "/evidence", "village",
                "{\"itemCode\":\"Y4\",\"description\":\"新建禁毒宣传栏 2 处\"}").status());
        byte[] pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        Http.Response file = http.postBytes(API + "/applications/" + id + "/evidence/files?item=Y4&name=%E5%AE%A3%E4%BC%A0%E6%A0%8F.pdf",
                "village", "application/octet-stream", pdf);
        assertEquals(file.body(), 201, file.status());
        long fileEvidence = file.json().get("id").asLong();
        assertEquals("宣传栏.pdf", file.json().get("fileName").asText());
        Http.Response html = http.postBytes(API + "/applications/" + id + "/evidence/files?item=Y4&name=x.html",
                "village", "application/octet-stream", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, html.status());
        assertTrue(html.body(), html.body().contains("\"file\""));

        long assessor = http.get(API + "/applications/" + id + "/assessors/candidates", "office").json().get(0).get("id").asLong();
        assertEquals(403, http.get(API + "/applications/" + id + "/assessors/candidates", "village").status());
        assertEquals(404, http.get(API + "/applications/" + id, "assessor").status());
        assertEquals(200, http.putJson(API + "/applications/" + id + "/assessors", "office", "{\"assessorIds\":[" + assessor + "]}").status());
        ok(step(id, "office", "OPEN_ASSESSMENT", year + "-08-05", null));

        // the assigned assessor reads the evidence, downloads the file and scores every item
        assertEquals(2, http.get(API + "/applications/" + id + "/evidence", "assessor").json().size());
        Http.Download download = http.download(API + "/applications/evidence/" + fileEvidence + "/file", "assessor");
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.contentType());
        assertTrue(download.disposition(), download.disposition().startsWith("attachment"));
        Http.Response sheet = http.putJson(API + "/applications/" + id + "/sheet", "assessor", "{\"submit\":true,\"items\":{"
                + "\"Y1\":{\"score\":15,\"comment\":\"符合\"},\"Y2\":{\"score\":14},\"Y3\":{\"score\":18},"
                + "\"Y4\":{\"score\":15,\"comment\":\"阵地规范\",\"evidenceIds\":[" + fileEvidence + "]},\"Y5\":{\"score\":13},\"Y6\":{\"score\":19},"
                + "\"W1\":{\"vetoViolated\":false},\"W2\":{\"vetoViolated\":false},\"W3\":{\"vetoViolated\":false},"
                + "\"W4\":{\"vetoViolated\":false},\"W5\":{\"vetoViolated\":false}}}");
        assertEquals(sheet.body(), 200, sheet.status());
        assertEquals(94.0, sheet.json().get("total").asDouble(), 0.01);
        JsonNode concluded = ok(step(id, "office", "CONCLUDE", year + "-08-20", null));
        assertEquals(94.0, concluded.get("totalScore").asDouble(), 0.01);
        assertTrue(concluded.get("passed").asBoolean());
        assertEquals(400, step(id, "office", "SUPERVISE", year + "-08-28", null).status());
        ok(http.postJson(API + "/applications/" + id + "/actions", "office",
                "{\"action\":\"SUPERVISE\",\"effectiveOn\":\"" + year + "-08-28\",\"reason\":\"措施有力，成效明显\",\"rating\":\"EXCELLENT\"}"));
        JsonNode designated = ok(step(id, "office", "DESIGNATE", year + "-09-10", null));
        assertEquals("DESIGNATED", designated.get("state").asText());
        List<String> steps = new ArrayList<>();
        http.get(API + "/applications/" + id + "/transitions", "village").json().forEach(t -> steps.add(t.get("action").asText() + ":" + t.get("actor").asText()));
        assertEquals(List.of("SUBMIT:village", "ACCEPT:office", "OPEN_ASSESSMENT:office", "CONCLUDE:office", "SUPERVISE:office",
                "DESIGNATE:office"), steps);
        assertEquals(designatedBefore + 1, coverage(year).get("designated").asInt());

        // dynamic management: a yellow card, a second one in a row proposes the revocation, the office revokes
        JsonNode title = titleOf("HG-GW-DC");
        long titleId = title.get("id").asLong();
        assertEquals(year + "-09-10", title.get("awardedOn").asText());
        assertEquals(designatedNow + 1, coverage(YEAR).get("designated").asInt());
        ok(http.postJson(API + "/titles/" + titleId + "/reviews", "office",
                "{\"year\":" + (YEAR - 1) + ",\"outcome\":\"YELLOW_CARD\",\"yellowReason\":\"LOW_RANKING\",\"ranking\":9}"));
        assertEquals(403, http.postJson(API + "/titles/" + titleId + "/reviews", "leader", "{\"year\":" + YEAR + ",\"outcome\":\"RETAINED\"}").status());
        JsonNode second = ok(http.postJson(API + "/titles/" + titleId + "/reviews", "office",
                "{\"year\":" + YEAR + ",\"outcome\":\"YELLOW_CARD\",\"yellowReason\":\"HIGH_WASTEWATER\",\"wastewaterLevel\":\"较高\"}"));
        assertEquals("REVOCATION_PROPOSED", second.get("status").asText());
        JsonNode revoked = ok(http.postJson(API + "/titles/" + titleId + "/revocation", "office", "{\"reason\":\"TWO_YELLOW_CARDS\"}"));
        assertEquals("REVOKED", revoked.get("status").asText());
        assertEquals(designatedNow, coverage(YEAR).get("designated").asInt());
        assertEquals("the past year's figure keeps the title", designatedBefore + 1, coverage(year).get("designated").asInt());
        // revoked this year: no application in this year's round
        Http.Response again = http.postJson(API + "/applications", "village", "{\"roundId\":" + round(YEAR) + "}");
        assertEquals(again.body(), 409, again.status());

        // the audit trail names every step and its actor
        JsonNode trail = http.get("/api/v1/audit?module=assessment&recordType=application&recordId=" + id + "&limit=100", "admin").json();
        List<String> audited = new ArrayList<>();
        trail.get("entries").forEach(e -> audited.add(e.get("actor").asText() + " " + e.get("action").asText() + " "
                + e.get("detail").asText().split(" ")[0]));
        assertTrue(audited.toString(), audited.contains("village CREATE 2026年港湾镇无毒村居创建:".replace("2026", String.valueOf(year))));
        for (String s : List.of("village TRANSITION SUBMIT", "office TRANSITION ACCEPT", "office TRANSITION OPEN_ASSESSMENT",
                "office TRANSITION CONCLUDE", "office TRANSITION SUPERVISE", "office TRANSITION DESIGNATE", "office UPDATE assessors:")) {
            assertTrue(s + " in " + audited, audited.contains(s));
        }
        JsonNode titleTrail = http.get("/api/v1/audit?module=assessment&recordType=title&recordId=" + titleId, "admin").json();
        List<String> titleActions = new ArrayList<>();
        titleTrail.get("entries").forEach(e -> titleActions.add(e.get("action").asText()));
        assertTrue(titleActions.toString(), titleActions.containsAll(List.of("CREATE", "REVIEW", "REVOKE")));
        assertEquals(2, titleActions.stream().filter("REVIEW"::equals).count());
        assertTrue(http.get("/api/v1/audit/verify", "admin").json().get("intact").asBoolean());
    }

    @Test
    public void aVillageCannotReachAnotherVillagesApplicationThroughRestOrSoap() {
        moduleReady();
        long xicun = applicationOf("HG-GW-XC", YEAR);
        assertEquals(200, http.get(API + "/applications/" + xicun, "village2").status());
        assertEquals(200, http.get(API + "/applications/" + xicun, "leader").status());
        // 东村村's user: as if the application did not exist, whatever he tries
        assertEquals(404, http.get(API + "/applications/" + xicun, "village").status());
        assertEquals(404, http.get(API + "/applications/" + xicun + "/transitions", "village").status());
        assertEquals(404, http.get(API + "/applications/" + xicun + "/evidence", "village").status());
        assertEquals(404, http.get(API + "/applications/" + xicun + "/sheets", "village").status());
        assertEquals(404, http.putJson(API + "/applications/" + xicun, "village", "{\"contactName\":\"冒名\"}").status());
        assertEquals(404, step(xicun, "village", "WITHDRAW", null, null).status());
        assertEquals(404, http.postJson(API + "/applications/" + xicun + "/evidence", "village", "{\"itemCode\":\"Y1\",\"description\":\"x\"}").status());
        JsonNode evidence = http.get(API + "/applications/" + xicun + "/evidence", "village2").json();
        for (JsonNode e : evidence) {
            if (!e.get("fileId").isNull()) {
                assertEquals(404, http.download(API + "/applications/evidence/" + e.get("id").asLong() + "/file", "village").status());
                assertEquals(200, http.download(API + "/applications/evidence/" + e.get("id").asLong() + "/file", "village2").status());
            }
            assertEquals(404, http.delete(API + "/applications/evidence/" + e.get("id").asLong(), "village").status());
        }
        assertEquals(0, http.get(API + "/applications?org=HG-GW-XC", "village").json().size());
        for (JsonNode a : http.get(API + "/applications", "village").json()) {
            assertEquals("HG-GW-DC", a.get("orgCode").asText());
        }
        // an assessor sees only what is assigned to him
        long shijing = applicationOf("HG-GW-SJ", YEAR);
        assertEquals(404, http.get(API + "/applications/" + shijing, "assessor").status());
        assertEquals(403, step(shijing, "leader", "ACCEPT", null, null).status());

        // SOAP: the same scope
        String applications = "<a:getApplications xmlns:a=\"http://jindu.org/portal/assessment/v1\"><orgCode>HG-GW-XC</orgCode></a:getApplications>";
        Http.Response own = http.soap("assessment", "village2", applications);
        assertEquals(own.body(), 200, own.status());
        assertTrue(own.body(), own.body().contains("<orgCode>HG-GW-XC</orgCode>"));
        Http.Response foreign = http.soap("assessment", "village", applications);
        assertFalse(foreign.body(), foreign.body().contains("<orgCode>HG-GW-XC</orgCode>"));
        String status = "<a:getTitleStatus xmlns:a=\"http://jindu.org/portal/assessment/v1\"><orgCode>HG-GW-SG</orgCode></a:getTitleStatus>";
        assertEquals(500, http.soap("assessment", "village", status).status());
        Http.Response leader = http.soap("assessment", "leader", status);
        assertTrue(leader.body(), leader.body().contains("<holdsTitle>true</holdsTitle>"));
        String designations = "<a:getDesignations xmlns:a=\"http://jindu.org/portal/assessment/v1\"/>";
        Http.Response list = http.soap("assessment", "village", designations);
        assertFalse("a village sees only its own unit's titles", list.body().contains("HG-GW-SG"));
        assertTrue(http.soap("assessment", "leader", designations).body().contains("HG-GW-SG"));
        assertEquals(401, http.soap("assessment", null, designations).status());
    }

    @Test
    public void theCityRecordsATownAssessmentThroughSoapAndTheEightyPercentRuleDecides() {
        moduleReady();
        String record = "<a:recordTownAssessment xmlns:a=\"http://jindu.org/portal/assessment/v1\"><assessment><townCode>HG-GW</townCode>"
                + "<year>" + YEAR + "</year><score>90</score><standardPassed>true</standardPassed><assessedOn>" + LocalDate.now()
                + "</assessedOn><assessor>市禁毒办考评组</assessor></assessment></a:recordTownAssessment>";
        Http.Response byTown = http.soap("assessment", "office", record);
        assertEquals("a town does not record its own assessment", 500, byTown.status());
        Http.Response byCity = http.soap("assessment", "city", record);
        assertEquals(byCity.body(), 200, byCity.status());
        assertTrue(byCity.body(), byCity.body().contains("<threshold>80.0</threshold>"));
        assertTrue("the demo town is below 80 %: " + byCity.body(), byCity.body().contains("<designated>false</designated>"));
        JsonNode recorded = http.get(API + "/titles/town-assessments?year=" + YEAR, "leader").json();
        assertEquals(1, recorded.size());
        assertFalse(recorded.get(0).get("eligible").asBoolean());
    }

    @Test
    public void theModuleLeavesAndComesBackAtRuntimeWithItsData() throws Exception {
        moduleReady();
        String rounds = http.get(API + "/rounds", "office").body();
        String titles = http.get(API + "/titles", "leader").body();
        assertTrue(navigation("office").contains("assessment/applications"));

        // what an administrator's feature:uninstall does; no refresh, so that nothing else restarts
        features.uninstallFeature("portal-assessment", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Poll.until("the module's endpoints to go", Duration.ofSeconds(60), () -> http.get(API + "/rounds", "office").status() == 404
                && http.get("/soap/assessment?wsdl", null).status() == 404 && !navigation("office").contains("assessment/applications"));
        assertTrue("the platform keeps running", http.get("/api/v1/health", null).status() == 200);

        features.installFeature("portal-assessment", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Poll.until("the module's endpoints to come back", READY, () -> http.get(API + "/rounds", "office").status() == 200
                && http.get("/soap/assessment?wsdl", null).status() == 200 && navigation("office").contains("assessment/applications"));
        assertEquals(rounds, http.get(API + "/rounds", "office").body());
        assertEquals(titles, http.get(API + "/titles", "leader").body());
        assertTrue(http.get("/api/openapi.json", null).json().get("paths").has("/assessment/applications/{id}/actions"));
    }

    // ---------------------------------------------------------------- helpers

    private long round(int year) {
        for (JsonNode r : http.get(API + "/rounds?year=" + year, "office").json()) {
            if ("VILLAGE".equals(r.get("level").asText())) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no demo round for " + year);
    }

    private JsonNode coverage(int year) {
        return http.get(API + "/coverage?year=" + year + "&town=HG-GW", "leader").json().get(0);
    }

    private JsonNode titleOf(String code) {
        return http.get(API + "/titles?org=" + code, "office").json().get(0);
    }

    private long applicationOf(String code, int year) {
        return http.get(API + "/applications?org=" + code + "&year=" + year, "office").json().get(0).get("id").asLong();
    }

    private Http.Response step(long id, String user, String action, String date, String reason) {
        return http.postJson(API + "/applications/" + id + "/actions", user, "{\"action\":\"" + action + "\""
                + (date == null ? "" : ",\"effectiveOn\":\"" + date + "\"") + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private static JsonNode ok(Http.Response r) {
        assertEquals(r.body(), 200, r.status());
        return r.json();
    }

    private String navigation(String user) {
        return http.get("/api/v1/navigation", user).body();
    }
}
