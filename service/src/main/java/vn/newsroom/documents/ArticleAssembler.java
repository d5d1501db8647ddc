package vn.newsroom.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Turns raw article text into the stored article. */
@ApplicationScoped
public class ArticleAssembler {

    private final Clock clock = Clock.systemUTC();

    public Article fromRawText(String id, String raw, String source, String sourceFile) {
        return new Article(id, null, raw.strip(), source, sourceFile, Instant.now(clock));
    }
}
