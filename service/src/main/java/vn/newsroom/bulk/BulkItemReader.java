package vn.newsroom.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.documents.ArticleInputReader;
import vn.newsroom.documents.InvalidDocumentException;

/**
 * Reads a bulk upload one item at a time as it streams in: NDJSON (one article a line) or a JSON array. A bad NDJSON
 * line fails alone; a syntax error inside an array leaves the rest unreadable, so that item fails and reading stops.
 */
@ApplicationScoped
class BulkItemReader {

    static final String NDJSON = "application/x-ndjson";

    /** Receives each item, in order, as soon as it is read. */
    interface Sink {
        void accept(int index, ArticleInput input);

        void refuse(int index, InvalidDocumentException reason);
    }

    private final ObjectMapper json;
    private final ArticleInputReader articles;

    BulkItemReader(ObjectMapper json, ArticleInputReader articles) {
        this.json = json;
        this.articles = articles;
    }

    /** @param ndjson whether the body is NDJSON rather than a JSON array */
    void read(InputStream body, boolean ndjson, Sink sink) {
        try {
            int items = ndjson ? readLines(body, sink) : readArray(body, sink);
            if (items == 0) {
                throw InvalidDocumentException.unreadable("The request body holds no articles.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the request body failed", e);
        }
    }

    private int readLines(InputStream body, Sink sink) throws IOException {
        var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        int index = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                String item = line;
                offer(index++, () -> articles.read(item), sink);
            }
        }
        return index;
    }

    private static void offer(int index, Supplier<ArticleInput> read, Sink sink) {
        ArticleInput input;
        try {
            input = read.get();
        } catch (InvalidDocumentException e) {
            sink.refuse(index, e);
            return;
        }
        sink.accept(index, input);
    }

    private int readArray(InputStream body, Sink sink) throws IOException {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return 0;
            }
            if (first != JsonToken.START_ARRAY) {
                throw InvalidDocumentException.unreadable("A JSON bulk upload is an array of articles; for one article"
                        + " a line, send " + NDJSON + ".");
            }
            int index = 0;
            while (true) {
                JsonNode item;
                try {
                    if (parser.nextToken() == JsonToken.END_ARRAY) {
                        return index;
                    }
                    item = parser.readValueAsTree();
                } catch (JsonProcessingException e) {
                    sink.refuse(index, InvalidDocumentException.unreadable("Malformed JSON: " + e.getOriginalMessage()
                            + "; the rest of the array cannot be read."));
                    return index + 1;
                }
                JsonNode tree = item;
                offer(index++, () -> articles.read(tree), sink);
            }
        }
    }
}
