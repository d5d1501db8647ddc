package vn.newsroom.connection;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import io.smallrye.faulttolerance.api.Guard;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.ResponseException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The transport every Elasticsearch call goes through. It gives each call a deadline, so that a paused or stuck
 * cluster cannot hold a caller for the client's 30 s socket timeout, and puts a circuit breaker in front of the
 * cluster: once most recent calls failed to reach it, calls fail at once (503) instead of each waiting out its
 * deadline, and after {@link ConnectionConfig.Breaker#delay()} one call goes through to probe whether it is back.
 * Error answers of a cluster that is up (404, 409, 429, blocks...) are not failures to the breaker. With several
 * nodes, a read that no node answered in time is asked again of the next nodes, up to three attempts in all, each
 * with its own deadline.
 */
public final class GuardedTransport implements ElasticsearchTransport {

    /** Endpoints that write, and may wait for a refresh or for work on many documents. */
    private static final Set<String> WRITE_ENDPOINTS = Set.of("es/index", "es/delete", "es/bulk", "es/indices.refresh",
            "es/indices.create", "es/indices.delete", "es/indices.put_settings", "es/indices.update_aliases");

    /** Endpoints that only read, which may be asked again without changing anything. */
    private static final Set<String> READ_ENDPOINTS = Set.of("es/search", "es/msearch", "es/get", "es/mget",
            "es/count", "es/search_template");

    /** A read waits a deadline per attempt: a cluster that none of three nodes answers is down for this caller. */
    private static final int MAX_READ_ATTEMPTS = 3;

    private final ElasticsearchTransport delegate;
    private final int nodes;
    private final Guard breaker;
    private final RequestConfig deadline;
    private final RequestConfig writeDeadline;

    /** @param nodes how many nodes the client sends to, each in turn */
    public GuardedTransport(ElasticsearchTransport delegate, int nodes, ConnectionConfig config) {
        this(delegate, nodes, config, "elasticsearch");
    }

    /** @param breakerName unique in the application, which keeps one breaker per name */
    GuardedTransport(ElasticsearchTransport delegate, int nodes, ConnectionConfig config, String breakerName) {
        this.delegate = delegate;
        this.nodes = nodes;
        this.breaker = Guard.create()
                .withCircuitBreaker()
                .name(breakerName)
                .when(GuardedTransport::unanswered)
                .requestVolumeThreshold(config.breaker().requestVolume())
                .failureRatio(config.breaker().failureRatio())
                .delay(config.breaker().delay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .build();
        this.deadline = within(config.requestTimeout().toMillis());
        this.writeDeadline = within(config.writeTimeout().toMillis());
    }

    /**
     * No node answered in time (refused, reset, timed out). The low-level client reports the answers it is not told
     * to ignore (409, 429, 5xx) as a ResponseException: the cluster is there, so those do not open the breaker.
     */
    private static boolean unanswered(Throwable failure) {
        return failure instanceof IOException && !(failure instanceof ResponseException);
    }

    /** Connecting, waiting for a pooled connection and waiting for the answer each end at the deadline. */
    private static RequestConfig within(long millis) {
        int timeout = Math.toIntExact(millis);
        return RequestConfig.custom().setConnectTimeout(timeout).setConnectionRequestTimeout(timeout)
                .setSocketTimeout(timeout).build();
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        TransportOptions bounded = withDeadline(options, endpoint);
        int attempts = READ_ENDPOINTS.contains(endpoint.id()) ? Math.min(nodes, MAX_READ_ATTEMPTS) : 1;
        // the attempts are one call to the breaker: a read that another node answered is no sign of an outage
        return guarded(() -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return delegate.performRequest(request, endpoint, bounded);
                } catch (IOException e) {
                    // one node stuck (paused, cut off): a read asked again goes to the next node. A healthy node may
                    // have passed the search on to the stuck node's copy of a shard; by the next attempt the cluster
                    // steers shard requests away from the copy that has not answered
                    if (!unanswered(e) || attempt >= attempts) {
                        throw e;
                    }
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T guarded(Callable<T> call) throws IOException {
        try {
            return (T) breaker.call(call::call, Object.class);
        } catch (CircuitBreakerOpenException e) {
            throw new ElasticsearchUnavailableException(e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The service makes no asynchronous calls; were it to, they would get the deadline but not the breaker. */
    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        return delegate.performRequestAsync(request, endpoint, withDeadline(options, endpoint));
    }

    /** A caller that set its own request config (its own deadline) keeps it. */
    private TransportOptions withDeadline(TransportOptions options, Endpoint<?, ?, ?> endpoint) {
        RestClientOptions given = RestClientOptions.of(options != null ? options : delegate.options());
        if (given.restClientRequestOptions().getRequestConfig() != null) {
            return given;
        }
        RequestConfig config = WRITE_ENDPOINTS.contains(endpoint.id()) ? writeDeadline : deadline;
        return new RestClientOptions(given.restClientRequestOptions().toBuilder().setRequestConfig(config).build(),
                given.keepResponseBodyOnException(), given.retryConfig());
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return delegate.jsonpMapper();
    }

    @Override
    public TransportOptions options() {
        return delegate.options();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
