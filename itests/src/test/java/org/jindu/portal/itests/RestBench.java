package org.jindu.portal.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * REST throughput benchmark (issue 9, point 6), run by {@code bench/rest.sh}: the distribution as a process (demo mode),
 * {@code clients} concurrent clients for {@code seconds} against (a) the town office's audited, scoped person list
 * ({@code GET /api/v1/control/persons} with a bearer token) and (b) a bench-only resource in the same container that
 * answers the same JSON from memory, without login, database or audit ({@code benchmodule}). For each caseload size
 * (files in the office's list) prints requests per second, p50 and p99 of both and the ratio (a)/(b).
 */
public final class RestBench {
    private static final String LIST = "/api/v1/control/persons";
    private static final String ECHO = "/api/v1/bench-echo";

    private RestBench() {
    }

    record Result(double perSecond, double p50, double p99, long errors) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int[] sizes = Arrays.stream((args.length > 2 ? args[2] : "200,2000").split(",")).mapToInt(Integer::parseInt).toArray();
        // the bench opens thousands of files as one user: above the hourly limit of lookups by ID number
        PortalProcess portal = PortalProcess.start("bench-rest", java.util.Map.of("org.jindu.portal.control.cfg", "statusQueriesPerHour=1000000"));
        try {
            Http http = new Http(portal.port());
            Poll.until("the control module", Duration.ofSeconds(120), () -> http.get(LIST, "office").status() == 200);
            String token = http.postJson("/api/v1/auth/token", "office", "{}").json().get("token").asText();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<String> lines = new ArrayList<>();
            for (int size : sizes) {
                int files = fill(http, size);
                byte[] body = get(client, portal.url(LIST), token).body();
                Path deploy = portal.home().resolve("deploy");
                Files.write(portal.home().resolve("bench-body.json"), body);
                Path echoJar = deploy.resolve("benchecho.jar");
                if (Files.exists(echoJar)) {
                    Files.delete(echoJar);
                    Poll.until("the echo resource gone", Duration.ofSeconds(60), () -> http.get(ECHO, null).status() != 200);
                }
                Path tmp = deploy.resolve(".benchecho.tmp");
                Files.copy(TestBundles.benchEcho(), tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, echoJar, StandardCopyOption.ATOMIC_MOVE);
                Poll.until("the echo resource", Duration.ofSeconds(60), () -> http.get(ECHO, null).status() == 200);
                byte[] echoed = get(client, portal.url(ECHO), null).body();
                if (!Arrays.equals(body, echoed)) {
                    throw new IllegalStateException("the echo resource does not answer the list's JSON: "
                            + new String(echoed, 0, Math.min(200, echoed.length), java.nio.charset.StandardCharsets.UTF_8)
                            + " instead of " + new String(body, 0, Math.min(200, body.length), java.nio.charset.StandardCharsets.UTF_8));
                }
                System.err.printf(Locale.ROOT, "%d files in the office's list, %d bytes of JSON; warming up%n", files, body.length);
                load(client, portal.url(ECHO), null, clients, Math.max(5, seconds / 6));
                load(client, portal.url(LIST), token, clients, Math.max(5, seconds / 6));
                Result echo = load(client, portal.url(ECHO), null, clients, seconds);
                Result list = load(client, portal.url(LIST), token, clients, seconds);
                lines.add(String.format(Locale.ROOT, "%d files (%d KB of JSON), %d clients, %d s each:%n"
                                + "  (a) audited person list: %7.1f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n"
                                + "  (b) same JSON from memory: %5.1f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n"
                                + "  ratio (a)/(b): %.0f %% (target >= 50 %%); (a) p99 %s 100 ms",
                        files, body.length / 1024, clients, seconds, list.perSecond(), list.p50(), list.p99(), list.errors(),
                        echo.perSecond(), echo.p50(), echo.p99(), echo.errors(), 100 * list.perSecond() / echo.perSecond(),
                        list.p99() <= 100 ? "<=" : ">"));
                System.err.println(lines.get(lines.size() - 1));
            }
            System.out.println("REST benchmark (machine: " + Runtime.getRuntime().availableProcessors() + " cores, load generator on the same machine)");
            lines.forEach(System.out::println);
        } finally {
            portal.stop();
        }
    }

    /** Adds files in the villages until the office's list holds {@code size}; returns how many it holds. */
    static int fill(Http http, int size) throws Exception {
        int have = http.get(LIST, "office").json().size();
        if (have >= size) {
            return have;
        }
        String[] villages = {"HG-GW-DC", "HG-GW-XC"};
        AtomicInteger failures = new AtomicInteger();
        // one at a time: concurrent first inserts after a start time out on Derby's identity preallocation
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = have; i < size; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    String id = ControlTest.withCheckDigit(String.format(Locale.ROOT, "990102%s%03d",
                            LocalDate.of(1970, 1, 1).plusDays(n % 15000).toString().replace("-", ""), n / 15000 * 10 + n % 10));
                    String village = villages[n % 2];
                    Http.Response r = http.postJson(LIST, "office", "{\"name\":\"压测某" + n + "\",\"idNumber\":\"" + id
                            + "\",\"phone\":\"139" + String.format(Locale.ROOT, "%08d", n) + "\",\"householdOrg\":\"" + village
                            + "\",\"residenceOrg\":\"" + village + "\",\"drugTypes\":\"冰毒\",\"firstRegistered\":\"2024-01-01\""
                            + ",\"status\":\"COMMUNITY_DETOX\",\"legalBasis\":\"港公(禁)社戒决字〔压测〕" + n + "号\",\"tier\":\"C1\",\"tierReason\":\"压测\"}");
                    if (r.status() != 201 && failures.incrementAndGet() <= 3) {
                        System.err.println("creating file " + n + ": " + r.status() + " " + r.body());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return http.get(LIST, "office").json().size();
    }

    static HttpResponse<byte[]> get(HttpClient client, String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Result load(HttpClient client, String url, String token, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        if (get(client, url, token).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (merged.length == 0) {
            return new Result(0, 0, 0, errors.get());
        }
        return new Result(merged.length / elapsed, merged[(int) (merged.length * 0.50)] / 1e6,
                merged[Math.min(merged.length - 1, (int) (merged.length * 0.99))] / 1e6, errors.get());
    }
}
