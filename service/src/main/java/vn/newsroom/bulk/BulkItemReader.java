package vn.newsroom.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.documents.ArticleInputReader;
import vn.newsroom.documents.InvalidDocumentException;

/**
 * Reads a bulk upload one item at a time as it streams in: NDJSON (one article a line) or a JSON array. A bad NDJSON
 * line fails alone; a syntax error inside an array leaves the rest unreadable, so that item fails and reading stops.
 * Each item is handed on as soon as its last byte has arrived, never held back until more of the body comes.
 */
@ApplicationScoped
class BulkItemReader {

    static final String NDJSON = "application/x-ndjson";
    private static final int CHUNK = 64 * 1024;

    /** Receives each item, in order, as soon as it is read. */
    interface Sink {
        /** @param bytes the item's size in the upload */
        void accept(int index, ArticleInput input, long bytes);

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

    /** Splits bytes on '\n' itself: a decoding reader may wait to fill its buffer before it returns a line. */
    private int readLines(InputStream body, Sink sink) throws IOException {
        byte[] chunk = new byte[CHUNK];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int index = 0;
        for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    line.write(chunk, start, i - start);
                    index = offerLine(index, line.toByteArray(), sink);
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(chunk, start, n - start);
        }
        return offerLine(index, line.toByteArray(), sink);
    }

    /** @return the index of the next item: blank lines are no items */
    private int offerLine(int index, byte[] line, Sink sink) {
        for (byte b : line) {
            if (!Character.isWhitespace(b)) {
                offer(index, () -> articles.read(line), line.length, sink);
                return index + 1;
            }
        }
        return index;
    }

    private static void offer(int index, Supplier<ArticleInput> read, long bytes, Sink sink) {
        ArticleInput input;
        try {
            input = read.get();
        } catch (InvalidDocumentException e) {
            sink.refuse(index, e);
            return;
        }
        sink.accept(index, input, bytes);
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
                long start;
                try {
                    if (parser.nextToken() == JsonToken.END_ARRAY) {
                        return index;
                    }
                    start = parser.currentTokenLocation().getByteOffset();
                    item = parser.readValueAsTree();
                } catch (JsonProcessingException e) {
                    sink.refuse(index, InvalidDocumentException.unreadable("Malformed JSON: " + e.getOriginalMessage()
                            + "; the rest of the array cannot be read."));
                    return index + 1;
                }
                JsonNode tree = item;
                offer(index++, () -> articles.read(tree), parser.currentLocation().getByteOffset() - start, sink);
            }
        }
    }
}
