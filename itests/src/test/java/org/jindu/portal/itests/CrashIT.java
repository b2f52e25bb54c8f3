package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 9, acceptance 1: the portal (the distribution as a process) is killed with SIGKILL in the middle of a write
 * load, five times; after each restart every change a client was told succeeded has its audit entry, every entry of
 * the load names a change that exists, and the chain verifies.
 */
public class CrashIT {
    private static final int CYCLES = 5;
    private static final int WRITERS = 6;

    @Test
    public void aKilledPortalLosesNoEntryOfAnAcknowledgedChange() {
        PortalProcess portal = PortalProcess.start("crash-portal");
        try {
            final Http http = new Http(portal.port());
            long town = nodeId(http, "HG-GW");
            Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                AtomicBoolean down = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String prefix = "CR-" + cycle + "-" + w + "-";
                    Thread t = new Thread(() -> {
                        for (int n = 0; !down.get(); n++) {
                            try {
                                Http.Response r = http.postJson("/api/v1/org/nodes", "admin", "{\"parentId\":" + town
                                        + ",\"code\":\"" + prefix + n + "\",\"name\":\"崩溃测试" + prefix + n
                                        + "\",\"level\":\"VILLAGE\",\"sortOrder\":90}");
                                if (r.status() == 201) {
                                    acknowledged.add(r.json().get("id").asText());
                                }
                            } catch (RuntimeException connectionLost) {
                                return;
                            }
                        }
                    });
                    t.start();
                    writers.add(t);
                }
                int before = acknowledged.size();
                // kill while the writers are busy: once this cycle has some acknowledged changes
                Poll.until("writes of cycle " + cycle, Duration.ofSeconds(120), () -> acknowledged.size() >= before + 15);
                portal.kill();
                down.set(true);
                for (Thread t : writers) {
                    try {
                        t.join(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                // same folder and ports: the client stays the same
                portal = portal.restart();
                assertNoAcknowledgedChangeWithoutEntry(http, acknowledged);
            }
            assertTrue(acknowledged.size() >= CYCLES * 15);
        } finally {
            portal.stop();
        }
    }

    private static void assertNoAcknowledgedChangeWithoutEntry(Http http, Set<String> acknowledged) {
        Set<String> existing = new HashSet<>();
        for (JsonNode n : http.get("/api/v1/org/nodes?level=VILLAGE", "admin").json()) {
            existing.add(n.get("id").asText());
        }
        Set<String> audited = new HashSet<>();
        int offset = 0;
        while (true) {
            JsonNode page = http.get("/api/v1/audit?action=CREATE&recordType=org-node&limit=500&offset=" + offset, "admin").json();
            for (JsonNode e : page.get("entries")) {
                audited.add(e.get("recordId").asText());
            }
            offset += page.get("entries").size();
            if (page.get("entries").size() == 0 || offset >= page.get("total").asInt()) {
                break;
            }
        }
        List<String> missing = new ArrayList<>();
        synchronized (acknowledged) {
            for (String id : acknowledged) {
                if (!audited.contains(id)) {
                    missing.add(id);
                }
            }
        }
        assertEquals("acknowledged changes without their entry", List.of(), missing);
        List<String> phantom = audited.stream().filter(id -> !existing.contains(id)).toList();
        assertEquals("entries of changes that do not exist", List.of(), phantom);
        JsonNode v = http.get("/api/v1/audit/verify", "admin").json();
        assertTrue(v.toString(), v.get("intact").asBoolean());
    }

    private static long nodeId(Http http, String code) {
        for (JsonNode n : http.get("/api/v1/org/nodes", "admin").json()) {
            if (code.equals(n.get("code").asText())) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no org node " + code);
    }
}
