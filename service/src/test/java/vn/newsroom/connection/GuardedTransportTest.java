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
import java.util.function.IntPredicate;
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
    void aReadNoNodeAnsweredIsAskedAgainOfTheOtherNodes() throws IOException {
        NodesThatTimeOut twoStuck = new NodesThatTimeOut(2);
        assertEquals("answer", transport(twoStuck, 3)
                .performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        assertEquals(3, twoStuck.calls.get());
    }

    @Test
    void aReadIsAskedNoMoreTimesThanThereAreNodesNorMoreThanThrice() {
        NodesThatTimeOut single = new NodesThatTimeOut(1);
        assertThrows(SocketTimeoutException.class, () -> transport(single, 1)
                .performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        assertEquals(1, single.calls.get());

        NodesThatTimeOut allStuck = new NodesThatTimeOut(5);
        assertThrows(SocketTimeoutException.class, () -> transport(allStuck, 3)
                .performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        assertEquals(3, allStuck.calls.get());

        NodesThatTimeOut manyStuck = new NodesThatTimeOut(5);
        assertThrows(SocketTimeoutException.class, () -> transport(manyStuck, 5)
                .performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        assertEquals(3, manyStuck.calls.get(), "three deadlines at most, however many nodes");
    }

    @Test
    void readsThatAnotherNodeAnsweredDoNotOpenTheBreaker() throws IOException {
        // one node of three stuck: every other call times out, and every read is answered on its second attempt
        NodesThatTimeOut oneStuck = new NodesThatTimeOut(call -> call % 2 == 1);
        GuardedTransport transport = transport(oneStuck, 3);
        for (int read = 0; read < 6; read++) {
            assertEquals("answer", transport.performRequest(SEARCH, SearchRequest._ENDPOINT, null));
        }
        assertEquals(12, oneStuck.calls.get());
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

    /** The calls {@code timesOut} picks by number (from 1) time out; the others answer. */
    private static final class NodesThatTimeOut implements ElasticsearchTransport {

        private final IntPredicate timesOut;
        private final AtomicInteger calls = new AtomicInteger();

        /** The first {@code timeouts} calls time out. */
        NodesThatTimeOut(int timeouts) {
            this(call -> call <= timeouts);
        }

        NodesThatTimeOut(IntPredicate timesOut) {
            this.timesOut = timesOut;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
                Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
            if (timesOut.test(calls.incrementAndGet())) {
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
