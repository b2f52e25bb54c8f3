package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 2, acceptance 4: roles and scopes through REST and SOAP and the scoping service; bad credentials,
 * lock-out, password storage.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityTest extends PortalTestSupport {
    private static final List<String> USERS = List.of("admin", "city", "office", "police", "edu", "village", "village2", "assessor", "leader");

    @Inject
    @Filter("(osgi.jndi.service.name=portal)")
    private DataSource dataSource;

    @Test
    public void theUiAndTheApiTellBrowsersNotToFrameSniffOrStoreThem() {
        Http.Response page = http.get("/portal/", null);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy"), page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("same-origin", page.header("Referrer-Policy"));
        assertEquals("no-store", page.header("Cache-Control"));
        // the UI's session cookie: not sent along with cross-site requests, not readable by scripts
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie, cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"));
        assertTrue(cookie, cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"));

        for (String path : new String[] {"/api/v1/health", "/api/v1/me", "/api/v1/control/persons"}) {
            Http.Response r = http.get(path, "office");
            assertEquals(path, 200, r.status());
            assertEquals(path, "nosniff", r.header("X-Content-Type-Options"));
            assertEquals(path, "DENY", r.header("X-Frame-Options"));
            assertTrue(path, r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals(path, "no-referrer", r.header("Referrer-Policy"));
            assertEquals(path, "no-store", r.header("Cache-Control"));
        }
        // refusals carry them too
        assertEquals("DENY", http.get("/api/v1/control/persons", null).header("X-Frame-Options"));

        // what a cross-site HTML form can send is refused before anything runs, even with valid credentials
        for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"}) {
            Http.Response form = http.send("POST", "/api/v1/control/duties/1/done?date=2026-01-01", "office", type, "a=b");
            assertEquals(type, 415, form.status());
            assertTrue(form.body(), form.body().contains("JSON"));
        }
        assertEquals(415, http.send("PUT", "/api/v1/control/persons/1", "office", "text/plain", "{\"note\":\"x\"}").status());

        // a malformed Accept-Language is no language, not an internal error
        assertEquals(401, http.getWith("/api/v1/me", null, "Accept-Language", "-1").status());
        assertEquals(200, http.getWith("/api/v1/me", "office", "Accept-Language", "-1").status());
    }

    @Test
    public void onlyTheAdministratorReachesTheAdministration() {
        for (String user : USERS) {
            int expected = "admin".equals(user) ? 200 : 403;
            assertEquals(user + " /users", expected, http.get("/api/v1/users", user).status());
            assertEquals(user + " /audit", expected, http.get("/api/v1/audit", user).status());
            assertEquals(user + " /modules", expected, http.get("/api/v1/modules", user).status());
            assertEquals(user + " /roles", expected, http.get("/api/v1/roles", user).status());
            Set<String> nav = navigation(user);
            assertEquals(user + " sees the user admin page", "admin".equals(user), nav.contains("admin/users"));
            assertTrue(user + " sees home", nav.contains("home"));
        }
        assertEquals(403, http.postJson("/api/v1/users", "office", "{\"username\":\"sneaky\"}").status());
    }

    @Test
    public void theOrgTreeIsScopedToTheUsersArea() {
        long dongcun = nodeId("HG-GW-DC");
        long xicun = nodeId("HG-GW-XC");
        Set<String> codes = new HashSet<>();
        for (JsonNode n : http.get("/api/v1/org/nodes", "village").json()) {
            codes.add(n.get("code").asText());
        }
        assertEquals(Set.of("HG-GW-DC", "HG-GW-DC-G1", "HG-GW-DC-G2"), codes);
        assertEquals(200, http.get("/api/v1/org/nodes/" + dongcun, "village").status());
        assertEquals(403, http.get("/api/v1/org/nodes/" + xicun, "village").status());
        assertEquals(200, http.get("/api/v1/org/nodes/" + xicun, "office").status());
        assertEquals(404, http.get("/api/v1/org/nodes/999999", "office").status());
    }

    @Test
    public void aVillageUserCannotReadAnotherVillagesRecordsInAModule() throws Exception {
        installTestModule("testa");
        Set<String> seen = new HashSet<>();
        for (JsonNode r : http.get("/api/v1/testa/records", "village").json()) {
            seen.add(r.get("code").asText());
        }
        assertEquals(Set.of("HG-GW-DC"), seen);
        assertEquals(200, http.get("/api/v1/testa/records/HG-GW-DC", "village").status());
        Http.Response other = http.get("/api/v1/testa/records/HG-GW-XC", "village");
        assertEquals(403, other.status());
        assertEquals(403, other.json().get("status").asInt());
        assertEquals(200, http.get("/api/v1/testa/records/HG-GW-XC", "village2").status());
        assertEquals("the office sees its whole town", 10, http.get("/api/v1/testa/records", "office").json().size());

        String lookup = "<t:recordText xmlns:t=\"http://jindu.org/portal/itests/testmodule\"><code>HG-GW-XC</code></t:recordText>";
        Http.Response soapOther = http.soap("testa", "village", lookup);
        assertEquals(500, soapOther.status());
        assertTrue(soapOther.body(), soapOther.body().contains("This record is outside your area"));
        Http.Response soapOwn = http.soap("testa", "village2", lookup);
        assertEquals(200, soapOwn.status());
        assertTrue(soapOwn.body().contains("testa record of"));
        // the platform's own SOAP service is scoped the same way
        String node = "<d:getNode xmlns:d=\"http://jindu.org/portal/directory/v1\"><code>HG-GW-XC</code></d:getNode>";
        assertEquals(500, http.soap("directory", "village", node).status());
        assertEquals(200, http.soap("directory", "village2", node).status());
    }

    @Test
    public void badCredentialsAreRejectedAndRepeatedFailuresLock() {
        long town = nodeId("HG-GW");
        Http.Response created = http.postJson("/api/v1/users", "admin", "{\"username\":\"locktarget\",\"displayName\":\"锁定测试\","
                + "\"roles\":[\"LEADER\"],\"scopeNodeIds\":[" + town + "],\"unitCodes\":[],\"enabled\":true,\"password\":\"Right12345\"}");
        assertTrue(created.body(), created.status() == 201 || created.status() == 409);
        assertEquals(200, http.get("/api/v1/me", "locktarget", "Right12345").status());
        for (int i = 1; i <= 5; i++) {
            assertEquals("attempt " + i, 401, http.get("/api/v1/me", "locktarget", "wrong" + i).status());
        }
        Http.Response locked = http.get("/api/v1/me", "locktarget", "Right12345");
        assertEquals("locked even with the right password", 401, locked.status());
        assertTrue(locked.body(), locked.json().get("message").asText().contains("锁定"));
        // the administrator unlocks
        long id = -1;
        for (JsonNode u : http.get("/api/v1/users", "admin").json()) {
            if ("locktarget".equals(u.get("username").asText())) {
                id = u.get("id").asLong();
                assertFalse(u.get("lockedUntil").isNull());
            }
        }
        assertEquals(204, http.postJson("/api/v1/users/" + id + "/unlock", "admin", "").status());
        assertEquals(200, http.get("/api/v1/me", "locktarget", "Right12345").status());
    }

    @Test
    public void passwordsAreStoredAsSaltedPbkdf2Hashes() throws Exception {
        long town = nodeId("HG-GW");
        for (String name : List.of("saltone", "salttwo")) {
            http.postJson("/api/v1/users", "admin", "{\"username\":\"" + name + "\",\"displayName\":\"盐\",\"roles\":[\"LEADER\"],"
                    + "\"scopeNodeIds\":[" + town + "],\"unitCodes\":[],\"enabled\":true,\"password\":\"Same12345\"}");
        }
        Map<String, String> hashes = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT USERNAME, PASSWORD_HASH FROM CORE_USER")) {
            while (rs.next()) {
                String hash = rs.getString(2);
                assertTrue(hash, hash.startsWith("pbkdf2-sha256$"));
                assertFalse(hash.contains("demo"));
                assertFalse(hash.contains("Same12345"));
                hashes.put(rs.getString(1), hash);
            }
        }
        assertTrue(hashes.keySet().containsAll(USERS));
        assertNotEquals("the same password gets a different salt and hash per user", hashes.get("saltone"), hashes.get("salttwo"));
    }

    @Test
    public void validationNamesTheFields() {
        Http.Response r = http.postJson("/api/v1/users", "admin", "{\"username\":\"a\",\"displayName\":\"\",\"roles\":[],"
                + "\"scopeNodeIds\":[],\"unitCodes\":[],\"enabled\":true,\"password\":\"x\"}");
        assertEquals(400, r.status());
        Set<String> fields = new HashSet<>();
        r.json().get("fields").forEach(f -> fields.add(f.get("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("username", "displayName", "roles", "scopeNodeIds", "password")));
        Http.Response typo = http.postJson("/api/v1/users", "admin", "{\"usernam\":\"abc\"}");
        assertEquals(400, typo.status());
        assertEquals("usernam", typo.json().get("fields").get(0).get("field").asText());
        Http.Response notJson = http.postJson("/api/v1/users", "admin", "{oops");
        assertEquals(400, notJson.status());
        assertFalse("no stack trace", notJson.body().contains("at org."));
    }

    @Test
    public void bearerTokensWorkAndCanBeRevoked() {
        String token = http.postJson("/api/v1/auth/token", "leader", "").json().get("token").asText();
        assertNotEquals("", token);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        Map<String, Integer> statuses = new java.util.HashMap<>();
        for (String method : List.of("GET", "DELETE", "GET")) {
            try {
                java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://localhost:" + PortalOptions.httpPort() + ("DELETE".equals(method) ? "/api/v1/auth/token" : "/api/v1/me")))
                        .header("Authorization", "Bearer " + token).method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build();
                statuses.merge(method + statuses.size(), client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode(), Integer::sum);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(Integer.valueOf(200), statuses.get("GET0"));
        assertEquals(Integer.valueOf(204), statuses.get("DELETE1"));
        assertEquals("a revoked token no longer works", Integer.valueOf(401), statuses.get("GET2"));
    }

    private Set<String> navigation(String user) {
        Set<String> ids = new HashSet<>();
        for (JsonNode e : http.get("/api/v1/navigation", user).json()) {
            ids.add(e.get("id").asText());
        }
        return ids;
    }
}
