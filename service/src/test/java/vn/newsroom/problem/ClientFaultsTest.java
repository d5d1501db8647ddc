package vn.newsroom.problem;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.CapturedLog;
import vn.newsroom.support.RawHttp;

/** A client that breaks its own request is the client's problem: no outage warning, no error with a stack trace. */
@QuarkusTest
class ClientFaultsTest {

    @Test
    void aBulkUploadWithBrokenChunkedFramingIsNoElasticsearchOutage() throws Exception {
        try (CapturedLog service = CapturedLog.of("vn.newsroom"); RawHttp http = RawHttp.connect(10_000)) {
            String line = "{\"title\": \"Tin ngắn\", \"text\": \"Một bài báo ngắn.\"}\n";
            int length = line.getBytes(StandardCharsets.UTF_8).length;
            http.send("POST /api/v1/documents/bulk HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(length) + "\r\n" + line + "\r\nzz\r\n");
            awaitEndOf(service, "/api/v1/documents/bulk");
            assertEquals(List.of(), faults(service));
        }
    }

    @Test
    void aSearchAbortedMidBodyIsNoElasticsearchOutage() throws Exception {
        try (CapturedLog service = CapturedLog.of("vn.newsroom")) {
            try (RawHttp http = RawHttp.connect(10_000)) {
                http.send("POST /api/v1/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 20000\r\n\r\n{\"q\": \"" + "a".repeat(12_000));
            }
            awaitEndOf(service, "/api/v1/search");
            assertEquals(List.of(), faults(service));
        }
    }

    /** Until the request is over: its access-log line, or the fault it caused. */
    private static void awaitEndOf(CapturedLog service, String path) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !faults(service).isEmpty()
                || service.messages(Level.INFO).stream().anyMatch(message -> message.contains("\"path\":\"" + path + "\"")));
    }

    /** Warnings and errors; access-log lines (JSON objects) are not faults. */
    private static List<String> faults(CapturedLog service) {
        return service.messages(Level.WARNING).stream().filter(message -> !message.startsWith("{")).toList();
    }
}
