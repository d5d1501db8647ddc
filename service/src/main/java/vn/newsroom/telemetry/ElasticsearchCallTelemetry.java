package vn.newsroom.telemetry;

import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Times every Elasticsearch API call by endpoint ({@code search}, {@code bulk}, {@code count}...) and outcome, and
 * traces it as a client span, a child of the request's span. Hooked into the Java client's transport, so it sees
 * calls that never got a response (unreachable cluster, time-outs) as well as error responses.
 */
@Singleton
public class ElasticsearchCallTelemetry implements Instrumentation {

    static final String TIMER = "elasticsearch.client.requests";

    private final MeterRegistry registry;
    private final Tracer tracer;

    ElasticsearchCallTelemetry(MeterRegistry registry, Tracer tracer) {
        this.registry = registry;
        this.tracer = tracer;
    }

    @Override
    public <T> Context newContext(T request, Endpoint<T, ?, ?> endpoint) {
        Span span = tracer.spanBuilder(endpoint.id()).setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system", "elasticsearch").startSpan();
        return new Call(endpoint.id(), System.nanoTime(), span);
    }

    private final class Call implements Context {

        private final String endpoint;
        private final long started;
        private final Span span;
        private String status = "none";
        private String outcome = "success";

        Call(String endpoint, long started, Span span) {
            this.endpoint = endpoint;
            this.started = started;
            this.span = span;
        }

        /** The span is current while the call is sent, so that its traceparent goes with it (PerCallHeaders). */
        @Override
        public ThreadScope makeCurrent() {
            Scope scope = span.makeCurrent();
            return scope::close;
        }

        @Override
        public void beforeSendingHttpRequest(TransportHttpClient.Request request, TransportOptions options) {
            // Nothing to add: per-call headers travel in the call's options (PerCallHeaders).
        }

        @Override
        public void afterReceivingHttpResponse(TransportHttpClient.Response response) {
            status = Integer.toString(response.statusCode());
            span.setAttribute("http.response.status_code", response.statusCode());
        }

        @Override
        public <R> void afterDecodingApiResponse(R response) {
            // Timed on close; the decoded response adds nothing to measure.
        }

        @Override
        public void recordException(Throwable failure) {
            outcome = "error";
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }

        @Override
        public void close() {
            span.end();
            Timer.builder(TIMER)
                    .description("Elasticsearch API calls made by the service")
                    .tag("endpoint", endpoint)
                    .tag("outcome", outcome)
                    .tag("status", status)
                    .register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
