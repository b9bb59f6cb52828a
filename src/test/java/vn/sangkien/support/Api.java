package vn.sangkien.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A small black-box HTTP client for the REST API: Basic credentials per client, JSON bodies (JSON-P),
 * Accept-Language, and a {@link Response} that keeps status, headers and the raw body.
 *
 * <p>Immutable: {@link #as(String, String)}, {@link #anonymous()} and {@link #lang(String)} return
 * new clients. Every response is checked for the invariant "never a 5xx" unless the client was made
 * with {@link #allowServerErrors()} (health polling during start-up).
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String root;
    private final String user;
    private final String password;
    private final String language;
    private final boolean allowServerErrors;
    private final Map<String, String> extraHeaders;

    private Api(String root, String user, String password, String language, boolean allowServerErrors,
                Map<String, String> extraHeaders) {
        this.root = root;
        this.user = user;
        this.password = password;
        this.language = language;
        this.allowServerErrors = allowServerErrors;
        this.extraHeaders = extraHeaders;
    }

    /** A client for the application deployed at {@code base} (its context root), anonymous. */
    public static Api at(URL base) {
        return at(base.toString());
    }

    public static Api at(String base) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new Api(b, null, null, null, false, Map.of());
    }

    public Api as(String user, String password) {
        return new Api(root, user, password, language, allowServerErrors, extraHeaders);
    }

    public Api anonymous() {
        return new Api(root, null, null, language, allowServerErrors, extraHeaders);
    }

    public Api lang(String acceptLanguage) {
        return new Api(root, user, password, acceptLanguage, allowServerErrors, extraHeaders);
    }

    public Api allowServerErrors() {
        return new Api(root, user, password, language, true, extraHeaders);
    }

    /** A client that sends this header with every request (X-Forwarded-For, say). */
    public Api withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new Api(root, user, password, language, allowServerErrors, Map.copyOf(headers));
    }

    public String root() {
        return root;
    }

    public String user() {
        return user;
    }

    // ---------------------------------------------------------------- requests

    /** {@code path} is relative to the context root ("/health") or to the API ("organizations/X" → /api/v1/...). */
    public String url(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        if (path.startsWith("/")) {
            return root + path;
        }
        return root + "/api/v1/" + path;
    }

    public Response get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Response post(String path, JsonValue body) {
        return send("POST", path, body.toString(), "application/json", Map.of());
    }

    public Response post(String path, String rawBody, String contentType) {
        return send("POST", path, rawBody, contentType, Map.of());
    }

    public Response put(String path, JsonValue body) {
        return send("PUT", path, body.toString(), "application/json", Map.of());
    }

    public Response put(String path, JsonValue body, String ifMatch) {
        return send("PUT", path, body.toString(), "application/json",
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Response send(String method, String path, String body, String contentType, Map<String, String> headers) {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, headers);
    }

    public Response sendBytes(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        extraHeaders.forEach(b::header);
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpRequest request = b.build();
        HttpResponse<byte[]> r;
        try {
            r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Response response = new Response(method, request.uri().toString(), r.statusCode(), r.headers(), r.body());
        if (!allowServerErrors && response.status() >= 500) {
            fail("Server error (never allowed): " + response);
        }
        return response;
    }

    // ---------------------------------------------------------------- helpers

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** "?a=b&c=d" from pairs, skipping null values. */
    public static String query(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                continue;
            }
            sb.append(sb.length() == 0 ? '?' : '&').append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
        }
        return sb.toString();
    }

    /** The response of one request. */
    public static final class Response {
        private final String method;
        private final String uri;
        private final int status;
        private final HttpHeaders headers;
        private final byte[] body;
        private JsonValue json;
        private boolean parsed;

        Response(String method, String uri, int status, HttpHeaders headers, byte[] body) {
            this.method = method;
            this.uri = uri;
            this.status = status;
            this.headers = headers;
            this.body = body == null ? new byte[0] : body;
        }

        public int status() {
            return status;
        }

        public HttpHeaders headers() {
            return headers;
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public byte[] bytes() {
            return body;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The body as JSON, or null when it is not JSON. */
        public JsonValue jsonValue() {
            if (!parsed) {
                parsed = true;
                try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                    JsonStructure s = reader.read();
                    json = s;
                } catch (RuntimeException e) {
                    json = null;
                }
            }
            return json;
        }

        public JsonObject json() {
            JsonValue v = jsonValue();
            if (!(v instanceof JsonObject)) {
                fail("Expected a JSON object from " + this);
            }
            return (JsonObject) v;
        }

        /** The {@code items} of a list answer (or the body itself when it is a JSON array). */
        public List<JsonObject> items() {
            JsonValue v = jsonValue();
            JsonArray a;
            if (v instanceof JsonArray arr) {
                a = arr;
            } else if (v instanceof JsonObject o && o.get("items") instanceof JsonArray arr) {
                a = arr;
            } else {
                fail("Expected a list ({items: [...]}) from " + this);
                return List.of();
            }
            List<JsonObject> out = new ArrayList<>();
            for (JsonValue item : a) {
                out.add(item.asJsonObject());
            }
            return out;
        }

        public String string(String member) {
            JsonObject o = json();
            return o.containsKey(member) && o.get(member).getValueType() == JsonValue.ValueType.STRING
                    ? o.getString(member) : null;
        }

        public long number(String member) {
            JsonObject o = json();
            assertTrue(o.containsKey(member) && o.get(member).getValueType() == JsonValue.ValueType.NUMBER,
                    "number member " + member + " in " + this);
            return o.getJsonNumber(member).longValue();
        }

        /** Asserts the status; for an error status also the problem+json shape (Errors of docs/api.md). */
        public Response expect(int expected) {
            assertEquals(expected, status, () -> "status of " + this);
            if (status >= 400) {
                assertProblem();
            }
            return this;
        }

        /** Asserts the status is one of those given. */
        public Response expectOneOf(int... expected) {
            boolean ok = false;
            for (int e : expected) {
                ok |= e == status;
            }
            final boolean fine = ok;
            assertTrue(fine, () -> "status of " + this + " should be one of " + java.util.Arrays.toString(expected));
            if (status >= 400) {
                assertProblem();
            }
            return this;
        }

        /** application/problem+json with status and title (RFC 9457). */
        public Response assertProblem() {
            String ct = contentType().toLowerCase(Locale.ROOT);
            assertTrue(ct.startsWith("application/problem+json"),
                    () -> "Content-Type of an error must be application/problem+json: " + this);
            JsonValue v = jsonValue();
            assertTrue(v instanceof JsonObject, () -> "problem body must be a JSON object: " + this);
            JsonObject p = (JsonObject) v;
            assertTrue(p.containsKey("status") && p.get("status").getValueType() == JsonValue.ValueType.NUMBER,
                    () -> "problem must have a numeric status: " + this);
            assertEquals(status, p.getInt("status"), () -> "problem status equals HTTP status: " + this);
            assertTrue(p.containsKey("title") && p.get("title").getValueType() == JsonValue.ValueType.STRING
                            && !p.getString("title").isBlank(),
                    () -> "problem must have a title: " + this);
            return this;
        }

        /** The fields named in {@code errors[].field} (empty when there are none). */
        public List<String> errorFields() {
            JsonValue v = jsonValue();
            List<String> out = new ArrayList<>();
            if (v instanceof JsonObject o && o.get("errors") instanceof JsonArray errors) {
                for (JsonValue e : errors) {
                    if (e instanceof JsonObject eo && eo.get("field") != null
                            && eo.get("field").getValueType() == JsonValue.ValueType.STRING) {
                        out.add(eo.getString("field"));
                    }
                }
            }
            return out;
        }

        /** Asserts a validation problem (400, or 422 which docs/api.md also allows) naming each field. */
        public Response expectInvalid(String... fields) {
            expectOneOf(400, 422);
            List<String> named = errorFields();
            for (String f : fields) {
                assertTrue(named.stream().anyMatch(n -> n.equals(f) || n.startsWith(f + ".") || n.startsWith(f + "[")),
                        () -> "errors should name field '" + f + "' (named: " + named + "): " + this);
            }
            return this;
        }

        /** Asserts a validation problem naming at least one of the given fields. */
        public Response expectInvalidAny(String... anyOf) {
            expectOneOf(400, 422);
            List<String> named = errorFields();
            boolean found = false;
            for (String f : anyOf) {
                found |= named.stream().anyMatch(n -> n.equals(f) || n.startsWith(f + ".") || n.startsWith(f + "["));
            }
            final boolean ok = found;
            assertTrue(ok, () -> "errors should name one of " + java.util.Arrays.toString(anyOf)
                    + " (named: " + named + "): " + this);
            return this;
        }

        public Response expectHeader(String name) {
            assertTrue(header(name).isPresent(), () -> "header " + name + " expected in " + this);
            return this;
        }

        public String etag() {
            return header("ETag").orElse(null);
        }

        public void assertNoPasswordEchoed(String password) {
            assertFalse(text().contains(password), () -> "the password must never be echoed: " + this);
            JsonValue v = jsonValue();
            if (v instanceof JsonObject o) {
                assertFalse(o.containsKey("password"), () -> "no password member: " + this);
            }
            assertNotNull(v);
        }

        @Override
        public String toString() {
            String t = text();
            if (t.length() > 1500) {
                t = t.substring(0, 1500) + "...(" + body.length + " bytes)";
            }
            Map<String, List<String>> h = new LinkedHashMap<>();
            for (String k : List.of("content-type", "location", "etag", "www-authenticate", "content-language")) {
                headers.map().forEach((name, values) -> {
                    if (name.equalsIgnoreCase(k)) {
                        h.put(name, values);
                    }
                });
            }
            return method + " " + uri + " -> " + status + " " + h + " " + t;
        }
    }
}
