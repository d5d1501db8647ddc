package vn.newsroom.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.elastic.clients.elasticsearch.core.IndexRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.elasticsearch.client.RequestOptions;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Which calls are asked again when no node answered in time, against a fake transport; in the application because
 * the circuit breaker needs its fault tolerance runtime.
 */
@QuarkusTest
class GuardedTransportTest {

    private static final SearchRequest SEARCH = SearchRequest.of(search -> search.index("articles"));
    private static final IndexRequest<Object> WRITE = IndexRequest.of(index -> index.index("articles").document("x"));

    @Test
    void aReadNoNodeAnsweredIsAskedOnceMoreWhenThereAreOtherNodes() throws IOException {
        NodesThatTimeOut nodes = new NodesThatTimeOut(1);
        assertEquals("answer", transport(nodes, 3)
                .performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        assertEquals(2, nodes.calls.get());
    }

    @Test
    void aReadIsNotAskedAgainOfTheOnlyNodeNorMoreThanOnce() {
        NodesThatTimeOut single = new NodesThatTimeOut(1);
        assertThrows(SocketTimeoutException.class, () -> transport(single, 1)
                .performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        assertEquals(1, single.calls.get());

        NodesThatTimeOut allStuck = new NodesThatTimeOut(5);
        assertThrows(SocketTimeoutException.class, () -> transport(allStuck, 3)
                .performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        assertEquals(2, allStuck.calls.get());
    }

    @Test
    void aWriteIsNeverAskedAgain() {
        NodesThatTimeOut nodes = new NodesThatTimeOut(1);
        assertThrows(SocketTimeoutException.class, () -> transport(nodes, 3)
                .performRequest(WRITE, IndexRequest._ENDPOINT, null));
        assertEquals(1, nodes.calls.get());
    }

    private static GuardedTransport transport(ElasticsearchTransport nodes, int count) {
        return new GuardedTransport(nodes, count, new Defaults(), "test-" + UUID.randomUUID());
    }

    /** The first {@code timeouts} calls time out; later ones answer. */
    private static final class NodesThatTimeOut implements ElasticsearchTransport {

        private final int timeouts;
        private final AtomicInteger calls = new AtomicInteger();

        NodesThatTimeOut(int timeouts) {
            this.timeouts = timeouts;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
                Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
            if (calls.incrementAndGet() <= timeouts) {
                throw new SocketTimeoutException("3,000 milliseconds timeout");
            }
            return (ResponseT) "answer";
        }

        @Override
        public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
                Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonpMapper jsonpMapper() {
            return new JacksonJsonpMapper();
        }

        @Override
        public TransportOptions options() {
            return new RestClientOptions(RequestOptions.DEFAULT, false);
        }

        @Override
        public void close() {
        }
    }

    /** The documented defaults. */
    private static final class Defaults implements ConnectionConfig {

        @Override
        public Optional<Path> caCertificate() {
            return Optional.empty();
        }

        @Override
        public Duration requestTimeout() {
            return Duration.ofSeconds(3);
        }

        @Override
        public Duration writeTimeout() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration readinessTimeout() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Breaker breaker() {
            return new Breaker() {
                @Override
                public double failureRatio() {
                    return 0.5;
                }

                @Override
                public int requestVolume() {
                    return 4;
                }

                @Override
                public Duration delay() {
                    return Duration.ofSeconds(1);
                }
            };
        }
    }
}
