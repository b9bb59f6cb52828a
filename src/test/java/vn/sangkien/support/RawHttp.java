package vn.sangkien.support;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-written HTTP/1.1 over a plain socket, for the requests that {@link java.net.http.HttpClient}
 * refuses to send: control characters or bytes above 0x7F in header values, a request target that
 * is not a valid URI ({@code %} alone), or exactly the headers given and no others.
 *
 * <p>A request is written as given: the request line and each header line are encoded as
 * ISO-8859-1, so that every char 0–255 becomes the byte of that value. {@code Host},
 * {@code Content-Length} (when there is a body) and {@code Connection: close} are added unless the
 * caller gave them. The response is read until the connection closes (or its length is reached),
 * chunked bodies are decoded.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** One header line as sent: name and value, either may hold any char 0–255. */
    public record Header(String name, String value) {
    }

    /** A response as read from the socket. */
    public record Response(int status, String statusLine, List<Header> headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The bytes of a request: request line, headers (with Host, Content-Length, Connection added), body. */
    public static byte[] request(String method, String target, String host, List<Header> headers, byte[] body) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        boolean hasHost = false;
        boolean hasLength = false;
        boolean hasConnection = false;
        for (Header h : headers) {
            String n = h.name().toLowerCase(Locale.ROOT);
            hasHost |= n.equals("host");
            hasLength |= n.equals("content-length") || n.equals("transfer-encoding");
            hasConnection |= n.equals("connection");
        }
        if (!hasHost) {
            head.append("Host: ").append(host).append("\r\n");
        }
        for (Header h : headers) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        if (body != null && !hasLength) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (!hasConnection) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        byte[] h = latin1(head.toString());
        if (body == null) {
            return h;
        }
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** Sends the request bytes to host:port and reads the answer. */
    public static Response send(String host, int port, byte[] request, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException writeFailed) {
                // The server may answer and close before reading the whole body (413): read what it said.
                Response early = tryRead(in);
                if (early != null) {
                    return early;
                }
                throw writeFailed;
            }
            return read(in);
        }
    }

    /** Convenience: {@link #request} then {@link #send}. */
    public static Response send(String host, int port, String method, String target, List<Header> headers,
                                byte[] body, int timeoutMillis) throws IOException {
        return send(host, port, request(method, target, host + ":" + port, headers, body), timeoutMillis);
    }

    public static List<Header> headers(Map<String, String> map) {
        List<Header> list = new ArrayList<>();
        map.forEach((k, v) -> list.add(new Header(k, v)));
        return list;
    }

    public static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b[i] = (byte) (c <= 0xFF ? c : '?');
        }
        return b;
    }

    private static Response tryRead(InputStream in) {
        try {
            return read(in);
        } catch (IOException e) {
            return null;
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new EOFException("connection closed without a status line");
        }
        // an interim 100 Continue: skip it and its blank line
        while (statusLine.startsWith("HTTP/1.1 100") || statusLine.startsWith("HTTP/1.0 100")) {
            String l;
            while ((l = line(in)) != null && !l.isEmpty()) {
                // skip
            }
            statusLine = line(in);
            if (statusLine == null) {
                throw new EOFException("connection closed after 100 Continue");
            }
        }
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        List<Header> headers = new ArrayList<>();
        String l;
        while ((l = line(in)) != null && !l.isEmpty()) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.add(new Header(l.substring(0, colon).strip(), l.substring(colon + 1).strip()));
            }
        }
        Response partial = new Response(status, statusLine, headers, new byte[0]);
        String te = partial.header("Transfer-Encoding").orElse("").toLowerCase(Locale.ROOT);
        byte[] body;
        if (te.contains("chunked")) {
            body = chunked(in);
        } else if (partial.header("Content-Length").isPresent()) {
            int length = Integer.parseInt(partial.header("Content-Length").get().strip());
            body = in.readNBytes(length);
        } else if (status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, statusLine, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                break;
            }
            int semicolon = size.indexOf(';');
            String hex = (semicolon >= 0 ? size.substring(0, semicolon) : size).strip();
            if (hex.isEmpty()) {
                continue;
            }
            int n = Integer.parseInt(hex, 16);
            if (n == 0) {
                String trailer;
                while ((trailer = line(in)) != null && !trailer.isEmpty()) {
                    // trailers are ignored
                }
                break;
            }
            out.write(in.readNBytes(n));
            line(in);
        }
        return out.toByteArray();
    }

    /** One line without its CRLF (ISO-8859-1), or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c == -1 && b.size() == 0) {
            return null;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
