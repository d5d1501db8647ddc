package vn.newsroom.telemetry;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the current request's id to Elasticsearch as X-Opaque-Id, and the current span as traceparent. They go into
 * each call's own options: the request object the client builds shares one header map between all calls, so writing
 * to it corrupts concurrent ones.
 */
public final class PerCallHeaders implements TransportHttpClient {

    private static final String OPAQUE_ID = "X-Opaque-Id";

    private final TransportHttpClient delegate;
    private final TextMapPropagator propagator;

    public PerCallHeaders(TransportHttpClient delegate, TextMapPropagator propagator) {
        this.delegate = delegate;
        this.propagator = propagator;
    }

    @Override
    public TransportOptions createOptions(TransportOptions options) {
        return delegate.createOptions(options);
    }

    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
            throws IOException {
        return delegate.performRequest(endpointId, node, request, withRequestId(options));
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
            TransportOptions options) {
        return delegate.performRequestAsync(endpointId, node, request, withRequestId(options));
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    private TransportOptions withRequestId(TransportOptions options) {
        return options.with(builder -> {
            RequestId.current().ifPresent(id -> builder.setHeader(OPAQUE_ID, id));
            propagator.inject(Context.current(), builder, (headers, name, value) -> headers.setHeader(name, value));
        });
    }
}
