package org.jindu.portal.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution started as a real process ({@code bin/karaf server}) in demo mode on free ports, shared
 * by every browser test of the JVM and stopped when the JVM ends. Browser tests cannot run inside Pax Exam's
 * container, and this is exactly what a user starts.
 */
public final class PortalProcess {
    private static PortalProcess shared;

    private final Path home;
    private final int port;
    private final Process process;

    private PortalProcess(Path home, int port, Process process) {
        this.home = home;
        this.port = port;
        this.process = process;
    }

    /** Starts the portal once per JVM and waits until it is ready. */
    public static synchronized PortalProcess shared() {
        if (shared == null) {
            shared = start("browser-portal");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public Path home() {
        return home;
    }

    static PortalProcess start(String name) {
        return start(name, java.util.Map.of());
    }

    /** Like {@link #start(String)}, with lines added to configuration files of {@code etc/} before the first start. */
    static PortalProcess start(String name, java.util.Map<String, String> etcLines) {
        String dist = System.getProperty("portal.distribution");
        Path target = Paths.get(System.getProperty("itest.target", "target"), name).toAbsolutePath();
        try {
            killLeftovers(target);
            delete(target);
            Files.createDirectories(target);
            run(List.of("tar", "xzf", new File(dist).getAbsolutePath(), "-C", target.toString(), "--strip-components=1"), target);
            int http = PortalOptions.freePort();
            int ssh = PortalOptions.freePort();
            append(target.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port=" + http);
            append(target.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort=" + ssh);
            append(target.resolve("etc/system.properties"), "portal.demo=true");
            for (java.util.Map.Entry<String, String> line : etcLines.entrySet()) {
                append(target.resolve("etc").resolve(line.getKey()), line.getValue());
            }
            return launch(target, http);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the portal again in the same folder (same database, keys and ports), e.g. after {@link #kill()}. */
    PortalProcess restart() {
        try {
            return launch(home, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PortalProcess launch(Path target, int http) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(target.resolve("bin/karaf").toString(), "server");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        String javaOpts = System.getProperty("itest.portal.javaOpts");
        if (javaOpts != null) {
            pb.environment().put("EXTRA_JAVA_OPTS", javaOpts);
        }
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(target.resolve("console.log").toFile()));
        Process process = pb.start();
        PortalProcess p = new PortalProcess(target, http, process);
        Http client = new Http(http);
        Poll.until("the portal at port " + http, Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal process ended; see " + target.resolve("console.log"));
            }
            return client.get("/api/v1/health", null).status() == 200
                    && client.get("/api/v1/navigation", "leader").status() == 200;
        });
        return p;
    }

    /** Kills the portal's JVM at once (SIGKILL): no shutdown hooks, no orderly close of the database. */
    void kill() {
        killLeftovers(home);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A portal left running in this folder by a killed earlier test run would hold the Derby lock. */
    private static void killLeftovers(Path home) {
        String marker = "karaf.base=" + home;
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .forEach(p -> {
                    p.destroyForcibly();
                    p.onExit().join();
                });
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, "\n" + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void run(List<String> command, Path dir) throws IOException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("failed: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
