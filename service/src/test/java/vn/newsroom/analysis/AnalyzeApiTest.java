package vn.newsroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin's analyzers with their default settings as the test cluster runs them (POST _analyze); each component's
 * settings are tested in a class of its own beside this one.
 */
@QuarkusTest
class AnalyzeApiTest {

    private static final String TEXT = "Bộ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn hòa bình";

    @Inject
    ElasticsearchClient client;

    @Test
    void viAnalyzerKeepsMarksLowercasesAndNormalisesTonePlacement() throws Exception {
        List<AnalyzeToken> tokens = analyze("vi_analyzer", TEXT);

        // "hòa" is written with the other tone placement; both index as the plugin's canonical "hoà".
        assertEquals(List.of("bộ", "trưởng", "ngoại", "giao", "việt", "nam", "bùi", "thanh", "sơn", "hoà", "bình"),
                tokens.stream().map(AnalyzeToken::token).toList());
        assertEquals(List.of("Bộ", "trưởng", "Ngoại", "giao", "Việt", "Nam", "Bùi", "Thanh", "Sơn", "hòa", "bình"),
                tokens.stream().map(token -> TEXT.substring((int) token.startOffset(), (int) token.endOffset())).toList(),
                "offsets point at the original words");
        assertEquals(List.of("hoà", "bình"), analyze("vi_analyzer", "hoà bình").stream().map(AnalyzeToken::token).toList());
    }

    @Test
    void foldingAnalyzerGivesAscii() throws Exception {
        assertEquals(List.of("bo", "truong", "ngoai", "giao", "viet", "nam", "bui", "thanh", "son", "hoa", "binh"),
                analyze("vi_folding_analyzer", TEXT).stream().map(AnalyzeToken::token).toList());
    }

    private List<AnalyzeToken> analyze(String analyzer, String text) throws Exception {
        return client.indices().analyze(analyze -> analyze.analyzer(analyzer).text(text)).tokens();
    }
}
