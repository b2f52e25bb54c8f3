package org.jindu.portal.itests;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 9, acceptance 3: walks every GET operation the OpenAPI document lists for the control and assessment modules,
 * as each demo role that may read persons, with real ids (taken from the list each path extends), and fails for any
 * answer that reveals a person (a file's name in JSON; any download of a person's data) without a new audit entry by
 * that user naming that person's id.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditCoverageTest extends PortalTestSupport {
    private static final List<String> MODULES = List.of("/control", "/assessment");
    private static final List<String> USERS = List.of("office", "police", "village");

    @Test
    public void everyReadOfAPersonLeavesAnEntryNamingThem() {
        Poll.until("the control module", READY, () -> http.get("/api/v1/control/persons", "office").status() == 200
                && http.get("/api/v1/control/persons", "office").json().size() >= 10);
        // every file's name and id, as the office sees them (the whole town)
        Map<String, String> persons = new HashMap<>();
        for (JsonNode p : http.get("/api/v1/control/persons", "office").json()) {
            persons.put(p.get("name").asText(), p.get("id").asText());
        }
        JsonNode paths = http.get("/api/openapi.json", null).json().get("paths");
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String template = it.next();
            if (MODULES.stream().noneMatch(template::startsWith) || !paths.get(template).has("get")) {
                continue;
            }
            for (String user : USERS) {
                for (String path : concrete(template, user)) {
                    long before = lastSeq();
                    Http.Download answer = http.download("/api/v1" + path, user);
                    if (answer.status() != 200) {
                        continue;
                    }
                    Set<String> revealed = new HashSet<>();
                    String pathPerson = template.startsWith("/control/persons/{id}") ? path.split("/")[3] : null;
                    if (answer.contentType().startsWith("application/json")) {
                        String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
                        persons.forEach((name, id) -> {
                            if (body.contains("\"" + name + "\"")) {
                                revealed.add(id);
                            }
                        });
                        if (pathPerson != null && !body.equals("[]")) {
                            revealed.add(pathPerson);
                        }
                    } else if (pathPerson != null) {
                        revealed.add(pathPerson);
                    } else if (template.startsWith("/control/")) {
                        // a download of the module's files (the export): every file in the user's list
                        for (JsonNode p : http.get("/api/v1/control/persons", user).json()) {
                            revealed.add(p.get("id").asText());
                        }
                    }
                    if (revealed.isEmpty()) {
                        continue;
                    }
                    checked.add(user + " GET " + path);
                    Set<String> named = namedSince(before, user);
                    for (String id : revealed) {
                        if (!named.contains(id)) {
                            missing.add(user + " GET " + path + " revealed person " + id + " without an entry naming it");
                            break;
                        }
                    }
                }
            }
        }
        assertTrue("no personal-data read was exercised", checked.size() >= 10);
        assertTrue(String.join("\n", missing) + "\nchecked: " + checked, missing.isEmpty());
    }

    /**
     * The template with each path parameter replaced by real ids from the list the path extends ({@code /a/b/{id}/c}:
     * the ids of {@code GET /a/b}); the template itself when it has none, and an export also with {@code full=true}.
     */
    private List<String> concrete(String template, String user) {
        int brace = template.indexOf('{');
        if (brace < 0) {
            return template.endsWith(".xlsx") ? List.of(template, template + "?full=true") : List.of(template);
        }
        String list = template.substring(0, brace - 1);
        Http.Response r = http.get("/api/v1" + list, user);
        List<String> result = new ArrayList<>();
        if (r.status() != 200 || !r.json().isArray()) {
            return result;
        }
        String rest = template.substring(template.indexOf('}', brace) + 1);
        if (rest.contains("{")) {
            return result;
        }
        int n = 0;
        for (JsonNode item : r.json()) {
            if (item.has("id") && n++ < 3) {
                result.add(list + "/" + item.get("id").asText() + rest);
            }
        }
        return result;
    }

    private long lastSeq() {
        JsonNode e = http.get("/api/v1/audit?limit=1", "admin").json().get("entries");
        return e.size() == 0 ? 0 : e.get(0).get("seq").asLong();
    }

    /** The record ids named by the user's entries after {@code seq}. */
    private Set<String> namedSince(long seq, String user) {
        Set<String> ids = new HashSet<>();
        for (JsonNode e : http.get("/api/v1/audit?actor=" + user + "&limit=200", "admin").json().get("entries")) {
            if (e.get("seq").asLong() <= seq) {
                break;
            }
            if (e.hasNonNull("recordId")) {
                ids.add(e.get("recordId").asText());
            }
            e.get("recordIds").forEach(id -> ids.add(id.asText()));
        }
        return ids;
    }
}
