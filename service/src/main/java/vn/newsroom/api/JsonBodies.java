package vn.newsroom.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.newsroom.problem.InvalidParameterException;

/**
 * Reads a JSON request body into a request type by hand. Needed where the type also carries query-parameter
 * annotations for GET: Quarkus REST then binds it from the query string, never from the body. Unknown properties are
 * rejected, so a misspelt field is a 400 instead of being silently ignored.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper json;
    private final Validator validator;

    JsonBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new InvalidParameterException("body", "The body must be a JSON object.");
        }
        T value;
        try {
            value = json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidParameterException(field(e), "Unknown property '" + e.getPropertyName() + "'; known: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
                    + ".");
        } catch (JsonMappingException e) {
            String field = field(e);
            throw new InvalidParameterException(field, field + " has the wrong type; the schema of the request body is in /q/openapi.");
        } catch (IOException e) {
            throw new InvalidParameterException("body", "The body cannot be read.");
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** The dotted path of the offending property, e.g. {@code filters.country}. */
    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull)
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }
}
