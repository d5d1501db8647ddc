package vn.newsroom.connection;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to trust an Elasticsearch served over HTTPS. Host, protocol, credentials and API key are the extension's
 * QUARKUS_ELASTICSEARCH_* settings. Environment: NEWS_ELASTICSEARCH_CA_CERTIFICATE.
 */
@ConfigMapping(prefix = "news.elasticsearch")
public interface ConnectionConfig {

    /**
     * PEM file of the certificate authority that signed the cluster's HTTP certificate (ECK's
     * {@code <cluster>-es-http-certs-public} Secret, key {@code ca.crt}). Unset: the JVM's default trust store.
     */
    Optional<Path> caCertificate();
}
