package vn.newsroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.newsroom.analysis.NodeAnalysis.positions;
import static vn.newsroom.analysis.NodeAnalysis.spans;
import static vn.newsroom.analysis.NodeAnalysis.terms;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/** {@code vi_tokenizer} in the node: {@code user_words} and {@code max_token_length}, inline and from index settings. */
@QuarkusTest
class TokenizerKeepsUserWordsWholeTest {

    private static final String TEXT = "Từ HÀ  NỘI đến Đông Nam Á";
    private static final List<String> USER_WORDS = List.of("hà nội", "đông nam á");

    @Inject
    RestClient elasticsearch;

    @Test
    void inlineUserWordsAreOneTokenEachSpanningTheOriginalText() throws Exception {
        var tokens = analysis().analyze(Map.of(
                "tokenizer", Map.of("type", "vi_tokenizer", "user_words", USER_WORDS),
                "text", TEXT));

        assertEquals(List.of("Từ", "HÀ  NỘI", "đến", "Đông Nam Á"), terms(tokens));
        assertEquals(terms(tokens), spans(tokens, TEXT), "offsets span the whole word, spaces inside included");
        assertEquals(List.of(0, 1, 2, 3), positions(tokens));
    }

    @Test
    void withoutUserWordsEverySyllableIsAToken() throws Exception {
        var tokens = analysis().analyze(Map.of("tokenizer", "vi_tokenizer", "text", TEXT));

        assertEquals(List.of("Từ", "HÀ", "NỘI", "đến", "Đông", "Nam", "Á"), terms(tokens));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), positions(tokens));
    }

    @Test
    void inlineMaxTokenLengthCutsLongerRunsIntoPieces() throws Exception {
        var tokens = analysis().analyze(Map.of(
                "tokenizer", Map.of("type", "vi_tokenizer", "max_token_length", 5),
                "text", "abcdefgh trưởng"));

        assertEquals(List.of("abcde", "fgh", "trưởn", "g"), terms(tokens));
        assertEquals(List.of(0, 1, 2, 3), positions(tokens));
        assertEquals(terms(tokens), spans(tokens, "abcdefgh trưởng"));
    }

    @Test
    void anIndexTokenizerWithUserWordsFeedsItsCustomAnalyzer() throws Exception {
        Map<String, Object> analysis = Map.of(
                "tokenizer", Map.of("vi_words", Map.of("type", "vi_tokenizer", "user_words", USER_WORDS,
                        "max_token_length", 12)),
                "analyzer", Map.of("headline", Map.of("type", "custom", "tokenizer", "vi_words",
                        "filter", List.of("vi_normalize"))));

        try (var index = analysis().createIndex("analysis-test-vi-tokenizer", analysis)) {
            String text = "Từ Hà Nội đến Đông Nam Á bằng Vietnamairlines";
            var tokens = index.analyze("headline", text);

            assertEquals(List.of("từ", "hà nội", "đến", "đông nam á", "bằng", "vietnamairli", "nes"), terms(tokens),
                    "both settings of the index's tokenizer apply");
            assertEquals(List.of("Từ", "Hà Nội", "đến", "Đông Nam Á", "bằng", "Vietnamairli", "nes"), spans(tokens, text));
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), positions(tokens));
        }
    }

    private NodeAnalysis analysis() {
        return new NodeAnalysis(elasticsearch);
    }
}
