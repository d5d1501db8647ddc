package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a user or a client bug sends, the answer is a result or a 4xx problem, never a server error: each string
 * goes to one search parameter, and to a POST search, a facet prefix or an autocomplete in turn.
 */
@QuarkusTest
class RandomInputTest {

    private static final int STRINGS = 1000;
    private static final long SEED = 20_261_123L;
    private static final List<String> PARAMETERS =
            List.of("q", "q", "q", "topic", "country", "from", "to", "source", "sort", "facets", "cursor");

    /** Pieces users and broken clients produce: query syntax, Vietnamese with composed and decomposed marks, noise. */
    private static final String[] PIECES = {
            "\"", "\"", "“", "”", "-", "--", " OR ", "OR", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "\\",
            "/", "&", "%", "+", "=", "<mark>", "</", "'", "`", ";", ",", ".", " ", "  ", "\t", "\n", "\r\n", "\u0000",
            "\u0001", "\u001f", "\u007f", "\u0085", "\u200b", "\u200f", "\ufeff", "\ufffd", "\ud83c\uddfb\ud83c\uddf3",
            "\ud800", "\udfff", "e\u0301", "o\u0302\u0300", "Lào", "lao", "Việt Nam", "viet nam", "Hội nghị", "Cấp cao",
            "bộ trưởng", "ngoại giao", "Myanmar", "ASEAN", "2024", "2024-01", "2024-13-45", "VN", "la", "0", "-1",
            "9999999999", "null", "{\"a\":1}", "%00", "%ZZ", "日本", "Ελλάδα", "עברית", "العربية", "ꙮ", "\u0301",
    };

    @Test
    void thousandRandomStringsAsQueryFilterAndPrefixValuesNeverCauseAServerError() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < STRINGS; i++) {
            String value = randomString(random);
            String parameter = PARAMETERS.get(random.nextInt(PARAMETERS.size()));
            int status = given().queryParam(parameter, value).get("/api/v1/search").statusCode();
            if (status >= 500) {
                failures.add("GET " + parameter + "=" + escape(value) + " -> " + status);
            }
            int other = switch (i % 4) {
                case 0 -> given().contentType(ContentType.JSON)
                        .body(Map.of("q", value, "filters", Map.of("source", List.of(value))))
                        .post("/api/v1/search").statusCode();
                case 1 -> given().queryParam("prefix", value).queryParam("q", value).get("/api/v1/facets/country")
                        .statusCode();
                case 2 -> given().queryParam("prefix", value).get("/api/v1/facets/month").statusCode();
                default -> given().queryParam("q", value).get("/api/v1/suggest").statusCode();
            };
            if (other >= 500) {
                failures.add("request " + i % 4 + " with " + escape(value) + " -> " + other);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Mostly short strings, one in ten long (up to 1,200 characters, beyond the 1,000 allowed for q). */
    private static String randomString(Random random) {
        int length = random.nextInt(10) == 0 ? 200 + random.nextInt(1000) : random.nextInt(12);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(switch (random.nextInt(3)) {
                case 0 -> PIECES[random.nextInt(PIECES.length)];
                case 1 -> Character.toString(random.nextInt(0x20, 0x7f));
                default -> Character.toString(random.nextInt(0x80, 0x3000));
            });
        }
        return text.toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }
}
