package org.jindu.portal.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;

/**
 * Hot-deploy benchmark (issue 8, point 7), run by {@code bench/hotdeploy.sh}: the module the archetype generates
 * (entity and migration, REST, SOAP, view, home tile) dropped into {@code deploy/} of a running portal (the distribution
 * as a process, demo mode) while a browser tab is open, then deleted again. Prints the medians from the file landing
 * (an atomic rename into the folder) to: its REST resource answering and in the OpenAPI document, its menu entry in the
 * open tab; and from the file's deletion to all three gone. Then the heap after a full GC, before and after 100 more
 * install/remove cycles: a growth means a removed module's class loader is still held. The class histograms at both
 * points are left in itests/target/bench-hotdeploy-histogram-*.txt for the comparison.
 */
public final class HotDeployBench {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private HotDeployBench() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int leakCycles = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path jar = Paths.get(System.getProperty("itest.archetypeModule"));
        // soft references (caches the JVM drops when memory runs short, e.g. of jar entries) are cleared at every
        // collection, so that the heap after GC shows what is held, not what is cached
        System.setProperty("itest.portal.javaOpts", "-XX:SoftRefLRUPolicyMSPerMB=0");
        PortalProcess portal = PortalProcess.start("bench-hotdeploy");
        try (Browser browser = new Browser()) {
            Http http = new Http(portal.port());
            browser.login(portal, "office", "demo");
            browser.waitFor(By.id("home-view"));
            Path deploy = portal.home().resolve("deploy");
            By menu = By.id("nav-notes-notes");
            List<Long> toRest = new ArrayList<>();
            List<Long> toMenu = new ArrayList<>();
            List<Long> toGone = new ArrayList<>();
            for (int i = 0; i < cycles; i++) {
                long landed = drop(jar, deploy);
                long[] seen = {0, 0};
                waitFor("the module", () -> {
                    if (seen[0] == 0 && restUp(http)) {
                        seen[0] = System.nanoTime();
                    }
                    if (seen[1] == 0 && browser.present(menu)) {
                        seen[1] = System.nanoTime();
                    }
                    return seen[0] != 0 && seen[1] != 0;
                });
                toRest.add(millis(landed, seen[0]));
                toMenu.add(millis(landed, seen[1]));
                long deleted = remove(deploy);
                waitFor("the removal", () -> !restUp(http) && http.get("/api/v1/notes/notes", "office").status() == 404
                        && !browser.present(menu));
                toGone.add(millis(deleted, System.nanoTime()));
                System.err.printf(Locale.ROOT, "cycle %d: REST and OpenAPI %d ms, menu in the open tab %d ms, removal %d ms%n",
                        i + 1, toRest.get(i), toMenu.get(i), toGone.get(i));
            }
            long pid = karafPid(portal);
            long before = heapAfterGc(pid);
            histogram(pid, portal, "before");
            for (int i = 0; i < leakCycles; i++) {
                drop(jar, deploy);
                waitFor("the module", () -> restUp(http) && browser.present(menu));
                remove(deploy);
                waitFor("the removal", () -> http.get("/api/v1/notes/notes", "office").status() == 404 && !browser.present(menu));
            }
            long after = heapAfterGc(pid);
            histogram(pid, portal, "after");
            String dump = System.getProperty("bench.heapdump");
            if (dump != null) {
                jcmd(pid, "GC.heap_dump " + dump);
            }
            System.out.printf(Locale.ROOT, "hot deploy of the archetype's module, median of %d cycles (machine: %d cores)%n",
                    cycles, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "  jar landing in deploy/ -> REST and OpenAPI:          %5d ms (target <= 2000)%n", median(toRest));
            System.out.printf(Locale.ROOT, "  jar landing in deploy/ -> menu entry in an open tab: %5d ms (target <= 2000)%n", median(toMenu));
            System.out.printf(Locale.ROOT, "  jar deleted -> REST, OpenAPI and menu entry gone:    %5d ms (target <= 2000)%n", median(toGone));
            System.out.printf(Locale.ROOT, "  heap after a full GC: %d KB before, %d KB after %d more install/remove cycles: %+d KB (target < 5120)%n",
                    before, after, leakCycles, after - before);
        } finally {
            portal.stop();
        }
    }

    /** Copies the jar beside the folder's files under a hidden name and renames it in: the moment it lands. */
    private static long drop(Path jar, Path deploy) throws IOException {
        Path hidden = deploy.resolve(".notes.jar.part");
        Files.copy(jar, hidden, StandardCopyOption.REPLACE_EXISTING);
        long t = System.nanoTime();
        Files.move(hidden, deploy.resolve("notes.jar"), StandardCopyOption.ATOMIC_MOVE);
        return t;
    }

    private static long remove(Path deploy) throws IOException {
        long t = System.nanoTime();
        Files.delete(deploy.resolve("notes.jar"));
        return t;
    }

    private static boolean restUp(Http http) {
        return http.get("/api/v1/notes/notes", "office").status() == 200
                && http.get("/api/openapi.json", null).body().contains("\"/notes/notes\"");
    }

    private static void waitFor(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited more than " + LIMIT.toSeconds() + " s for " + what);
            }
            // a short pause between looks: spinning would take a core from the portal on a 2-core machine
            LockSupport.parkNanos(5_000_000);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The portal's JVM (bin/karaf is a shell script that starts it). */
    private static long karafPid(PortalProcess portal) {
        String marker = "karaf.base=" + portal.home();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(marker) && c.contains("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElseThrow(() -> new IllegalStateException("no portal JVM found"));
    }

    /** Used heap in KB after two full collections, as jcmd reports it. */
    private static long heapAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    /** The live objects by class, beside the portal's folder, to compare when the heap grows. */
    private static void histogram(long pid, PortalProcess portal, String when) throws IOException, InterruptedException {
        Files.writeString(portal.home().resolveSibling("bench-hotdeploy-histogram-" + when + ".txt"), jcmd(pid, "GC.class_histogram"));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        cmd.addAll(List.of(command.split(" ")));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
