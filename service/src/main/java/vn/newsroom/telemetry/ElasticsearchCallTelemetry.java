package vn.newsroom.telemetry;

import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Times every Elasticsearch API call by endpoint ({@code search}, {@code bulk}, {@code count}...) and outcome. Hooked into the Java client's transport, so it sees calls that never got a
 * response (unreachable cluster, time-outs) as well as error responses.
 */
@Singleton
public class ElasticsearchCallTelemetry implements Instrumentation {

    static final String TIMER = "elasticsearch.client.requests";

    private final MeterRegistry registry;

    ElasticsearchCallTelemetry(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <T> Context newContext(T request, Endpoint<T, ?, ?> endpoint) {
        return new Call(endpoint.id(), System.nanoTime());
    }

    private final class Call implements Context {

        private final String endpoint;
        private final long started;
        private String status = "none";
        private String outcome = "success";

        Call(String endpoint, long started) {
            this.endpoint = endpoint;
            this.started = started;
        }

        @Override
        public ThreadScope makeCurrent() {
            return () -> {
            };
        }

        @Override
        public void beforeSendingHttpRequest(TransportHttpClient.Request request, TransportOptions options) {
            // Nothing to add: the request id travels in the call's options (RequestIdHeader).
        }

        @Override
        public void afterReceivingHttpResponse(TransportHttpClient.Response response) {
            status = Integer.toString(response.statusCode());
        }

        @Override
        public <R> void afterDecodingApiResponse(R response) {
            // Timed on close; the decoded response adds nothing to measure.
        }

        @Override
        public void recordException(Throwable failure) {
            outcome = "error";
        }

        @Override
        public void close() {
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
