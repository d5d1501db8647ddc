package vn.newsroom.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Who may write. Environment: NEWS_SECURITY_API_KEY (keep it out of files that are committed). */
@ConfigMapping(prefix = "news.security")
public interface SecurityConfig {

    /**
     * The key that writes (document uploads and deletions, admin operations) must send in the {@value ApiKeyFilter#HEADER}
     * header. Unset: writes are open, as on a developer's machine. Reads never need it.
     */
    Optional<String> apiKey();
}
