package vn.sangkien.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries: no content sniffing, no referrer beyond this origin, no
 * framing, and a Content-Security-Policy. The console's pages get their full policy, with the
 * script nonce, from PrimeFaces (web.xml); this one, which browsers apply as well, must therefore
 * hold nothing about scripts or styles. API answers refuse everything; they are data, never a page.
 * Set as a request starts (the authentication mechanism, which answers some requests itself, calls
 * it too) and again on the container's error pages, which start from a reset response.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
        asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final String PAGE_POLICY = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers (idempotent). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        if (request.isSecure()) {
            // Over HTTPS (or behind a proxy that says so): browsers keep to HTTPS for a year.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!path.startsWith("/jakarta.faces.resource/")) {
            // Pages and answers hold data of one user's scope: no browser or proxy keeps a copy.
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
