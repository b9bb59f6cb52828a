package vn.sangkien.platform.audit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells the audit log through which channel the request it serves came ({@link Channel#current}). */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class RequestChannel extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Channel.serve(Channel.ofPath(request.getRequestURI().substring(request.getContextPath().length())));
        try {
            chain.doFilter(request, response);
        } finally {
            Channel.served();
        }
    }
}
