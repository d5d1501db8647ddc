package vn.newsroom.connection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach Elasticsearch, and how long to wait for it. Host, protocol, credentials and API key are the
 * extension's QUARKUS_ELASTICSEARCH_* settings. Environment: NEWS_ELASTICSEARCH_CA_CERTIFICATE,
 * NEWS_ELASTICSEARCH_REQUEST_TIMEOUT, NEWS_ELASTICSEARCH_WRITE_TIMEOUT, NEWS_ELASTICSEARCH_READINESS_TIMEOUT,
 * NEWS_ELASTICSEARCH_BREAKER_FAILURE_RATIO, NEWS_ELASTICSEARCH_BREAKER_REQUEST_VOLUME, NEWS_ELASTICSEARCH_BREAKER_DELAY.
 */
@ConfigMapping(prefix = "news.elasticsearch")
public interface ConnectionConfig {

    /**
     * PEM file of the certificate authority that signed the cluster's HTTP certificate (ECK's
     * {@code <cluster>-es-http-certs-public} Secret, key {@code ca.crt}). Unset: the JVM's default trust store.
     */
    Optional<Path> caCertificate();

    /**
     * Deadline of each search, read and health call on one node: a paused or stuck node is given up after it (the next
     * node is tried, if any) and the caller gets 503 instead of waiting.
     */
    @WithDefault("3s")
    Duration requestTimeout();

    /**
     * Deadline of the calls that write, which wait for more work: articles (which wait for the next refresh), bulk
     * batches, refreshes, and creating, copying or moving indices. While Elasticsearch does not answer, the circuit
     * breaker fails most of them at once anyway.
     */
    @WithDefault("30s")
    Duration writeTimeout();

    /** How long the readiness probe waits for Elasticsearch before it answers DOWN. */
    @WithDefault("2s")
    Duration readinessTimeout();

    /** The circuit breaker in front of Elasticsearch. */
    Breaker breaker();

    interface Breaker {

        /**
         * Share of failed calls among the last {@link #requestVolume()} that opens it. A call fails when no node
         * answered in time; an error answer (404, 409, 429...) is an answer.
         */
        @WithDefault("0.5")
        double failureRatio();

        /** How many recent calls it judges by. */
        @WithDefault("4")
        int requestVolume();

        /** How long it fails calls at once before it lets one through to probe whether Elasticsearch is back. */
        @WithDefault("1s")
        Duration delay();
    }
}
