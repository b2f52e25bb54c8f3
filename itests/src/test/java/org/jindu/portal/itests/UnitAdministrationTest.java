package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 8, acceptance 5 (REST and SOAP; the browser side is UnitAdministrationBrowserIT): a unit administrator enables
 * an offered module for his own unit after confirming who will see its personal data; his unit's staff get the menu,
 * the REST resource and the SOAP service, another unit's staff do not; he cannot touch another unit, its accounts or
 * the offer itself; the confirmation is in the audit log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class UnitAdministrationTest extends PortalTestSupport {
    private static final String SOAP_RECORD = "<t:recordText xmlns:t=\"http://jindu.org/portal/itests/testmodule\"><code>HG-GW-DC</code></t:recordText>";

    @Test
    public void aUnitAdministratorEnablesAnOfferedModuleForHisUnitOnlyAfterConfirmingWhoSeesWhat() throws Exception {
        installTestModule("testa");
        assertEquals(200, http.putJson("/api/v1/modules/testa/units/POLICE", "admin", "{\"enabled\":false}").status());
        assertEquals(200, http.putJson("/api/v1/modules/testa/offer", "admin", "{\"offered\":false}").status());

        // not offered: the unit administrator sees nothing of it and may not enable it
        assertFalse(listed("police-admin", "testa"));
        assertEquals(403, http.putJson("/api/v1/modules/testa/units/POLICE", "police-admin",
                "{\"enabled\":true,\"confirmPersonalData\":true}").status());
        assertEquals("only the administrator offers", 403,
                http.putJson("/api/v1/modules/testa/offer", "police-admin", "{\"offered\":true}").status());
        assertEquals(200, http.putJson("/api/v1/modules/testa/offer", "admin", "{\"offered\":true}").status());
        assertTrue(listed("police-admin", "testa"));

        // the preview names the unit's accounts, the data and what their roles may do
        Http.Response preview = http.get("/api/v1/modules/testa/units/POLICE/preview", "police-admin");
        assertEquals(preview.body(), 200, preview.status());
        assertTrue(preview.json().get("holdsPersonalData").asBoolean());
        assertTrue(preview.body(), preview.json().get("staff").toString().contains("police"));
        assertTrue(preview.body(), preview.json().get("confirmation").asText().contains("港湾派出所"));
        assertTrue(preview.body(), preview.json().get("confirmation").asText().contains("查看测试记录"));

        Http.Response unconfirmed = http.putJson("/api/v1/modules/testa/units/POLICE", "police-admin", "{\"enabled\":true}");
        assertEquals(409, unconfirmed.status());
        assertTrue(unconfirmed.body(), unconfirmed.json().get("message").asText().startsWith("需要确认"));
        assertEquals(403, http.get("/api/v1/testa/records", "police").status());

        Http.Response enabled = http.putJson("/api/v1/modules/testa/units/POLICE", "police-admin",
                "{\"enabled\":true,\"confirmPersonalData\":true}");
        assertEquals(enabled.body(), 200, enabled.status());
        assertEquals("he sees his own unit only", "[\"POLICE\"]", enabled.json().get("enabledUnits").toString());

        // his staff use it through REST, SOAP and the menu; another unit's staff do not
        assertEquals(200, http.get("/api/v1/testa/records", "police").status());
        assertTrue(http.soap("testa", "police", SOAP_RECORD).body().contains("<return>"));
        Poll.until("the police menu to hold testa", Duration.ofSeconds(10), () -> navigation("police").contains("testa/main"));
        assertEquals(403, http.get("/api/v1/testa/records", "edu").status());
        assertTrue(http.soap("testa", "edu", SOAP_RECORD).body().contains("Fault"));
        assertFalse(navigation("edu").contains("testa/main"));

        // he cannot touch another unit
        assertEquals(403, http.putJson("/api/v1/modules/testa/units/EDU", "police-admin",
                "{\"enabled\":true,\"confirmPersonalData\":true}").status());
        assertEquals(403, http.get("/api/v1/modules/testa/units/EDU/preview", "police-admin").status());
        assertEquals(403, http.get("/api/v1/testa/records", "edu").status());

        // the confirmation is audited with its statement
        boolean audited = false;
        for (JsonNode e : http.get("/api/v1/audit?recordType=module-enablement&limit=20", "admin").json().get("entries")) {
            audited |= "police-admin".equals(e.get("actor").asText()) && e.get("detail").asText().contains("confirmed:")
                    && e.get("detail").asText().contains("enabled testa for POLICE");
        }
        assertTrue("the confirmed enablement is in the audit log", audited);

        // he disables it again, without any confirmation
        assertEquals(200, http.putJson("/api/v1/modules/testa/units/POLICE", "police-admin", "{\"enabled\":false}").status());
        assertEquals(403, http.get("/api/v1/testa/records", "police").status());
    }

    @Test
    public void aUnitAdministratorManagesHisUnitsStaffAccountsOnly() {
        String town = String.valueOf(nodeId("HG-GW"));
        Http.Response created = http.postJson("/api/v1/users", "police-admin", "{\"username\":\"police-new\",\"displayName\":\"新民警\","
                + "\"roles\":[\"UNIT_STAFF\"],\"scopeNodeIds\":[" + town + "],\"unitCodes\":[\"POLICE\"],\"enabled\":true,\"password\":\"Secret123\"}");
        assertEquals(created.body(), 201, created.status());
        Http.Response refused = http.postJson("/api/v1/users", "police-admin", "{\"username\":\"edu-new\",\"displayName\":\"越权\","
                + "\"roles\":[\"OFFICE_STAFF\"],\"scopeNodeIds\":[" + town + "],\"unitCodes\":[\"EDU\"],\"enabled\":true,\"password\":\"Secret123\"}");
        assertEquals(400, refused.status());
        assertTrue(refused.body(), refused.body().contains("roles") && refused.body().contains("unitCodes"));

        JsonNode list = http.get("/api/v1/users", "police-admin").json();
        long edu = -1;
        for (JsonNode u : http.get("/api/v1/users", "admin").json()) {
            if ("edu".equals(u.get("username").asText())) {
                edu = u.get("id").asLong();
            }
        }
        assertTrue(list.toString().contains("police-new") && list.toString().contains("\"police\""));
        assertFalse("another unit's accounts are not his", list.toString().contains("\"edu\""));
        assertEquals(404, http.postJson("/api/v1/users/" + edu + "/password", "police-admin", "{\"password\":\"Other4567\"}").status());
        assertEquals("staff do not manage accounts", 403, http.get("/api/v1/users", "police").status());
        Poll.until("the unit administrator's menu", Duration.ofSeconds(10),
                () -> navigation("police-admin").contains("unit/users") && navigation("police-admin").contains("unit/modules"));
        assertFalse(navigation("police-admin").contains("admin/users"));
    }

    private boolean listed(String user, String moduleId) {
        for (JsonNode m : http.get("/api/v1/modules", user).json()) {
            if (moduleId.equals(m.get("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private String navigation(String user) {
        return http.get("/api/v1/navigation", user).body();
    }
}
