package vn.newsroom.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.newsroom.bench.relevance.CorpusArticle;
import vn.newsroom.bench.relevance.Http;

/**
 * Ingest through the service ({@code POST /api/v1/documents/bulk}) against plain {@code _bulk} of the documents the
 * service stored, read back from its index, into a second index with the same settings and mapping.
 */
final class Ingest {

    /** Settings Elasticsearch sets itself, or that would tie the copy to the original index. */
    private static final List<String> OWN_SETTINGS = List.of("uuid", "creation_date", "version", "provided_name",
            "routing", "history_uuid", "resize", "blocks");

    private final Http http = new Http();
    private final URI service;
    private final URI elasticsearch;

    Ingest(URI service, URI elasticsearch) {
        this.service = service;
        this.elasticsearch = elasticsearch;
    }

    /** What an upload through the service took, and the ids of the articles it stored. */
    record Upload(double seconds, List<String> ids) {
    }

    /**
     * Posts the articles in requests of {@code batch}, timed from the first request to the last answer. Articles the
     * service refuses are reported and left out: the comparison is over what it stored.
     */
    Upload throughService(List<CorpusArticle> articles, int batch) throws IOException {
        List<String> requests = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += batch) {
            StringBuilder ndjson = new StringBuilder();
            for (CorpusArticle article : articles.subList(from, Math.min(from + batch, articles.size()))) {
                ndjson.append(Http.JSON.writeValueAsString(Map.of("title", article.headline(), "body", article.body())))
                        .append('\n');
            }
            requests.add(ndjson.toString());
        }
        long started = System.nanoTime();
        List<JsonNode> reports = new ArrayList<>();
        for (String ndjson : requests) {
            reports.add(http.send("POST", service.resolve("/api/v1/documents/bulk"), "application/x-ndjson", ndjson));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> ids = new ArrayList<>();
        for (JsonNode report : reports) {
            for (JsonNode item : report.path("items")) {
                if (!"failed".equals(item.path("status").asText())) {
                    ids.add(item.path("id").asText());
                }
            }
        }
        if (ids.size() < articles.size()) {
            System.err.println("[bench] the service refused " + (articles.size() - ids.size()) + " of "
                    + articles.size() + " articles");
        }
        return new Upload(seconds, ids);
    }

    /** Creates the index {@code copy} with the settings and mapping of the index behind {@code alias}. */
    void createCopy(String alias, String copy) throws IOException {
        JsonNode settings = http.get(elasticsearch.resolve("/" + alias + "/_settings")).elements().next()
                .path("settings").path("index");
        ObjectNode index = settings.deepCopy();
        index.remove(OWN_SETTINGS);
        JsonNode mappings = http.get(elasticsearch.resolve("/" + alias + "/_mapping")).elements().next()
                .path("mappings");
        ObjectNode create = Http.JSON.createObjectNode();
        create.putObject("settings").set("index", index);
        create.set("mappings", mappings);
        http.send("PUT", elasticsearch.resolve("/" + copy), "application/json", create.toString());
    }

    /** The stored documents with these ids, read back from {@code alias}, as {@code _bulk} bodies of {@code batch}. */
    List<String> storedAsBulk(String alias, List<String> ids, int batch) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += batch) {
            ObjectNode mget = Http.JSON.createObjectNode();
            ids.subList(from, Math.min(from + batch, ids.size())).forEach(mget.putArray("ids")::add);
            StringBuilder body = new StringBuilder();
            for (JsonNode doc : http.send("POST", elasticsearch.resolve("/" + alias + "/_mget"), "application/json",
                    mget.toString()).path("docs")) {
                if (!doc.path("found").asBoolean()) {
                    throw new IOException("no stored document " + doc + " for " + mget);
                }
                ObjectNode action = Http.JSON.createObjectNode();
                action.putObject("index").put("_id", doc.path("_id").asText());
                body.append(action).append('\n').append(doc.path("_source")).append('\n');
            }
            bodies.add(body.toString());
        }
        return bodies;
    }

    /** Plain {@code _bulk} from one client, then one refresh; returns the seconds it all took. */
    double rawBulk(String index, List<String> bodies) throws IOException {
        long started = System.nanoTime();
        for (String body : bodies) {
            JsonNode answer = http.send("POST", elasticsearch.resolve("/" + index + "/_bulk"), "application/x-ndjson",
                    body);
            if (answer.path("errors").asBoolean()) {
                throw new IOException("_bulk into " + index + " failed: " + answer.toString().substring(0, 500));
            }
        }
        http.send("POST", elasticsearch.resolve("/" + index + "/_refresh"), "application/json", "");
        return (System.nanoTime() - started) / 1e9;
    }

    long count(String index) throws IOException {
        return http.get(elasticsearch.resolve("/" + index + "/_count")).path("count").asLong();
    }
}
