package vn.newsroom.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import vn.newsroom.article.ArticleInput;

/**
 * Reads {@link ArticleInput} from JSON. Unknown fields are refused rather than ignored, so a misspelt
 * {@code publishedDate} is reported instead of silently dropping the date.
 */
@ApplicationScoped
public class ArticleInputReader {

    private final ObjectReader reader;

    ArticleInputReader(ObjectMapper json) {
        this.reader = json.readerFor(ArticleInput.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ArticleInput read(byte[] json) {
        return parse(reader -> reader.readValue(json));
    }

    public ArticleInput read(String json) {
        return parse(reader -> reader.readValue(json));
    }

    public ArticleInput read(JsonNode json) {
        return parse(reader -> reader.readValue(json));
    }

    /** One source of JSON, read by the configured reader. */
    @FunctionalInterface
    private interface Source {
        ArticleInput readWith(ObjectReader reader) throws IOException;
    }

    private ArticleInput parse(Source source) {
        try {
            return nonNull(source.readWith(reader));
        } catch (IOException e) {
            throw refused(e);
        }
    }

    private static ArticleInput nonNull(ArticleInput input) {
        if (input == null) {
            throw InvalidDocumentException.unreadable("An article must be a JSON object, not null.");
        }
        return input;
    }

    /** Names the offending field where Jackson knows it, without Java class names in the message. */
    private static InvalidDocumentException refused(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return InvalidDocumentException.invalid(unknown.getPropertyName(), "is not a field of an article");
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return InvalidDocumentException.invalid(fieldOf(mismatch), "has the wrong JSON type");
        }
        if (e instanceof MismatchedInputException) {
            return InvalidDocumentException.unreadable("An article must be a JSON object.");
        }
        String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return InvalidDocumentException.unreadable("Malformed JSON: " + reason);
    }

    private static String fieldOf(JsonMappingException e) {
        JsonMappingException.Reference first = e.getPath().get(0);
        return first.getFieldName() != null ? first.getFieldName() : "[" + first.getIndex() + "]";
    }
}
