package vn.newsroom.bench.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The service, reached only through its public API as any caller would: bodies in through the bulk upload, queries
 * through {@code GET /api/v1/search}. It should keep its index for the benchmark alone (scripts/relevance starts it with
 * an alias of its own and drops that index afterwards).
 */
final class ServiceEngine implements SearchEngine {

    private static final int BATCH = 1000;

    private final Http http;
    private final URI base;
    private final String name;
    private final String extraParameters;

    /** @param extraParameters appended to every search, e.g. {@code match=all}; empty for the defaults */
    ServiceEngine(Http http, URI base, String name, String extraParameters) {
        this.http = http;
        this.base = base;
        this.name = name;
        this.extraParameters = extraParameters;
    }

    @Override
    public String name() {
        return name;
    }

    /** Uploads the bodies (no headline, no summary); returns the id the service gave each, in order. */
    List<String> ingest(List<CorpusArticle> articles) throws IOException {
        List<String> ids = new ArrayList<>(articles.size());
        for (int from = 0; from < articles.size(); from += BATCH) {
            StringBuilder ndjson = new StringBuilder();
            for (CorpusArticle article : articles.subList(from, Math.min(from + BATCH, articles.size()))) {
                ObjectNode item = Http.JSON.createObjectNode().put("body", article.body());
                ndjson.append(Http.JSON.writeValueAsString(item)).append('\n');
            }
            JsonNode report = http.send("POST", base.resolve("/api/v1/documents/bulk"), "application/x-ndjson",
                    ndjson.toString());
            for (JsonNode item : report.path("items")) {
                if ("failed".equals(item.path("status").asText())) {
                    throw new IOException("the service refused article " + (from + item.path("index").asInt()) + ": "
                            + item.path("error").asText());
                }
                ids.add(item.path("id").asText());
            }
        }
        JsonNode all = http.get(base.resolve("/api/v1/search?size=1&facets=none"));
        long stored = all.path("total").asLong();
        // the service counts exactly up to 10,000 articles; beyond, only an index of its own keeps others out
        if (all.path("totalExact").asBoolean() && stored != ids.stream().distinct().count()) {
            // other articles would be distractors the baselines do not have
            throw new IllegalStateException(name + " holds " + stored + " articles, not the "
                    + ids.stream().distinct().count() + " just uploaded: give the benchmark an index of its own");
        }
        return ids;
    }

    /**
     * Waits until the service has learned its spelling with all {@code articles} in its index (its
     * {@code spelling-model} check on the management port, {@code /q/health/well}), so that unmarked queries are
     * measured with it, as in production once the service has seen its articles.
     */
    void awaitSpelling(URI management, long articles) throws IOException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            for (JsonNode check : http.get(management.resolve("/q/health/well")).path("checks")) {
                if ("spelling-model".equals(check.path("name").asText())
                        && check.path("data").path("indexed").asLong() >= articles) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(name + " did not learn the spelling of " + articles + " articles in 2 minutes");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    @Override
    public Ranked search(String query) throws IOException {
        String parameters = "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=" + DEPTH
                + "&facets=none&sort=relevance" + (extraParameters.isEmpty() ? "" : "&" + extraParameters);
        JsonNode page = http.get(base.resolve("/api/v1/search?" + parameters));
        List<String> ids = new ArrayList<>();
        page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        return new Ranked(ids, page.path("total").asLong(), page.path("tookMs").asLong());
    }
}
