package org.jindu.portal.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Packages the compiled test module ({@code org.jindu.portal.itests.testmodule}) as a real bundle jar, runs in the
 * test JVM before the container starts. The manifest imports only the SPI and standard APIs.
 */
public final class TestBundles {
    private static final String PACKAGE = "org/jindu/portal/itests/testmodule/";

    private TestBundles() {
    }

    /** Builds {@code target/test-bundles/testmodule-<id>.jar} and returns its path. */
    public static Path build(String moduleId) {
        Path out = Paths.get(System.getProperty("itest.target", "target"), "test-bundles", "testmodule-" + moduleId + ".jar");
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.jindu.portal.itests.module." + moduleId);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Name", "Test module " + moduleId);
        a.putValue("Bundle-Activator", "org.jindu.portal.itests.testmodule.TestModuleActivator");
        a.putValue("Test-Module-Id", moduleId);
        a.putValue("Portal-Module", moduleId);
        a.putValue("Import-Package", String.join(",",
                "org.osgi.framework;version=\"[1.8,2)\"",
                "org.jindu.portal.api;version=\"[1.0,2)\"",
                "org.jindu.portal.api.audit;version=\"[2.0,3)\"",
                "org.jindu.portal.api.module;version=\"[2.0,3)\"",
                "org.jindu.portal.api.org;version=\"[1.0,2)\"",
                "org.jindu.portal.api.rest;version=\"[1.0,2)\"",
                "org.jindu.portal.api.soap;version=\"[1.0,2)\"",
                "org.jindu.portal.api.ui;version=\"[1.0,2)\"",
                "javax.sql", "javax.ws.rs", "javax.ws.rs.core", "javax.jws", "javax.xml.ws", "javax.annotation", "com.vaadin.ui"));
        return write(out, mf, PACKAGE, Map.of());
    }

    /** The bench-only echo resource of bench/rest.sh ({@code benchmodule}). */
    public static Path benchEcho() {
        Manifest mf = manifest("org.jindu.portal.itests.bench.echo", "1.0.0", "benchecho");
        Attributes a = mf.getMainAttributes();
        a.putValue("Bundle-Activator", "org.jindu.portal.itests.benchmodule.EchoActivator");
        a.putValue("Import-Package", String.join(",", "org.osgi.framework;version=\"[1.8,2)\"",
                "org.jindu.portal.api.rest;version=\"[1.0,2)\"", "javax.ws.rs", "javax.ws.rs.core"));
        return write(path("benchecho.jar"), mf, "org/jindu/portal/itests/benchmodule/", Map.of());
    }

    /**
     * A module that does not resolve: it declares {@code Portal-Module: unresolvable} and imports a package nobody
     * exports.
     */
    public static Path unresolvable() {
        Manifest mf = manifest("org.jindu.portal.itests.module.unresolvable", "1.0.0", "unresolvable");
        mf.getMainAttributes().putValue("Import-Package",
                "org.jindu.portal.api.module;version=\"[2.0,3)\",org.jindu.portal.itests.nowhere;version=\"[1.0,2)\"");
        return write(path("unresolvable.jar"), mf, null, Map.of());
    }

    /**
     * A module whose descriptor registers while one of its components fails to activate, and whose second migration
     * fails after the first applied.
     */
    public static Path broken() {
        String pkg = "org.jindu.portal.itests.brokenmodule.";
        Manifest mf = manifest("org.jindu.portal.itests.module.broken", "1.0.0", "broken");
        mf.getMainAttributes().putValue("Import-Package", String.join(",",
                "org.jindu.portal.api;version=\"[1.2,2)\"", "org.jindu.portal.api.module;version=\"[2.0,3)\""));
        mf.getMainAttributes().putValue("Service-Component", "OSGI-INF/*.xml");
        mf.getMainAttributes().putValue("Portal-Migrations", "META-INF/portal/migrations");
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put("OSGI-INF/descriptor.xml", component(pkg + "BrokenModule", null,
                "<service><provide interface=\"org.jindu.portal.api.module.ModuleDescriptor\"/></service>"
                        + "<property name=\"portal.module.id\" value=\"broken\"/>"));
        resources.put("OSGI-INF/failing.xml", component(pkg + "FailingService", "activate", ""));
        resources.put("META-INF/portal/migrations/V1__first.sql",
                "CREATE TABLE ITEST_BROKEN (ID BIGINT NOT NULL, CONSTRAINT PK_ITEST_BROKEN PRIMARY KEY (ID));\n".getBytes(StandardCharsets.UTF_8));
        resources.put("META-INF/portal/migrations/V2__fails.sql",
                "ALTER TABLE ITEST_NO_SUCH_TABLE ADD COLUMN X INTEGER;\n".getBytes(StandardCharsets.UTF_8));
        return write(path("broken.jar"), mf, "org/jindu/portal/itests/brokenmodule/", resources);
    }

    /**
     * The package test module ({@code pkgdemo}) at a version; from {@code schema} 2 on it carries the second migration.
     * With {@code missingImport} it also imports a package nobody exports.
     */
    public static Path pkg(String version, int schema, boolean missingImport) {
        Manifest mf = manifest("org.jindu.portal.itests.module.pkgdemo", version, "pkgdemo");
        Attributes a = mf.getMainAttributes();
        a.putValue("Bundle-Activator", "org.jindu.portal.itests.pkgmodule.PkgActivator");
        a.putValue("Portal-Migrations", "META-INF/portal/migrations");
        a.putValue("Import-Package", String.join(",", "org.osgi.framework;version=\"[1.8,2)\"", "org.osgi.util.tracker;version=\"[1.5,2)\"",
                "org.jindu.portal.api;version=\"[1.2,2)\"", "org.jindu.portal.api.module;version=\"[2.0,3)\"",
                "org.jindu.portal.api.rest;version=\"[1.0,2)\"", "org.jindu.portal.api.schema;version=\"[1.1,2)\"",
                "javax.sql", "javax.ws.rs", "javax.ws.rs.core") + (missingImport ? ",org.jindu.portal.itests.nowhere;version=\"[1.0,2)\"" : ""));
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put("META-INF/portal/migrations/V1__items.sql", ("CREATE TABLE ITEST_PKG_ITEM (ID BIGINT NOT NULL GENERATED BY DEFAULT AS IDENTITY, "
                + "NAME VARCHAR(100) NOT NULL, CONSTRAINT PK_ITEST_PKG_ITEM PRIMARY KEY (ID));\n").getBytes(StandardCharsets.UTF_8));
        if (schema >= 2) {
            resources.put("META-INF/portal/migrations/V2__note.sql",
                    "ALTER TABLE ITEST_PKG_ITEM ADD COLUMN NOTE VARCHAR(100) DEFAULT 'added in 2.0';\n".getBytes(StandardCharsets.UTF_8));
        }
        return write(path("pkgdemo-" + version + (missingImport ? "-unresolvable" : "") + ".jar"), mf,
                "org/jindu/portal/itests/pkgmodule/", resources);
    }

    /** A Karaf archive holding the bundle at {@code repository/<maven path>}, as karaf-maven-plugin lays it out. */
    public static Path kar(Path bundle, String version) {
        Path out = path("pkgdemo-" + version + ".kar");
        try {
            Files.createDirectories(out.getParent());
            try (OutputStream file = Files.newOutputStream(out); JarOutputStream jar = new JarOutputStream(file)) {
                jar.putNextEntry(new JarEntry("repository/org/jindu/portal/itests/pkgdemo/" + version + "/pkgdemo-" + version + ".jar"));
                Files.copy(bundle, jar);
                jar.closeEntry();
                jar.putNextEntry(new JarEntry("repository/org/jindu/portal/itests/pkgdemo-features/" + version + "/pkgdemo-features-" + version + "-features.xml"));
                jar.write(("<features name=\"pkgdemo-" + version + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\"><feature name=\"pkgdemo\" version=\""
                        + version + "\"><bundle>mvn:org.jindu.portal.itests/pkgdemo/" + version + "</bundle></feature></features>\n").getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] component(String type, String activate, String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\""
                + type + "\" immediate=\"true\"" + (activate == null ? "" : " activate=\"" + activate + "\"") + ">"
                + "<implementation class=\"" + type + "\"/>" + body + "</scr:component>\n").getBytes(StandardCharsets.UTF_8);
    }

    static Manifest manifest(String symbolicName, String version, String moduleId) {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
        a.putValue("Bundle-Name", "Test module " + moduleId);
        a.putValue("Portal-Module", moduleId);
        return mf;
    }

    static Path path(String fileName) {
        return Paths.get(System.getProperty("itest.target", "target"), "test-bundles", fileName);
    }

    /** Writes a jar with the manifest, the compiled test classes of one package (or none) and extra resources. */
    static Path write(Path out, Manifest mf, String classPackage, Map<String, byte[]> resources) {
        Path classes = Paths.get(System.getProperty("itest.testClasses", "target/test-classes"));
        try {
            Files.createDirectories(out.getParent());
            try (OutputStream file = Files.newOutputStream(out); JarOutputStream jar = new JarOutputStream(file, mf)) {
                if (classPackage != null) {
                    try (Stream<Path> files = Files.walk(classes.resolve(classPackage))) {
                        for (Path p : (Iterable<Path>) files::iterator) {
                            if (Files.isRegularFile(p)) {
                                jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                                Files.copy(p, jar);
                                jar.closeEntry();
                            }
                        }
                    }
                }
                for (Map.Entry<String, byte[]> r : resources.entrySet()) {
                    jar.putNextEntry(new JarEntry(r.getKey()));
                    jar.write(r.getValue());
                    jar.closeEntry();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
