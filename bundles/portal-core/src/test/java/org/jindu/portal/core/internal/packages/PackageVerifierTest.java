package org.jindu.portal.core.internal.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.jindu.portal.testkit.TestPublisher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a module package must be before the portal installs it: whole, signed by a trusted publisher in every entry
 * and unaltered since, declaring a portal module (issue 8, point 5). Real signatures, by the JDK's jar signer with
 * keytool's keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageVerifierTest {
    @TempDir
    Path dir;
    TestPublisher trusted;
    TestPublisher stranger;

    @BeforeAll
    void publishers(@TempDir Path keys) throws Exception {
        trusted = TestPublisher.create(keys, "Jindu Test Publisher");
        stranger = TestPublisher.create(keys, "Somebody Else");
    }

    @Test
    void aSignedModuleOfATrustedPublisherPassesWithWhatItDeclares() throws Exception {
        Path signed = trusted.sign(module("demo", "1.2.0", true), dir.resolve("signed.jar"));
        PackageContents c = PackageVerifier.verify(signed, List.of(trusted.certificate()), false);
        assertThat(c.kind()).isEqualTo("JAR");
        assertThat(c.signer()).contains("CN=Jindu Test Publisher");
        assertThat(c.module().moduleId()).isEqualTo("demo");
        assertThat(c.module().symbolicName()).isEqualTo("org.example.demo");
        assertThat(c.module().version()).isEqualTo("1.2.0");
        assertThat(c.module().schemaVersion()).as("V1 and V2 in the migrations folder").isEqualTo(2);
    }

    @Test
    void anUnsignedPackageIsRefusedUnlessTheConfigurationAllowsIt() throws Exception {
        Path plain = module("demo", "1.0.0", true);
        assertThatThrownBy(() -> PackageVerifier.verify(plain, List.of(trusted.certificate()), false))
                .isInstanceOf(PackageRefusedException.class).hasMessageContaining("package")
                .satisfies(e -> assertThat(((PackageRefusedException) e).reason().en()).contains("not signed"));
        assertThat(PackageVerifier.verify(plain, List.of(), true).signer()).isNull();
    }

    @Test
    void aPackageSignedByAnUnknownPublisherIsRefusedNamingIt() throws Exception {
        Path signed = stranger.sign(module("demo", "1.0.0", true), dir.resolve("stranger.jar"));
        assertThatThrownBy(() -> PackageVerifier.verify(signed, List.of(trusted.certificate()), true))
                .satisfies(e -> assertThat(((PackageRefusedException) e).reason().en())
                        .contains("CN=Somebody Else").contains("not in the trust store"));
    }

    @Test
    void aPackageAlteredAfterSigningIsRefused() throws Exception {
        Path signed = trusted.sign(module("demo", "1.0.0", true), dir.resolve("to-alter.jar"));
        Path altered = rewrite(signed, dir.resolve("altered.jar"), "org/example/demo/Data.txt", "changed after signing");
        assertThatThrownBy(() -> PackageVerifier.verify(altered, List.of(trusted.certificate()), true))
                .satisfies(e -> assertThat(((PackageRefusedException) e).reason().en()).contains("altered after it was signed"));
        Path added = rewrite(signed, dir.resolve("added.jar"), "org/example/demo/Extra.txt", "slipped in");
        assertThatThrownBy(() -> PackageVerifier.verify(added, List.of(trusted.certificate()), true))
                .satisfies(e -> assertThat(((PackageRefusedException) e).reason().en()).contains("only part of the package is signed"));
    }

    @Test
    void aBundleThatDeclaresNoModuleOrAHalfFileIsRefused() throws Exception {
        Path library = trusted.sign(module(null, "1.0.0", false), dir.resolve("library.jar"));
        assertThatThrownBy(() -> PackageVerifier.verify(library, List.of(trusted.certificate()), false))
                .satisfies(e -> assertThat(((PackageRefusedException) e).reason().en()).contains("not a portal module"));
        byte[] whole = Files.readAllBytes(module("demo", "1.0.0", true));
        Path half = Files.write(dir.resolve("half.jar"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> PackageVerifier.verify(half, List.of(), true))
                .satisfies(e -> assertThat(((PackageRefusedException) e).reason().en()).contains("not a complete jar"));
        assertThat(DeployWatcher.complete(half)).isFalse();
        assertThat(DeployWatcher.complete(library)).isTrue();
    }

    @Test
    void aKarCarriesTheModulesBundles() throws Exception {
        byte[] bundle = Files.readAllBytes(module("demo", "2.0.0", true));
        Path kar = dir.resolve("demo.kar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kar))) {
            zip.putNextEntry(new ZipEntry("repository/org/example/demo/2.0.0/demo-2.0.0.jar"));
            zip.write(bundle);
            zip.putNextEntry(new ZipEntry("repository/org/example/demo-features/2.0.0/demo-features-2.0.0-features.xml"));
            zip.write("<features name=\"demo\"/>".getBytes(StandardCharsets.UTF_8));
        }
        Path signed = trusted.sign(kar, dir.resolve("signed.kar"));
        PackageContents c = PackageVerifier.verify(signed, List.of(trusted.certificate()), false);
        assertThat(c.kind()).isEqualTo("KAR");
        assertThat(c.bundles()).hasSize(1);
        assertThat(c.module().entryName()).isEqualTo("repository/org/example/demo/2.0.0/demo-2.0.0.jar");
        assertThat(c.module().version()).isEqualTo("2.0.0");
    }

    /** A small bundle jar; with a module id it declares Portal-Module and carries two migrations. */
    private Path module(String moduleId, String version, boolean migrations) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.example." + (moduleId == null ? "library" : moduleId) + ";singleton:=false");
        a.putValue("Bundle-Version", version);
        if (moduleId != null) {
            a.putValue("Portal-Module", moduleId);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("org/example/demo/Data.txt", "some content");
        if (migrations) {
            a.putValue("Portal-Migrations", "META-INF/portal/migrations");
            entries.put("META-INF/portal/migrations/V1__first.sql", "CREATE TABLE X (ID INTEGER);");
            entries.put("META-INF/portal/migrations/V2__second.sql", "ALTER TABLE X ADD COLUMN Y INTEGER;");
        }
        Path jar = Files.createTempFile(dir, "module", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    /** A copy of the jar with one entry's content replaced (or added), everything else, signature included, as it was. */
    private static Path rewrite(Path jar, Path out, String entry, String content) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(out);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            boolean replaced = false;
            for (var e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    zip.write(content.getBytes(StandardCharsets.UTF_8));
                    replaced = true;
                } else {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    in.getInputStream(e).transferTo(b);
                    zip.write(b.toByteArray());
                }
            }
            if (!replaced) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
