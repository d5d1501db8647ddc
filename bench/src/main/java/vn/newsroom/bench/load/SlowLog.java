package vn.newsroom.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.newsroom.bench.relevance.Http;

/**
 * The request bodies the service sent Elasticsearch, read back from Elasticsearch's search slow log (JSON lines) with
 * the query threshold at 0 ms: the bodies as Elasticsearch received them, whatever the service's code does, matched to
 * one service request by its X-Request-Id, which the service passes on as X-Opaque-Id.
 */
final class SlowLog {

    private final Path file;

    SlowLog(Path file) {
        this.file = file;
    }

    /**
     * The sources logged for {@code opaqueId}, in order, one per Elasticsearch search: every shard logs its part, so
     * only shard 0 counts, and a body sent twice shows twice.
     */
    List<String> sources(String opaqueId) throws IOException {
        List<String> sources = new ArrayList<>();
        if (!Files.exists(file)) {
            return sources;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.contains(opaqueId)) {
                continue;
            }
            JsonNode entry = Http.JSON.readTree(line);
            if (opaqueId.equals(entry.path("elasticsearch.slowlog.id").asText())
                    && entry.path("elasticsearch.slowlog.message").asText().endsWith("[0]")) {
                String source = entry.path("elasticsearch.slowlog.source").asText();
                // Elasticsearch escapes the source as JSON before its JSON layout escapes the line again
                sources.add(source.startsWith("{\\\"") ? Http.JSON.readValue('"' + source + '"', String.class) : source);
            }
        }
        return sources;
    }
}
