package vn.newsroom.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The plugin's components as the node under test builds them, through the REST API with bodies written as in
 * Elasticsearch's stable-analysis YAML tests: {@code POST _analyze} with inline definitions, and indices whose
 * analysis settings configure them, analysed with {@code POST <index>/_analyze}.
 */
final class NodeAnalysis {

    /** One token of an {@code _analyze} answer; offsets index the analysed text. */
    record Token(String term, int position, int start, int end, String type) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient elasticsearch;

    NodeAnalysis(RestClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** {@code POST _analyze} with this body: a tokenizer and filters by name or inline, and a {@code text}. */
    List<Token> analyze(Map<String, Object> body) throws IOException {
        return tokens(send("POST", "/_analyze", body));
    }

    /** A fresh index with these analysis settings, deleted on close. */
    TestIndex createIndex(String name, Map<String, Object> analysis) throws IOException {
        send("DELETE", "/" + name + "?ignore_unavailable=true", null);
        send("PUT", "/" + name, indexSettings(analysis));
        return new TestIndex(name);
    }

    /** The error Elasticsearch answers to creating an index with these analysis settings. */
    JsonNode refusedIndex(String name, Map<String, Object> analysis) throws IOException {
        try {
            send("PUT", "/" + name, indexSettings(analysis));
        } catch (ResponseException e) {
            return JSON.readTree(e.getResponse().getEntity().getContent());
        }
        send("DELETE", "/" + name, null);
        throw new AssertionError("Elasticsearch created " + name + " with " + analysis);
    }

    /** An index created for one test. */
    final class TestIndex implements AutoCloseable {

        private final String name;

        private TestIndex(String name) {
            this.name = name;
        }

        /** {@code POST <index>/_analyze} with an analyzer the index defines. */
        List<Token> analyze(String analyzer, String text) throws IOException {
            return tokens(send("POST", "/" + name + "/_analyze", Map.of("analyzer", analyzer, "text", text)));
        }

        @Override
        public void close() throws IOException {
            send("DELETE", "/" + name, null);
        }
    }

    static List<String> terms(List<Token> tokens) {
        return tokens.stream().map(Token::term).toList();
    }

    static List<Integer> positions(List<Token> tokens) {
        return tokens.stream().map(Token::position).toList();
    }

    /** The text each token's offsets point at. */
    static List<String> spans(List<Token> tokens, String text) {
        return tokens.stream().map(token -> text.substring(token.start(), token.end())).toList();
    }

    /** No replica: the single test node would stay yellow waiting for one. */
    private static Map<String, Object> indexSettings(Map<String, Object> analysis) {
        return Map.of("settings", Map.of("number_of_replicas", 0, "analysis", analysis));
    }

    private JsonNode send(String method, String path, Map<String, Object> body) throws IOException {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(JSON.writeValueAsString(body));
        }
        return JSON.readTree(elasticsearch.performRequest(request).getEntity().getContent());
    }

    private static List<Token> tokens(JsonNode answer) {
        List<Token> tokens = new ArrayList<>();
        answer.path("tokens").forEach(token -> tokens.add(new Token(token.path("token").asText(),
                token.path("position").asInt(), token.path("start_offset").asInt(), token.path("end_offset").asInt(),
                token.path("type").asText())));
        return tokens;
    }
}
