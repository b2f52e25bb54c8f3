package org.jindu.portal.itests;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 10 acceptance 6: black-box fuzzing as a client or an attacker would, bounded and reproducible. Every operation
 * of the published OpenAPI document is called with requests generated from its own description (path, query and body
 * values of the right and of wrong types, nulls, missing and unknown fields, over-long and odd strings, broken JSON,
 * wrong content types and languages), as an administrator, the town office and a village; then malformed requests on
 * the wire (illegal path characters, bad escapes, unknown charsets, odd headers) and malformed SOAP envelopes. No answer
 * may be a 5xx, carry exception text, or echo a large input back; a SOAP client's mistake must be a soap:Client fault.
 *
 * <p>Seeded ({@code -Dportal.fuzz.seed}, default fixed) and bounded ({@code -Dportal.fuzz.perOperation}, default 24
 * requests per operation, a few thousand in all). It runs last in the suite: its writes may change demo data.
 * {@code PUT /me/password} is left out: a wrong current password counts as a failed login, so fuzzing it would lock
 * the accounts the fuzzer uses (that rule has its own test).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FuzzTest extends PortalTestSupport {
    private static final long SEED = Long.getLong("portal.fuzz.seed", 20261202L);
    private static final int PER_OPERATION = Integer.getInteger("portal.fuzz.perOperation", 24);
    /** What exception text, stack traces or driver messages look like. */
    static final Pattern EXCEPTION_TEXT = Pattern.compile(
            "Exception|Caused by|\\bat (java|javax|org|com|sun)\\.|java\\.lang|javax\\.|org\\.apache\\.|org\\.eclipse\\.|SQLSTATE|SQLState"
                    + "|Throwable|NullPointer|StackTrace|stack trace|com\\.ctc\\.|com\\.fasterxml");
    /** An error answer may name the field and a short part of the input, never echo a large input back. */
    private static final int MAX_ERROR_BODY = 16_384;
    private static final List<String> USERS = List.of("admin", "office", "village");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private JsonNode doc;

    @Test
    public void everyOperationSurvivesGeneratedRequestsAndMalformedInput() throws Exception {
        java.nio.file.Path log = java.nio.file.Paths.get(System.getProperty("karaf.log", System.getProperty("karaf.data", "data") + "/log"), "karaf.log");
        long logStart = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
        doc = Http.json().readTree(http.get("/api/openapi.json", "admin").body());
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().equals("/me/password")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                for (int i = 0; i < PER_OPERATION; i++) {
                    call(op.getKey().toUpperCase(), path.getKey(), op.getValue(), USERS.get(i % USERS.size()));
                }
            }
        }
        wire();
        hangUps();
        soap();
        logStaysQuiet(log, logStart);
        System.out.println("FuzzTest: seed " + SEED + ", " + requests + " requests, " + failures.size() + " failures");
        assertTrue(failures.size() + " of " + requests + " answers broke the rules (seed " + SEED + "):\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))), failures.isEmpty());
    }

    // ---- REST, generated from the document

    private void call(String method, String template, JsonNode op, String user) {
        StringBuilder path = new StringBuilder("/api/v1");
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        int last = 0;
        List<String> query = new ArrayList<>();
        Map<String, JsonNode> params = new java.util.HashMap<>();
        for (JsonNode p : op.path("parameters")) {
            params.put(p.get("in").asText() + ":" + p.get("name").asText(), p.get("schema"));
        }
        while (m.find()) {
            path.append(template, last, m.start());
            path.append(encode(value(params.getOrDefault("path:" + m.group(1), NODES.objectNode()), true)));
            last = m.end();
        }
        path.append(template.substring(last));
        List<String> headers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : params.entrySet()) {
            String name = p.getKey().substring(p.getKey().indexOf(':') + 1);
            if (p.getKey().startsWith("query:") && random.nextInt(10) < 6) {
                query.add(encode(name) + "=" + encode(value(p.getValue(), false)));
            } else if (p.getKey().startsWith("header:") && random.nextBoolean() && !name.equalsIgnoreCase("Authorization")) {
                headers.add(name);
                headers.add(headerValue());
            }
        }
        if (random.nextInt(20) == 0) {
            query.add("unknown=" + encode(string()));
        }
        String url = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create("http://localhost:" + PortalOptions.httpPort() + url)).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException clientRefuses) {
            return;
        }
        b.header("Authorization", basic(user));
        if (random.nextInt(4) == 0) {
            b.header("Accept-Language", pick("-1", "zh-CN", "en", "*", "xx;q=abc", "en-US,en;q=0.9,zh;q=0.8", ";;;", "zh-Hans-CN-x-private-very-long-tag"));
        }
        if (random.nextInt(6) == 0) {
            b.header("Accept", pick("application/json", "text/html", "*/*", "application/xml", "image/png", "application/octet-stream", "garbage"));
        }
        for (int i = 0; i < headers.size(); i += 2) {
            try {
                b.header(headers.get(i), headers.get(i + 1));
            } catch (IllegalArgumentException clientRefuses) {
                // values the HTTP client will not send go on the wire in wire()
            }
        }
        byte[] body = new byte[0];
        String contentType = null;
        JsonNode requestBody = op.path("requestBody").path("content");
        if (requestBody.size() > 0) {
            Map.Entry<String, JsonNode> content = requestBody.fields().next();
            contentType = content.getKey();
            body = contentType.contains("json") ? jsonBody(content.getValue().get("schema")) : bytes();
            if (random.nextInt(8) == 0) {
                contentType = pick("application/json; charset=klingon", "text/plain", "application/x-www-form-urlencoded",
                        "multipart/form-data", "application/json; charset=UTF-16", ";");
            }
        } else if (!method.equals("GET") && !method.equals("DELETE") && random.nextInt(4) == 0) {
            contentType = "application/json";
            body = jsonBody(NODES.objectNode());
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body.length == 0 && contentType == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        send(method + " " + url, b.build(), body.length);
    }

    private void send(String what, HttpRequest request, int bodySize) {
        requests++;
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            judge(what, r.statusCode(), r.body(), bodySize);
        } catch (IOException e) {
            failures.add(what + " -> connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void judge(String what, int status, String body, int bodySize) {
        String shown = what.length() > 160 ? what.substring(0, 160) + "…" : what;
        if (status >= 500) {
            failures.add(shown + " -> " + status + " " + snippet(body));
        } else if (status >= 400 && EXCEPTION_TEXT.matcher(body).find()) {
            failures.add(shown + " -> " + status + " with exception text: " + snippet(body));
        } else if (status >= 400 && body.length() > MAX_ERROR_BODY) {
            failures.add(shown + " -> " + status + " echoes " + body.length() + " characters (request " + bodySize + " bytes)");
        }
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }

    /** A parameter value: mostly of its type, often not. */
    private String value(JsonNode schema, boolean inPath) {
        JsonNode s = resolve(schema);
        if (random.nextInt(4) == 0) {
            return string();
        }
        if (s.has("enum")) {
            return random.nextInt(3) == 0 ? "NOPE" : s.get("enum").get(random.nextInt(s.get("enum").size())).asText();
        }
        return switch (s.path("type").asText()) {
            case "integer", "number" -> pick("1", "2", "3", "0", "-1", "2147483648", "9223372036854775807", "99999999999999999999", "1.5", "1e3", "");
            case "boolean" -> pick("true", "false", "yes", "1", "");
            case "string" -> "date".equals(s.path("format").asText())
                    ? pick("2026-01-01", "2026-13-45", "ffff", "0000-00-00", "2026-02-29", "99999-01-01", "")
                    : inPath ? pick("control", "HG-GW", "OFFICE", "ADMIN", "x", "1") : string();
            default -> string();
        };
    }

    private String headerValue() {
        return pick("Bearer x", "", "a".repeat(2000), "中文", "\t", "zh-CN");
    }

    /** Odd strings: empty, blank, long, Chinese, control characters, markup, SQL, path tricks. */
    private String string() {
        return pick("", " ", "a", "测试", "x".repeat(201), "y".repeat(1001), "z".repeat(5000), "<script>alert(1)</script>",
                "' OR '1'='1", "../../etc/passwd", "\u0000", "%00", "null", "2026-01-01", "ffff", "\uD83D\uDE00", "a\\b", "{\"a\":1}",
                "NaN", "-1", "HG-GW-DC", "99010119900101002X");
    }

    private byte[] bytes() {
        int kind = random.nextInt(4);
        byte[] b = new byte[kind == 0 ? 0 : random.nextInt(4000)];
        random.nextBytes(b);
        if (kind == 1 && b.length > 8) {
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, b, 0, 8);
        } else if (kind == 2 && b.length > 3) {
            System.arraycopy(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, 0, b, 0, 3);
        }
        return b;
    }

    private byte[] jsonBody(JsonNode schema) {
        String text = switch (random.nextInt(20)) {
            case 0 -> "null";
            case 1 -> "";
            case 2 -> "[]";
            case 3 -> "{";
            case 4 -> "\"x\"";
            case 5 -> "[".repeat(3000) + "]".repeat(3000);
            case 6 -> "{\"a\":\"" + "b".repeat(200_000) + "\"}";
            case 7 -> "{\"a\":1,\"a\":2}";
            default -> generate(schema, 0).toString();
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode generate(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        int roll = random.nextInt(12);
        if (roll == 0 || depth > 4) {
            return NODES.nullNode();
        }
        String type = s.has("properties") ? "object" : s.path("type").asText("object");
        if (roll == 1) {
            // the wrong type
            return switch (type) {
                case "string" -> NODES.numberNode(123);
                case "integer", "number" -> NODES.textNode("abc");
                case "array" -> NODES.objectNode();
                case "boolean" -> NODES.textNode("maybe");
                default -> NODES.arrayNode();
            };
        }
        if (s.has("enum")) {
            return random.nextInt(4) == 0 ? NODES.textNode("NOPE") : s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        switch (type) {
            case "string":
                return NODES.textNode("date".equals(s.path("format").asText()) ? pick("2026-01-01", "2026-13-45", "ffff", "1900-01-01", "2999-12-31")
                        : "date-time".equals(s.path("format").asText()) ? pick("2026-01-01T10:00:00", "yesterday") : string());
            case "integer":
                return switch (random.nextInt(6)) {
                    case 0 -> NODES.numberNode(0);
                    case 1 -> NODES.numberNode(-1);
                    case 2 -> NODES.numberNode(Long.MAX_VALUE);
                    case 3 -> NODES.numberNode(new java.math.BigInteger("99999999999999999999"));
                    case 4 -> NODES.numberNode(1.5);
                    default -> NODES.numberNode(1 + random.nextInt(3));
                };
            case "number":
                return NODES.numberNode(pick(0.0, -1.5, 1e308, 12.5));
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "array":
                ArrayNode a = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(generate(s.path("items"), depth + 1));
                }
                return a;
            default:
                ObjectNode o = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (random.nextInt(10) < 7) {
                        o.set(p.getKey(), generate(p.getValue(), depth + 1));
                    }
                }
                if (random.nextInt(8) == 0) {
                    o.put("unknownField", "x");
                }
                return o;
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema == null ? NODES.objectNode() : schema;
        for (int i = 0; i < 5 && (s.has("$ref") || s.has("allOf")); i++) {
            if (s.has("allOf")) {
                s = s.get("allOf").get(0);
            } else {
                String ref = s.get("$ref").asText();
                s = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }
        return s;
    }

    // ---- on the wire: what an HTTP client library would refuse to send

    private void wire() throws IOException {
        String auth = "Authorization: " + basic("office") + "\r\n";
        List<String> raw = List.of(
                "GET /api/v1/users/a\\b HTTP/1.1\r\n" + auth,
                "GET /api/v1/%ZZ HTTP/1.1\r\n" + auth,
                "GET /api/v1/org/nodes?x=%%% HTTP/1.1\r\n" + auth,
                "GET /api/v1/me HTTP/1.1\r\n" + auth + "Accept-Language: -1\r\n",
                "GET /api/v1/me HTTP/1.1\r\n" + auth + "Accept-Language: " + "x".repeat(5000) + "\r\n",
                "GET /api/v1/me HTTP/1.1\r\nAuthorization: Basic !!!notbase64\r\n",
                "GET /api/v1/me HTTP/1.1\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)) + "\r\n",
                "GET /api/v1/me HTTP/1.1\r\nAuthorization: Bearer \r\n",
                "GET /api/v1/me HTTP/1.1\r\nAuthorization: Negotiate abc\r\n",
                "GET /portal/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\n",
                "GET /api/v1/../../etc/passwd HTTP/1.1\r\n",
                "GET /api/v1/health;jsessionid=x HTTP/1.1\r\n",
                "GET /soap/%ZZ HTTP/1.1\r\n",
                "GET /api/v1/me HTTP/1.1\r\n" + auth + "X-Long: " + "h".repeat(20_000) + "\r\n",
                "GET /api/v1/me HTTP/1.1\r\n" + auth + "Accept-Language: 中文\r\n",
                "GET /api/v1/me HTTP/1.1\r\n" + auth + "Accept-Language: \t\r\n",
                "OPTIONS /api/v1/me HTTP/1.1\r\n" + auth,
                "TRACE /api/v1/me HTTP/1.1\r\n" + auth,
                "BREW /api/v1/me HTTP/1.1\r\n" + auth,
                "POST /api/v1/org/units HTTP/1.1\r\n" + auth + "Content-Type: application/json; charset=klingon\r\nContent-Length: 2\r\n\r\n{}",
                "POST /api/v1/org/units HTTP/1.1\r\n" + auth + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{}",
                "POST /api/v1/org/units HTTP/1.1\r\n" + auth + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                "POST /api/v1/org/units HTTP/1.1\r\n" + auth + "Content-Type: \r\nContent-Length: 2\r\n\r\n{}",
                "PUT /api/v1/users/1 HTTP/1.1\r\n" + auth + "Content-Type: application/json\r\nContent-Length: 4\r\n\r\n\u00ff\u00fe\u00fd\u00fc");
        for (String r : raw) {
            String request = r.contains("\r\n\r\n") ? r.replaceFirst("\r\n", "\r\nHost: localhost\r\nConnection: close\r\n")
                    : r.replaceFirst("\r\n", "\r\nHost: localhost\r\nConnection: close\r\n") + "\r\n";
            String answer = exchange(request);
            requests++;
            String line = answer.isEmpty() ? "" : answer.substring(0, Math.max(0, answer.indexOf("\r\n")));
            String what = r.substring(0, r.indexOf("\r\n"));
            Matcher code = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(line);
            if (!code.find()) {
                // a server may close a connection on a request it cannot parse: no answer is no leak
                continue;
            }
            int header = answer.indexOf("\r\n\r\n");
            judge(what.length() > 100 ? what.substring(0, 100) : what, Integer.parseInt(code.group(1)),
                    header < 0 ? "" : answer.substring(header + 4), r.length());
        }
    }

    /** Clients that hang up before the answer: nothing to answer, nothing to log above DEBUG. */
    private void hangUps() throws IOException {
        for (String path : List.of("/api/v1/control/persons", "/api/v1/audit?size=200", "/api/openapi.json")) {
            try (Socket socket = new Socket("localhost", PortalOptions.httpPort())) {
                socket.setSoLinger(true, 0);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic("admin")
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            }
            requests++;
        }
    }

    /**
     * Log hygiene (issue 10, item 9): everything above was the client's mistake or the client's leaving, so nothing of
     * it may put a stack trace or an ERROR from a request thread into the log (unexpected errors would, with their
     * reference, and fail above anyway).
     */
    private void logStaysQuiet(java.nio.file.Path log, long from) throws Exception {
        if (!java.nio.file.Files.exists(log)) {
            return;
        }
        String added;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log.toFile(), "r")) {
            f.seek(Math.min(from, f.length()));
            byte[] b = new byte[(int) Math.min(50_000_000, f.length() - f.getFilePointer())];
            f.readFully(b);
            added = new String(b, StandardCharsets.UTF_8);
        }
        String previous = "";
        int errors = 0;
        for (String line : added.split("\n")) {
            if (line.matches("\\s+at [\\w$.]+\\(.*")) {
                failures.add("a stack trace in the log after: " + snippet(previous));
                break;
            }
            // ERROR from a request thread: the portal or CXF calling a client's mistake an error
            if (line.contains(" | ERROR | qtp") && errors++ < 5) {
                failures.add("an ERROR in the log: " + snippet(line));
            }
            if (line.contains(" | ")) {
                previous = line;
            }
        }
    }

    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", PortalOptions.httpPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // the request is complete: a body shorter than its Content-Length must end here, not at the server's idle timeout
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0 && answer.size() < 1_000_000; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException closedOrSilent) {
                // the server closed first, or said nothing: what came before counts (no answer is no leak)
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    // ---- SOAP: malformed envelopes are the client's mistake

    private void soap() {
        List<String> services = new ArrayList<>();
        Matcher names = Pattern.compile("/soap/(\\w+)\\?wsdl").matcher(http.get("/soap/", null).body());
        while (names.find()) {
            if (!services.contains(names.group(1))) {
                services.add(names.group(1));
            }
        }
        assertTrue("the SOAP index lists services", !services.isEmpty());
        for (String service : services) {
            String wsdl = http.get("/soap/" + service + "?wsdl", null).body();
            Matcher tns = Pattern.compile("targetNamespace=\"([^\"]+)\"").matcher(wsdl);
            String ns = tns.find() ? tns.group(1) : "urn:x";
            List<String> operations = new ArrayList<>();
            Matcher op = Pattern.compile("<wsdl:operation name=\"(\\w+)\"").matcher(wsdl);
            while (op.find()) {
                if (!operations.contains(op.group(1))) {
                    operations.add(op.group(1));
                }
            }
            String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:p=\"" + ns + "\">"
                    + "<soapenv:Body>%s</soapenv:Body></soapenv:Envelope>";
            List<String> bodies = new ArrayList<>(List.of(
                    "not xml at all",
                    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>",
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + envelope.formatted("<p:x>&e;</p:x>"),
                    "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                            + envelope.formatted("<p:x>&lol2;</p:x>"),
                    envelope.formatted(""),
                    envelope.formatted("<p:noSuchOperation/>"),
                    "<x/>"));
            for (String o : operations) {
                bodies.add(envelope.formatted("<p:" + o + "/>"));
                bodies.add(envelope.formatted("<p:" + o + "><year>abc</year><code>" + "c".repeat(300) + "</code><id>x</id><nodeId>-1</nodeId>"
                        + "<idNumber>1</idNumber><accept>maybe</accept><date>ffff</date></p:" + o + ">"));
                bodies.add(envelope.formatted("<p:" + o + "><code>" + "c".repeat(200_000) + "</code></p:" + o + ">"));
                bodies.add(envelope.formatted("<p:" + o + "><arg0><x>" + "<y>".repeat(500) + "</y>".repeat(500) + "</x></arg0></p:" + o + ">"));
            }
            for (String body : bodies) {
                for (String user : List.of("office", "village")) {
                    requests++;
                    Http.Response r = soapCall(service, user, body);
                    String what = "SOAP " + service + " " + snippet(body.length() > 120 ? body.substring(0, 120) : body);
                    if (r.status() == 200) {
                        continue;
                    }
                    if (!r.body().contains("<faultcode>soap:Client<") && !r.body().contains("<faultcode>soap:VersionMismatch<")) {
                        failures.add(what + " -> " + r.status() + " not a soap:Client fault: " + snippet(r.body()));
                    } else if (EXCEPTION_TEXT.matcher(r.body()).find()) {
                        failures.add(what + " -> exception text: " + snippet(r.body()));
                    } else if (r.body().length() > MAX_ERROR_BODY) {
                        failures.add(what + " -> echoes " + r.body().length() + " characters");
                    }
                }
            }
        }
    }

    private Http.Response soapCall(String service, String user, String envelope) {
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PortalOptions.httpPort() + "/soap/" + service))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", basic(user)).header("Content-Type", "text/xml; charset=UTF-8")
                    .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Http.Response(599, "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
