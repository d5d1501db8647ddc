package vn.newsroom.security;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Checks the API key of {@link ApiKeyRequired} endpoints before their body is read. The sent key is compared in
 * constant time, through digests so that not even its length leaks; neither key is ever logged.
 */
@Provider
@ApiKeyRequired
public class ApiKeyFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-API-Key";

    /** Looked up per request: filters are built while the application starts, before runtime configuration. */
    private final Instance<SecurityConfig> config;

    ApiKeyFilter(Instance<SecurityConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> expected = config.get().apiKey().filter(key -> !key.isEmpty());
        if (expected.isEmpty()) {
            return;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null || !MessageDigest.isEqual(digest(expected.get()), digest(sent))) {
            throw new ApiKeyRejectedException(sent != null);
        }
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
