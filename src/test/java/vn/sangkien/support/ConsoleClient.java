package vn.sangkien.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console as a browser without JavaScript sees it: a cookie jar, the login form posted with its
 * view state, pages fetched without following redirects. For the tests of sessions and headers that
 * need no rendering; the browser tests drive Chromium.
 */
public final class ConsoleClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce, which its script adds to every form it posts (and checks on a postback). */
    private static final Pattern NONCE = Pattern.compile("csp.init\\('([^']+)'");

    private final String root;
    private final HttpClient http;
    private final Map<String, String> headers;

    public ConsoleClient(String root) {
        this(root, Map.of());
    }

    /** A client that sends these headers with every request (X-Forwarded-Proto, say). */
    public ConsoleClient(String root, Map<String, String> headers) {
        this.headers = headers;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** GET of a console path ({@code /index.xhtml}). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    /**
     * Posts the login form; the answer is the redirect to the dashboard on success, the login page
     * with its message otherwise.
     */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no view state or nonce on the login page: " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        form.put("primefaces.nonce", nonce.group(1));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
