package vn.newsroom.connection;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Sends the configured user's credentials with every request, as one fixed header. The Apache client would otherwise
 * take them from an auth cache that hands out a copy of its scheme by Java deserialisation on every request, which
 * cost about a twentieth of the service's CPU per search; without credentials it did that work for nothing. Cookies,
 * which Elasticsearch does not use, are not kept either.
 */
@ElasticsearchClientConfig
@ApplicationScoped
public class PreemptiveCredentials implements RestClientBuilder.HttpClientConfigCallback {

    private final Optional<String> authorization;

    PreemptiveCredentials(@ConfigProperty(name = "quarkus.elasticsearch.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.elasticsearch.password") Optional<String> password) {
        this.authorization = username.map(user -> "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        builder.disableAuthCaching().disableCookieManagement();
        // the extension's credentials provider stays: a challenge for other credentials is still answered
        authorization.ifPresent(value -> builder.addInterceptorLast((HttpRequestInterceptor) (request, context) -> {
            if (!request.containsHeader(HttpHeaders.AUTHORIZATION)) {
                request.addHeader(HttpHeaders.AUTHORIZATION, value);
            }
        }));
        return builder;
    }
}
