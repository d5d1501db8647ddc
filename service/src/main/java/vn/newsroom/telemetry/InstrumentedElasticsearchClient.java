package vn.newsroom.telemetry;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;
import vn.newsroom.connection.ConnectionConfig;
import vn.newsroom.connection.GuardedTransport;

/**
 * The Elasticsearch client everyone injects: the extension's own (same low-level client, same JSON mapper), plus
 * {@link ElasticsearchCallTelemetry}, which the extension offers no hook for, behind {@link GuardedTransport}'s
 * deadlines and circuit breaker.
 */
public class InstrumentedElasticsearchClient {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ElasticsearchClient client(RestClient restClient, ObjectMapper objectMapper, ElasticsearchCallTelemetry telemetry,
            ConnectionConfig connection) {
        return new ElasticsearchClient(new GuardedTransport(
                new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper), null, telemetry), connection));
    }
}
