package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TracingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aSearchContinuesTheCallersTraceWithItsElasticsearchCallsAsChildSpans() {
        given().header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01").queryParam("q", "ASEAN")
                .get("/api/v1/search").then().statusCode(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> !ofTrace(SpanKind.SERVER).isEmpty());
        SpanData request = ofTrace(SpanKind.SERVER).getFirst();
        assertEquals(CALLER_SPAN, request.getParentSpanId());
        List<SpanData> calls = ofTrace(SpanKind.CLIENT);
        assertFalse(calls.isEmpty(), "no Elasticsearch call was traced");
        calls.forEach(call -> assertEquals(request.getSpanId(), call.getParentSpanId(), call.getName()));
        assertTrue(calls.stream().anyMatch(call -> call.getName().equals("es/search")), calls.toString());
    }

    private List<SpanData> ofTrace(SpanKind kind) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(TRACE) && span.getKind() == kind).toList();
    }
}
