package vn.newsroom.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what HTTP clients refuse to send: oversized lines and headers, bodies shorter
 * than their Content-Length, broken chunked framing, clients that stall.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** A connection to the service under test; reads give up after {@code readTimeoutMillis}. */
    public static RawHttp connect(int readTimeoutMillis) throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(readTimeoutMillis);
        return new RawHttp(socket);
    }

    public RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    public RawHttp send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    /** Whether the service has sent anything yet, without waiting. */
    public boolean answered() throws IOException {
        return socket.getInputStream().available() > 0;
    }

    /** The response: status line, headers and the body of its Content-Length (or up to the connection's close). */
    public Response read() throws IOException {
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String length = headers.get("content-length");
        byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed before a response: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A response as received; header names in lower case. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
