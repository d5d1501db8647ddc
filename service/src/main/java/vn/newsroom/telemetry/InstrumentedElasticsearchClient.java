package vn.newsroom.telemetry;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;

/**
 * The Elasticsearch client everyone injects: the extension's own (same low-level client, same JSON mapper), plus
 * {@link ElasticsearchCallTelemetry} and {@link RequestIdHeader}, which the extension offers no hook for.
 */
public class InstrumentedElasticsearchClient {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ElasticsearchClient client(RestClient restClient, ObjectMapper objectMapper, ElasticsearchCallTelemetry telemetry) {
        return new ElasticsearchClient(new Transport(restClient, new JacksonJsonpMapper(objectMapper), null, telemetry));
    }

    /** The client's RestClientTransport, except that its HTTP client cannot be replaced there. */
    private static final class Transport extends ElasticsearchTransportBase {

        private final RestClient restClient;

        Transport(RestClient restClient, JsonpMapper mapper, TransportOptions options, Instrumentation instrumentation) {
            super(new RequestIdHeader(new RestClientHttpClient(restClient)), options, mapper, instrumentation);
            this.restClient = restClient;
        }

        @Override
        public co.elastic.clients.transport.Transport withOptions(TransportOptions options) {
            return new Transport(restClient, mapper, options, instrumentation);
        }
    }
}
