package vn.newsroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.newsroom.analysis.NodeAnalysis.positions;
import static vn.newsroom.analysis.NodeAnalysis.terms;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * {@code vi_stop} in the node: the shipped list, {@code stopwords_extra} added to it, {@code stopwords} replacing it
 * ({@code _none_}: nothing), inline and from index settings. Removed words leave their positions empty, so phrases
 * still measure distances in the text.
 */
@QuarkusTest
class StopFilterTakesWordListsTest {

    private static final String TEXT = "Thủ tướng của Việt Nam đã đến Hà Nội theo lịch";

    @Inject
    RestClient elasticsearch;

    @Test
    void theShippedListRemovesFunctionWordsLeavingGaps() throws Exception {
        var tokens = analyze(Map.of("type", "vi_stop"));

        assertEquals(List.of("thủ", "tướng", "việt", "nam", "đến", "hà", "nội", "theo", "lịch"), terms(tokens));
        assertEquals(List.of(0, 1, 3, 4, 6, 7, 8, 9, 10), positions(tokens), "của (2) and đã (5) leave gaps");
    }

    @Test
    void inlineStopwordsExtraAddsToTheShippedList() throws Exception {
        var tokens = analyze(Map.of("type", "vi_stop", "stopwords_extra", List.of("Theo")));

        assertEquals(List.of("thủ", "tướng", "việt", "nam", "đến", "hà", "nội", "lịch"), terms(tokens));
        assertEquals(List.of(0, 1, 3, 4, 6, 7, 8, 10), positions(tokens));
    }

    @Test
    void inlineStopwordsReplaceTheShippedList() throws Exception {
        assertEquals(List.of("của", "việt", "nam", "đã", "đến", "hà", "nội", "theo", "lịch"),
                terms(analyze(Map.of("type", "vi_stop", "stopwords", List.of("thủ", "tướng")))));
        assertEquals(List.of("thủ", "tướng", "của", "việt", "nam", "đã", "đến", "hà", "nội", "theo", "lịch"),
                terms(analyze(Map.of("type", "vi_stop", "stopwords", List.of("_none_")))));
    }

    @Test
    void anIndexStopFilterWithStopwordsExtraFeedsItsCustomAnalyzer() throws Exception {
        Map<String, Object> analysis = Map.of(
                "filter", Map.of("news_stop", Map.of("type", "vi_stop", "stopwords_extra", List.of("theo", "lịch"))),
                "analyzer", Map.of("body", Map.of("type", "custom", "tokenizer", "vi_tokenizer",
                        "filter", List.of("vi_normalize", "news_stop"))));

        try (var index = new NodeAnalysis(elasticsearch).createIndex("analysis-test-vi-stop", analysis)) {
            var tokens = index.analyze("body", TEXT);

            assertEquals(List.of("thủ", "tướng", "việt", "nam", "đến", "hà", "nội"), terms(tokens));
            assertEquals(List.of(0, 1, 3, 4, 6, 7, 8), positions(tokens));
        }
    }

    /** vi_normalize first, as the service's analyzers do: the lists are matched whatever the case. */
    private List<NodeAnalysis.Token> analyze(Map<String, Object> stop) throws Exception {
        return new NodeAnalysis(elasticsearch).analyze(Map.of(
                "tokenizer", "vi_tokenizer",
                "filter", List.of("vi_normalize", stop),
                "text", TEXT));
    }
}
