package vn.newsroom.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import vn.newsroom.problem.InvalidParameterException;

/**
 * Cursors as URL-safe text: Base64url of a small JSON object. Anything that does not decode to one is a 400 naming
 * {@code cursor}, never a 500; a cursor is only valid with the query, filters and order it came from.
 */
@ApplicationScoped
class CursorCodec {

    /** The JSON form: sort values are plain JSON scalars. */
    private record Encoded(String pit, List<Object> after, String query, long seen, String spelling) {
    }

    private final ObjectMapper json;

    CursorCodec(ObjectMapper json) {
        this.json = json;
    }

    String encode(Cursor cursor) {
        try {
            Encoded encoded = new Encoded(cursor.pit(), cursor.after().stream().map(FieldValue::_get).toList(),
                    cursor.query(), cursor.seen(), cursor.spelling());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(encoded));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a cursor", e);
        }
    }

    /** Reads a cursor and checks that it belongs to {@code query} (see {@link #fingerprint}). */
    Cursor decode(String text, String query) {
        Encoded encoded;
        try {
            encoded = json.readValue(Base64.getUrlDecoder().decode(text.strip()), Encoded.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw malformed();
        }
        // after is empty for a relevance page of the live index, which has no sort values: the next page is at an offset
        if (encoded == null || encoded.after() == null || encoded.query() == null || encoded.seen() < 0) {
            throw malformed();
        }
        if (!encoded.query().equals(query)) {
            throw new InvalidParameterException("cursor", "This cursor belongs to another query: repeat the q, filters"
                    + " and sort of the request that returned it, or start again without cursor.");
        }
        return new Cursor(encoded.pit(), encoded.after().stream().map(CursorCodec::fieldValue).toList(), encoded.query(),
                encoded.seen(), encoded.spelling());
    }

    /** A short digest of what a cursor must be used with; any JSON-serialisable description of it will do. */
    String fingerprint(Object query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(query));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a query", e);
        }
    }

    private static FieldValue fieldValue(Object value) {
        return switch (value) {
            case null -> FieldValue.NULL;
            case Integer i -> FieldValue.of(i.longValue());
            case Long l -> FieldValue.of(l);
            case Double d -> FieldValue.of(d);
            case String s -> FieldValue.of(s);
            case Boolean b -> FieldValue.of(b);
            default -> throw malformed();
        };
    }

    private static InvalidParameterException malformed() {
        return new InvalidParameterException("cursor", "Not a cursor of this service: pass nextCursor unchanged.");
    }
}
