package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/** Issue 2, acceptance 5 (PF-4): writes and personal-data reads are chained audit entries; tampering is named. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditTest extends PortalTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=portal)")
    private DataSource dataSource;

    @Test
    public void writesAndPersonalReadsAreAuditedAndChained() throws Exception {
        long town = nodeId("HG-GW");
        Http.Response created = http.postJson("/api/v1/org/nodes", "admin", "{\"parentId\":" + town
                + ",\"code\":\"HG-GW-AUD" + System.nanoTime() % 100000 + "\",\"name\":\"审计测试社区\",\"nameEn\":\"Audit test\",\"level\":\"VILLAGE\",\"sortOrder\":99}");
        assertEquals(created.body(), 201, created.status());
        String nodeId = created.json().get("id").asText();
        JsonNode write = http.get("/api/v1/audit?recordType=org-node&recordId=" + nodeId, "admin").json();
        assertEquals(1, write.get("total").asInt());
        assertEquals("CREATE", write.get("entries").get(0).get("action").asText());
        assertEquals("admin", write.get("entries").get(0).get("actor").asText());

        installTestModule("testa");
        assertEquals(200, http.get("/api/v1/testa/persons/HG-GW-DC", "village").status());
        JsonNode read = http.get("/api/v1/audit?action=READ_PERSONAL&actor=village&module=testa", "admin").json();
        assertTrue(read.get("total").asInt() >= 1);
        JsonNode entry = read.get("entries").get(0);
        assertEquals("HG-GW-DC", entry.get("recordId").asText());
        // chained: each entry carries its predecessor's hash
        JsonNode two = http.get("/api/v1/audit?limit=2", "admin").json().get("entries");
        assertEquals(two.get(1).get("hash").asText(), two.get(0).get("prevHash").asText());
        assertTrue(http.get("/api/v1/audit/verify", "admin").json().get("intact").asBoolean());
    }

    @Test
    public void alteringAnEntryInTheDatabaseIsReportedAtThatEntry() throws Exception {
        http.get("/api/v1/me", "office");
        long seq = http.get("/api/v1/audit?limit=1", "admin").json().get("entries").get(0).get("seq").asLong() - 1;
        String original;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT DETAIL FROM CORE_AUDIT WHERE SEQ = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    original = rs.getString(1);
                }
            }
            update(c, seq, "nothing to see here");
            try {
                JsonNode v = http.get("/api/v1/audit/verify", "admin").json();
                assertFalse(v.get("intact").asBoolean());
                assertEquals(seq, v.get("firstBrokenSeq").asLong());
                assertTrue(v.get("reason").asText(), v.get("reason").asText().contains("entry " + seq + " does not match its seal"));
                assertEquals("ALTERED", v.get("problem").asText());
            } finally {
                update(c, seq, original);
            }
        }
        assertTrue("restoring the entry restores the chain", http.get("/api/v1/audit/verify", "admin").json().get("intact").asBoolean());
    }

    private static void update(Connection c, long seq, String detail) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE CORE_AUDIT SET DETAIL = ? WHERE SEQ = ?")) {
            ps.setString(1, detail);
            ps.setLong(2, seq);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
