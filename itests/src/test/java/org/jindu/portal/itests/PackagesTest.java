package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 8, acceptance 4: module packages through the REST API and the deploy folder, with only the test publisher in
 * the trust store and unsigned packages refused. Refused (the portal unchanged): unsigned, signed by a stranger, a
 * wrong checksum, a package that would not resolve. Then install 1.0.0, upgrade to 1.1.0 and roll back to 1.0.0 with
 * the data kept, upgrade to 2.0.0 whose V2 migration runs on the kept data, a roll back and a downgrade both refused
 * because the tables are past what 1.x knows, removal with the data kept, a KAR upgrade, and the deploy folder never
 * taking a half-written file. Every step is in the audit log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PackagesTest extends PortalTestSupport {
    private static final String BSN = "org.jindu.portal.itests.module.pkgdemo";

    @Test
    public void uploadUpgradeRollBackAndRefuseWhatMustBeRefused() throws Exception {
        int bundlesBefore = bundleContext.getBundles().length;

        // refused, and nothing changes
        Http.Response unsigned = upload("unsigned", null);
        assertEquals(unsigned.body(), 400, unsigned.status());
        assertTrue(unsigned.body(), unsigned.body().contains("not signed") || unsigned.body().contains("未签名"));
        Http.Response stranger = upload("stranger", null);
        assertEquals(400, stranger.status());
        assertTrue(stranger.body(), stranger.body().contains("CN=Somebody Else"));
        Http.Response checksum = upload("v100", "0".repeat(64));
        assertEquals(400, checksum.status());
        assertTrue(checksum.body(), checksum.body().contains("sha256"));
        Http.Response unresolvable = upload("unresolvable", sha("unresolvable"));
        assertEquals(unresolvable.body(), 409, unresolvable.status());
        assertTrue(unresolvable.body(), unresolvable.body().contains("org.jindu.portal.itests.nowhere"));
        assertNull("no bundle of the refused packages is left", bundle());
        assertEquals(bundlesBefore, bundleContext.getBundles().length);
        assertTrue("not running", module() == null || !module().get("installed").asBoolean());
        assertEquals("only the administrator installs", 403, http.postBytes("/api/v1/modules/packages?fileName=x.jar", "office",
                "application/java-archive", Files.readAllBytes(file("v100"))).status());

        // install 1.0.0 and put data in
        JsonNode installed = created(upload("v100", sha("v100")));
        assertEquals("INSTALL", installed.get("operation").asText());
        assertTrue(installed.get("signer").asText().contains("CN=Jindu Test Publisher"));
        assertEquals(1, installed.get("module").get("schemaVersion").asInt());
        assertEquals("1.0.0", version());
        assertEquals(200, http.postJson("/api/v1/pkgdemo/items", "admin", "{\"name\":\"first\"}").status());
        assertEquals(200, http.postJson("/api/v1/pkgdemo/items", "admin", "{\"name\":\"second\"}").status());

        // 1.1.0 (same schema) and back
        JsonNode upgraded = created(upload("v110", sha("v110")));
        assertEquals("UPGRADE", upgraded.get("operation").asText());
        assertEquals("1.0.0", upgraded.get("fromVersion").asText());
        assertEquals("1.1.0", version());
        assertEquals(2, items().size());
        Http.Response back = http.postJson("/api/v1/modules/pkgdemo/rollback", "admin", "{}");
        assertEquals(back.body(), 200, back.status());
        assertEquals("ROLLBACK", back.json().get("operation").asText());
        assertEquals("1.0.0", version());
        assertEquals(2, items().size());
        assertEquals("one bundle of the module, never two", 1, bundles());

        // 2.0.0 migrates the kept rows
        JsonNode v2 = created(upload("v200", sha("v200")));
        assertEquals("UPGRADE", v2.get("operation").asText());
        assertEquals(2, v2.get("module").get("schemaVersion").asInt());
        assertEquals("2.0.0", version());
        JsonNode rows = items();
        assertEquals(2, rows.size());
        assertEquals("first", rows.get(0).get("name").asText());
        assertEquals("added in 2.0", rows.get(0).get("note").asText());

        // 1.x knows schema 1 only: roll back and downgrade are refused with that reason, 2.0.0 keeps running
        Http.Response refusedBack = http.postJson("/api/v1/modules/pkgdemo/rollback", "admin", "{}");
        assertEquals(refusedBack.body(), 409, refusedBack.status());
        assertTrue(refusedBack.body(), refusedBack.body().contains("schema version 2") || refusedBack.body().contains("第 2 版"));
        Http.Response downgrade = upload("v110", sha("v110"));
        assertEquals(downgrade.body(), 409, downgrade.status());
        assertTrue(downgrade.body(), downgrade.body().contains("1.1.0"));
        assertEquals("2.0.0", version());

        JsonNode records = http.get("/api/v1/modules/pkgdemo/packages", "admin").json();
        assertEquals("CURRENT", records.get(0).get("status").asText());
        assertEquals("2.0.0", records.get(0).get("version").asText());
        assertEquals("rolled back from", "RETIRED", records.get(1).get("status").asText());
        assertEquals("1.1.0", records.get(1).get("version").asText());
        assertEquals("what a roll back would go to", "PREVIOUS", records.get(2).get("status").asText());
        assertEquals("1.0.0", records.get(2).get("version").asText());

        // removal keeps the data; a KAR brings the module back at 3.0.0 over the same rows
        assertEquals(204, http.delete("/api/v1/modules/pkgdemo", "admin").status());
        Poll.until("the module's REST resource to go", Duration.ofSeconds(10), () -> http.get("/api/v1/pkgdemo/version", "admin").status() == 404);
        assertEquals("UNINSTALLED", module().get("bundleState").asText());
        assertEquals(2, module().get("schemaVersion").asInt());
        assertNull(bundle());
        JsonNode kar = created(upload("v300kar", sha("v300kar")));
        assertEquals("INSTALL", kar.get("operation").asText());
        assertEquals("3.0.0", version());
        assertEquals(2, items().size());

        String audit = http.get("/api/v1/audit?recordType=module-package&limit=50", "admin").body();
        for (String action : new String[] {"INSTALL", "UPGRADE", "ROLLBACK", "REMOVE", "PACKAGE_REFUSED"}) {
            assertTrue(action + " audited", audit.contains("\"action\":\"" + action + "\""));
        }
        assertTrue(audit, audit.contains("not signed") && audit.contains("CN=Somebody Else"));
        assertEquals(204, http.delete("/api/v1/modules/pkgdemo", "admin").status());
    }

    @Test
    public void theDeployFolderNeverTakesAHalfWrittenFileAndRefusesUnsignedOnes() throws Exception {
        Path deploy = Paths.get(System.getProperty("karaf.base"), "deploy");
        Path target = deploy.resolve("pkgdemo.jar");
        byte[] signed = Files.readAllBytes(file("v200"));
        if (module() != null && bundle() != null) {
            assertEquals(204, http.delete("/api/v1/modules/pkgdemo", "admin").status());
        }
        // a copy in progress: half the bytes, for longer than the watcher's quiet time
        Files.write(target, Arrays.copyOf(signed, signed.length / 2));
        Poll.never("a half-written package installed", Duration.ofSeconds(3), () -> bundle() != null);
        Files.write(target, signed);
        Poll.until("the completed package installed from deploy/", Duration.ofSeconds(20),
                () -> http.get("/api/v1/pkgdemo/version", "admin").status() == 200);
        assertEquals("2.0.0", version());
        assertEquals("DEPLOY", http.get("/api/v1/modules/pkgdemo/packages", "admin").json().get(0).get("source").asText());

        Files.delete(target);
        Poll.until("the module removed with its file", Duration.ofSeconds(20), () -> bundle() == null);

        Path unsigned = deploy.resolve("pkgdemo-unsigned.jar");
        Files.copy(file("unsigned"), unsigned);
        Poll.until("the refusal in the audit log", Duration.ofSeconds(20), () -> http.get(
                "/api/v1/audit?action=PACKAGE_REFUSED&limit=20", "admin").body().contains("deploy pkgdemo-unsigned.jar"));
        assertNull(bundle());
        Files.delete(unsigned);
        assertFalse(Files.exists(target));
    }

    private Http.Response upload(String key, String sha) throws IOException {
        Path f = file(key);
        return http.postBytes("/api/v1/modules/packages?fileName=" + f.getFileName() + (sha == null ? "" : "&sha256=" + sha),
                "admin", "application/java-archive", Files.readAllBytes(f));
    }

    private static JsonNode created(Http.Response r) {
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }

    private static Path file(String key) {
        return Paths.get(System.getProperty("itest.pkg." + key));
    }

    private static String sha(String key) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file(key))));
    }

    private String version() {
        Http.Response r = http.get("/api/v1/pkgdemo/version", "admin");
        assertEquals(r.body(), 200, r.status());
        return r.json().get("version").asText();
    }

    private JsonNode items() {
        return http.get("/api/v1/pkgdemo/items", "admin").json();
    }

    private Bundle bundle() {
        for (Bundle b : bundleContext.getBundles()) {
            if (BSN.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private int bundles() {
        return (int) Arrays.stream(bundleContext.getBundles()).filter(b -> BSN.equals(b.getSymbolicName())).count();
    }

    private JsonNode module() {
        for (JsonNode m : http.get("/api/v1/modules", "admin").json()) {
            if ("pkgdemo".equals(m.get("id").asText())) {
                return m;
            }
        }
        return null;
    }
}
