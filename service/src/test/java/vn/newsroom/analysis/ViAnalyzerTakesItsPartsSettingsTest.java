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
 * {@code vi_analyzer} configured in index settings (_analyze takes no inline analyzer): its tokenizer's
 * {@code user_words} and its stop filter's {@code stopwords_extra} and {@code stopwords}.
 */
@QuarkusTest
class ViAnalyzerTakesItsPartsSettingsTest {

    private static final String TEXT = "Thủ tướng của Việt Nam đã đến Hà Nội theo lịch";

    @Inject
    RestClient elasticsearch;

    @Test
    void userWordsAndStopwordsExtraApplyTogether() throws Exception {
        Map<String, Object> analysis = Map.of("analyzer", Map.of(
                "plain", Map.of("type", "vi_analyzer"),
                "configured", Map.of("type", "vi_analyzer", "user_words", List.of("Việt Nam", "hà nội"),
                        "stopwords_extra", List.of("theo")),
                "no_stopwords", Map.of("type", "vi_analyzer", "stopwords", List.of("_none_"))));

        try (var index = new NodeAnalysis(elasticsearch).createIndex("analysis-test-vi-analyzer", analysis)) {
            assertEquals(List.of("thủ", "tướng", "việt", "nam", "đến", "hà", "nội", "theo", "lịch"),
                    terms(index.analyze("plain", TEXT)));

            var tokens = index.analyze("configured", TEXT);
            assertEquals(List.of("thủ", "tướng", "việt nam", "đến", "hà nội", "lịch"), terms(tokens));
            assertEquals(List.of(0, 1, 3, 5, 6, 8), positions(tokens), "removed words leave their positions empty");

            assertEquals(List.of("thủ", "tướng", "của", "việt", "nam", "đã", "đến", "hà", "nội", "theo", "lịch"),
                    terms(index.analyze("no_stopwords", TEXT)));
        }
    }
}
