package vn.newsroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plugin's analyzers as the test cluster runs them (POST _analyze). */
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

    @Test
    void inputMethodFilterAddsTheSyllableATelexOrVniLeftoverStandsFor() throws Exception {
        List<AnalyzeToken> tokens = client.indices().analyze(analyze -> analyze
                .tokenizer(tokenizer -> tokenizer.name("vi_tokenizer"))
                .filter(filter -> filter.name("vi_normalize"))
                .filter(filter -> filter.name("vi_input_method"))
                .text("Vieetj Nam Vie6t5 Huawei")).tokens();

        assertEquals(List.of("vieetj", "việt", "nam", "vie6t5", "việt", "huawei"), tokens.stream().map(AnalyzeToken::token).toList());
        assertEquals(List.of(0L, 0L, 1L, 2L, 2L, 3L), tokens.stream().map(AnalyzeToken::position).toList(),
                "the decoded syllable shares the typed word's position");
        assertEquals(List.of(0L, 0L, 7L, 11L, 11L, 18L), tokens.stream().map(AnalyzeToken::startOffset).toList());
        assertEquals(List.of("word", "<INPUT_METHOD>", "word", "word", "<INPUT_METHOD>", "word"),
                tokens.stream().map(AnalyzeToken::type).toList());
    }

    @Test
    void inputMethodsSettingLimitsDecodingToVni() throws Exception {
        List<AnalyzeToken> tokens = client.indices().analyze(analyze -> analyze
                .tokenizer(tokenizer -> tokenizer.name("vi_tokenizer"))
                .filter(filter -> filter.name("vi_normalize"))
                .filter(filter -> filter.definition(definition ->
                        definition._custom("vi_input_method",
                                // The client sends a custom definition's body as is, so it carries its type.
                                Map.of("type", "vi_input_method", "input_methods", List.of("vni")))))
                .text("Vieetj Vie6t5")).tokens();

        assertEquals(List.of("vieetj", "vie6t5", "việt"), tokens.stream().map(AnalyzeToken::token).toList());
    }

    private List<AnalyzeToken> analyze(String analyzer, String text) throws Exception {
        return client.indices().analyze(analyze -> analyze.analyzer(analyzer).text(text)).tokens();
    }
}
