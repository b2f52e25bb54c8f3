package org.jindu.portal.itests;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jindu.portal.testkit.TestPublisher;

/**
 * The module packages of the package tests, built and signed once per test JVM before the container starts: the
 * {@code pkgdemo} module at 1.0.0, 1.1.0 (same schema) and 2.0.0 (a second migration), signed by the publisher the
 * container trusts, and the ones it must refuse: unsigned, signed by a stranger, and one that would not resolve; and the
 * module the archetype generates, built by the archetype's integration test.
 */
final class Packages {
    private static Packages instance;

    private final Path trustedCertificate;
    private final Map<String, Path> files = new LinkedHashMap<>();

    private Packages() throws Exception {
        Path keys = Paths.get(System.getProperty("itest.target", "target"), "test-keys");
        Path signed = Paths.get(System.getProperty("itest.target", "target"), "test-bundles", "signed");
        TestPublisher trusted = TestPublisher.create(keys, "Jindu Test Publisher");
        TestPublisher stranger = TestPublisher.create(keys, "Somebody Else");
        trustedCertificate = trusted.writeCertificate(keys.resolve("itest-publisher.pem"));
        Path v100 = TestBundles.pkg("1.0.0", 1, false);
        Path v200 = TestBundles.pkg("2.0.0", 2, false);
        files.put("v100", trusted.sign(v100, signed.resolve("pkgdemo-1.0.0.jar")));
        files.put("v110", trusted.sign(TestBundles.pkg("1.1.0", 1, false), signed.resolve("pkgdemo-1.1.0.jar")));
        files.put("v200", trusted.sign(v200, signed.resolve("pkgdemo-2.0.0.jar")));
        files.put("v300kar", trusted.sign(TestBundles.kar(TestBundles.pkg("3.0.0", 2, false), "3.0.0"), signed.resolve("pkgdemo-3.0.0.kar")));
        files.put("unsigned", v100);
        files.put("stranger", stranger.sign(v100, signed.resolve("pkgdemo-1.0.0-stranger.jar")));
        files.put("unresolvable", trusted.sign(TestBundles.pkg("1.5.0", 1, true), signed.resolve("pkgdemo-1.5.0-unresolvable.jar")));
        // the module the archetype generated, built by kit/module-archetype's integration test, signed as its publisher would
        Path generated = Paths.get(System.getProperty("itest.archetypeModule"));
        if (!java.nio.file.Files.isRegularFile(generated)) {
            throw new IllegalStateException("the archetype's generated module is missing (kit/module-archetype builds it): " + generated);
        }
        files.put("notes", trusted.sign(generated, signed.resolve(generated.getFileName().toString())));
    }

    static synchronized Packages get() {
        if (instance == null) {
            try {
                instance = new Packages();
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the test packages: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    Path trustedCertificate() {
        return trustedCertificate;
    }

    Map<String, Path> files() {
        return files;
    }
}
