package vn.sangkien.integration.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caps a SOAP request's body at {@value #MAX_BYTES} bytes (500 initiatives fit): a larger declared
 * length is answered 413 at once; a body without one is cut off at the limit, and the fault says 413.
 */
@WebFilter(urlPatterns = "/soap/*")
public class SoapSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 4_000_000;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(new TooLarge().getMessage());
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new Limited(super.getInputStream());
                }
                return limited;
            }
        }, response);
    }

    /** Read past the limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("The request body exceeds " + MAX_BYTES + " bytes.");
        }
    }

    private static final class Limited extends ServletInputStream {

        private final ServletInputStream in;
        private long count;

        Limited(ServletInputStream in) {
            this.in = in;
        }

        private void count(long n) throws IOException {
            if (n > 0 && (count += n) > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
