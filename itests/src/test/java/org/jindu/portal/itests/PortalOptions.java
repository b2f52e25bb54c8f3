package org.jindu.portal.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The options every Pax Exam test composes: the built distribution (a file URL, so that {@code mvn verify} works
 * without installing it), demo mode, free ports for HTTP and SSH, and the test module bundles.
 */
public final class PortalOptions {
    private static final Random RANDOM = new Random();

    private PortalOptions() {
    }

    public static List<Option> distribution(String name) {
        String dist = System.getProperty("portal.distribution");
        if (dist == null || !new File(dist).isFile()) {
            throw new IllegalStateException("portal.distribution does not point to the built distribution: " + dist);
        }
        int http = freePort();
        int ssh = freePort();
        Path modA = TestBundles.build("testa");
        Path modB = TestBundles.build("testb");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl("file:" + new File(dist).getAbsolutePath())
                        .unpackDirectory(new File(System.getProperty("itest.target", "target"), "pax-" + name))
                        .useDeployFolder(false).name("Jindu Portal"),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                systemTimeout(180_000),
                editConfigurationFilePut("etc/system.properties", "portal.demo", "true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ssh)),
                // a cheaper KDF: the tests log in hundreds of times
                editConfigurationFilePut("etc/org.jindu.portal.core.cfg", "pbkdf2Iterations", "10000"),
                systemProperty("itest.http.port").value(String.valueOf(http)),
                systemProperty("itest.module.testa").value(modA.toUri().toString()),
                systemProperty("itest.module.testb").value(modB.toUri().toString()),
                systemProperty("itest.module.unresolvable").value(TestBundles.unresolvable().toUri().toString()),
                systemProperty("itest.module.broken").value(TestBundles.broken().toUri().toString()),
                // module packages: only packages of the trusted test publisher are installed, unsigned ones never
                editConfigurationFilePut("etc/org.jindu.portal.core.cfg", "unsignedPackages", "refuse"),
                replaceConfigurationFile("etc/portal-trust/itest-publisher.pem", Packages.get().trustedCertificate().toFile())));
        Packages.get().files().forEach((key, file) -> options.add(systemProperty("itest.pkg." + key).value(file.toString())));
        for (String fuzz : List.of("portal.fuzz.seed", "portal.fuzz.perOperation")) {
            // FuzzTest runs in the container: -D on the Maven command line reaches it only this way
            if (System.getProperty(fuzz) != null) {
                options.add(systemProperty(fuzz).value(System.getProperty(fuzz)));
            }
        }
        if (Boolean.getBoolean("itest.keep")) {
            // -Ditest.keep=true keeps the container folders (and their logs) for a look after a failure
            options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder());
        }
        return options;
    }

    public static int httpPort() {
        return Integer.getInteger("itest.http.port");
    }

    /**
     * A port that is free now, below Linux's ephemeral range: a port the system hands out for {@code bind(0)} can be
     * handed out again before the portal binds it, e.g. to Karaf's own shutdown socket (which then got the HTTP
     * requests and Jetty could not start).
     */
    static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20000 + RANDOM.nextInt(12000);
            try (ServerSocket s = new ServerSocket(port)) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
    }
}
