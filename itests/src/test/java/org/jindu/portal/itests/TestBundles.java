package org.jindu.portal.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
        Path classes = Paths.get(System.getProperty("itest.testClasses", "target/test-classes"));
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
        a.putValue("Import-Package", String.join(",",
                "org.osgi.framework;version=\"[1.8,2)\"",
                "org.jindu.portal.api;version=\"[1.0,2)\"",
                "org.jindu.portal.api.audit;version=\"[1.0,2)\"",
                "org.jindu.portal.api.module;version=\"[2.0,3)\"",
                "org.jindu.portal.api.org;version=\"[1.0,2)\"",
                "org.jindu.portal.api.rest;version=\"[1.0,2)\"",
                "org.jindu.portal.api.soap;version=\"[1.0,2)\"",
                "org.jindu.portal.api.ui;version=\"[1.0,2)\"",
                "javax.ws.rs", "javax.ws.rs.core", "javax.jws", "javax.xml.ws", "javax.annotation", "com.vaadin.ui"));
        try {
            Files.createDirectories(out.getParent());
            try (OutputStream file = Files.newOutputStream(out); JarOutputStream jar = new JarOutputStream(file, mf);
                 Stream<Path> files = Files.walk(classes.resolve(PACKAGE))) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(p)) {
                        jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                        Files.copy(p, jar);
                        jar.closeEntry();
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
