package vn.sangkien.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.Messages;
import vn.sangkien.platform.rest.ProblemMapper;

/**
 * The answer while the application cannot serve (starting, stopping, its database stalled): 503
 * with {@code Retry-After}, as problem+json under {@code /api/} and as a small page of its own
 * elsewhere (the console's pages may not be able to render then). Nothing was done.
 */
public final class ServiceUnavailable {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="UTF-8"><title>Sáng kiến — tạm thời chưa sẵn sàng</title></head>
            <body><main><h1>Hệ thống tạm thời chưa sẵn sàng</h1>
            <p>Hệ thống đang khởi động, dừng hoặc chờ cơ sở dữ liệu. Hãy thử lại sau ít giây.</p>
            <p lang="en">The system is starting, stopping or waiting for its database. Try again in a few seconds.</p>
            </main></body></html>
            """;

    private ServiceUnavailable() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        try {
            response.reset();
            SecurityHeaders.apply(request, response);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                ProblemMapper.send(ProblemMapper.toResponse(
                        new BusinessException(BusinessException.Kind.UNAVAILABLE, "problem.unavailable"),
                        Messages.localeOf(request.getHeader("Accept-Language"))), response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", ProblemMapper.RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The client went away.
        }
    }
}
