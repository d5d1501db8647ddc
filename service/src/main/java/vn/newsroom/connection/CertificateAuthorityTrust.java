package vn.newsroom.connection;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Trusts the cluster's own certificate authority when one is configured: clusters such as ECK's sign their HTTP
 * certificates with a private CA that no JVM trusts. The Quarkus extension has no setting for this.
 */
@ElasticsearchClientConfig
@ApplicationScoped
public class CertificateAuthorityTrust implements RestClientBuilder.HttpClientConfigCallback {

    private final ConnectionConfig config;

    CertificateAuthorityTrust(ConnectionConfig config) {
        this.config = config;
    }

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        config.caCertificate().ifPresent(pem -> builder.setSSLContext(trusting(pem)));
        return builder;
    }

    /** An SSL context that trusts exactly the certificates in the PEM file; fails start-up loudly if it can't. */
    static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> authorities = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (authorities.isEmpty()) {
                throw new IllegalStateException("No certificate in " + pem);
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate authority : authorities) {
                trusted.setCertificateEntry("elasticsearch-ca-" + n++, authority);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot trust the Elasticsearch CA certificate in " + pem + ": " + e.getMessage(), e);
        }
    }
}
