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

/**
 * {@code vi_folding} and {@code vi_folding_analyzer} in the node: marks stripped, and with {@code preserve_original}
 * the marked term too, at the same position and offsets, so a marked query can prefer marked text.
 */
@QuarkusTest
class FoldingKeepsTheOriginalOnRequestTest {

    private static final String TEXT = "Hà Nội 2024";

    @Inject
    RestClient elasticsearch;

    @Test
    void withoutPreserveOriginalOnlyTheFoldedTermsRemain() throws Exception {
        var tokens = fold(Map.of("type", "vi_folding"));

        assertEquals(List.of("Ha", "Noi", "2024"), terms(tokens));
        assertEquals(List.of(0, 1, 2), positions(tokens));
    }

    @Test
    void inlinePreserveOriginalAddsTheMarkedTermAtTheSamePosition() throws Exception {
        var tokens = fold(Map.of("type", "vi_folding", "preserve_original", true));

        assertEquals(List.of("Ha", "Hà", "Noi", "Nội", "2024"), terms(tokens), "unmarked 2024 is not repeated");
        assertEquals(List.of(0, 0, 1, 1, 2), positions(tokens));
        assertEquals(List.of("Hà", "Hà", "Nội", "Nội", "2024"), spans(tokens, TEXT));
    }

    @Test
    void anIndexFoldingFilterWithPreserveOriginalFeedsItsCustomAnalyzer() throws Exception {
        Map<String, Object> analysis = Map.of(
                "filter", Map.of("folding_both", Map.of("type", "vi_folding", "preserve_original", true)),
                "analyzer", Map.of("title", Map.of("type", "custom", "tokenizer", "vi_tokenizer",
                        "filter", List.of("vi_normalize", "folding_both"))));

        try (var index = new NodeAnalysis(elasticsearch).createIndex("analysis-test-vi-folding", analysis)) {
            var tokens = index.analyze("title", TEXT);

            assertEquals(List.of("ha", "hà", "noi", "nội", "2024"), terms(tokens));
            assertEquals(List.of(0, 0, 1, 1, 2), positions(tokens));
        }
    }

    @Test
    void theFoldingAnalyzerTakesPreserveOriginalFromIndexSettingsAndKeepsStopwords() throws Exception {
        Map<String, Object> analysis = Map.of("analyzer", Map.of(
                "folded", Map.of("type", "vi_folding_analyzer"),
                "folded_both", Map.of("type", "vi_folding_analyzer", "preserve_original", true)));

        try (var index = new NodeAnalysis(elasticsearch).createIndex("analysis-test-vi-folding-analyzer", analysis)) {
            assertEquals(List.of("cua", "ha", "noi"), terms(index.analyze("folded", "của Hà Nội")));

            var tokens = index.analyze("folded_both", "của Hà Nội");
            assertEquals(List.of("cua", "của", "ha", "hà", "noi", "nội"), terms(tokens));
            assertEquals(List.of(0, 0, 1, 1, 2, 2), positions(tokens));
        }
    }

    private List<NodeAnalysis.Token> fold(Map<String, Object> folding) throws Exception {
        return new NodeAnalysis(elasticsearch).analyze(Map.of(
                "tokenizer", "vi_tokenizer",
                "filter", List.of(folding),
                "text", TEXT));
    }
}
