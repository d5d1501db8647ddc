package vn.newsroom.connection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;
import vn.newsroom.telemetry.ElasticsearchCallTelemetry;
import vn.newsroom.telemetry.PerCallHeaders;

/**
 * The Elasticsearch client everyone injects: the extension's own (same low-level client, same JSON mapper), plus
 * {@link ElasticsearchCallTelemetry} and {@link PerCallHeaders}, which the extension offers no hook for, behind
 * {@link GuardedTransport}'s deadlines and circuit breaker.
 */
public class InstrumentedElasticsearchClient {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ElasticsearchClient client(RestClient restClient, ObjectMapper objectMapper, ElasticsearchCallTelemetry telemetry,
            OpenTelemetry openTelemetry, ConnectionConfig connection) {
        return new ElasticsearchClient(new GuardedTransport(new Transport(restClient,
                openTelemetry.getPropagators().getTextMapPropagator(), new JacksonJsonpMapper(objectMapper), null,
                telemetry), restClient.getNodes().size(), connection));
    }

    /** The client's RestClientTransport, except that its HTTP client cannot be replaced there. */
    private static final class Transport extends ElasticsearchTransportBase {

        private final RestClient restClient;
        private final TextMapPropagator propagator;

        Transport(RestClient restClient, TextMapPropagator propagator, JsonpMapper mapper, TransportOptions options,
                Instrumentation instrumentation) {
            super(new PerCallHeaders(new RestClientHttpClient(restClient), propagator), options, mapper, instrumentation);
            this.restClient = restClient;
            this.propagator = propagator;
        }

        @Override
        public co.elastic.clients.transport.Transport withOptions(TransportOptions options) {
            return new Transport(restClient, propagator, mapper, options, instrumentation);
        }
    }
}
