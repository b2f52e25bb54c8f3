package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 2, acceptance 2: data survives a restart. Each method gets its own container (PerMethod) on the same Derby
 * database outside the container folders: the first writes, the second, a fresh boot of the distribution, reads.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT extends PortalTestSupport {
    private static final AtomicInteger CONTAINERS = new AtomicInteger();
    private static final String CODE = "HG-GW-RESTART";

    @Override
    @Configuration
    public Option[] config() {
        Path db = new File(System.getProperty("itest.target", "target"), "restart-db").getAbsoluteFile().toPath();
        Path key = db.resolveSibling("restart-data.key");
        if (CONTAINERS.getAndIncrement() == 0) {
            delete(db);
            writeKey(key);
        }
        List<Option> options = PortalOptions.distribution("restart-" + CONTAINERS.get());
        options.add(KarafDistributionOption.editConfigurationFilePut("etc/org.ops4j.datasource-portal.cfg", "url",
                "jdbc:derby:" + db + ";create=true"));
        // the data key goes with the database (it encrypts ID numbers and keys the audit chain): a fresh distribution
        // on the same database gets the same key, as an operator restores both
        options.add(KarafDistributionOption.replaceConfigurationFile("etc/portal-data.key", key.toFile()));
        return options.toArray(new Option[0]);
    }

    @Test
    public void a_writeARecord() {
        long town = nodeId("HG-GW");
        Http.Response r = http.postJson("/api/v1/org/nodes", "admin", "{\"parentId\":" + town + ",\"code\":\"" + CODE
                + "\",\"name\":\"重启测试村\",\"nameEn\":\"Restart test village\",\"level\":\"VILLAGE\",\"sortOrder\":50}");
        assertEquals(r.body(), 201, r.status());
    }

    @Test
    public void b_itIsStillThereAfterARestart() {
        boolean found = false;
        for (JsonNode n : http.get("/api/v1/org/nodes?level=VILLAGE", "admin").json()) {
            found |= CODE.equals(n.get("code").asText());
        }
        assertTrue("the village written before the restart", found);
        assertEquals("demo data was not loaded twice", 10 + 2 + 1,
                http.get("/api/v1/org/nodes?level=VILLAGE", "admin").json().size());
        JsonNode audit = http.get("/api/v1/audit/verify", "admin").json();
        assertTrue("the audit chain continues across the restart", audit.get("intact").asBoolean());
    }

    private static void writeKey(Path file) {
        byte[] key = new byte[64];
        new java.security.SecureRandom().nextBytes(key);
        try {
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
