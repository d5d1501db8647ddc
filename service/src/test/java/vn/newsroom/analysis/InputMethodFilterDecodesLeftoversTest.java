package vn.newsroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.newsroom.analysis.NodeAnalysis.positions;
import static vn.newsroom.analysis.NodeAnalysis.terms;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import vn.newsroom.analysis.NodeAnalysis.Token;

/** {@code vi_input_method} in the node: Telex and VNI leftovers decoded, {@code input_methods} inline and in an index. */
@QuarkusTest
class InputMethodFilterDecodesLeftoversTest {

    @Inject
    RestClient elasticsearch;

    @Test
    void inputMethodFilterAddsTheSyllableATelexOrVniLeftoverStandsFor() throws Exception {
        var tokens = analyze("vi_input_method", "Vieetj Nam Vie6t5 Huawei");

        assertEquals(List.of("vieetj", "việt", "nam", "vie6t5", "việt", "huawei"), terms(tokens));
        assertEquals(List.of(0, 0, 1, 2, 2, 3), positions(tokens), "the decoded syllable shares the typed word's position");
        assertEquals(List.of(0, 0, 7, 11, 11, 18), tokens.stream().map(Token::start).toList());
        assertEquals(List.of("word", "<INPUT_METHOD>", "word", "word", "<INPUT_METHOD>", "word"),
                tokens.stream().map(Token::type).toList());
    }

    @Test
    void inputMethodsSettingLimitsDecodingToVni() throws Exception {
        assertEquals(List.of("vieetj", "vie6t5", "việt"),
                terms(analyze(Map.of("type", "vi_input_method", "input_methods", List.of("vni")), "Vieetj Vie6t5")));
    }

    @Test
    void anIndexInputMethodFilterDecodesOnlyTheMethodsItNames() throws Exception {
        Map<String, Object> analysis = Map.of(
                "filter", Map.of("telex_only", Map.of("type", "vi_input_method", "input_methods", List.of("TELEX"))),
                "analyzer", Map.of("typed", Map.of("type", "custom", "tokenizer", "vi_tokenizer",
                        "filter", List.of("vi_normalize", "telex_only"))));

        try (var index = new NodeAnalysis(elasticsearch).createIndex("analysis-test-vi-input-method", analysis)) {
            var tokens = index.analyze("typed", "Vieetj Vie6t5");

            assertEquals(List.of("vieetj", "việt", "vie6t5"), terms(tokens));
            assertEquals(List.of(0, 0, 1), positions(tokens));
        }
    }

    @Test
    void anIndexNamingAnUnknownInputMethodIsRefused() throws Exception {
        var error = new NodeAnalysis(elasticsearch).refusedIndex("analysis-test-vi-input-method-viqr", Map.of(
                "filter", Map.of("viqr", Map.of("type", "vi_input_method", "input_methods", List.of("viqr"))),
                "analyzer", Map.of("typed", Map.of("type", "custom", "tokenizer", "vi_tokenizer",
                        "filter", List.of("viqr")))));

        // Elasticsearch answers 500: it wraps whatever a stable plugin's constructor throws in an IllegalStateException.
        assertTrue(error.path("status").asInt() >= 400, error.toString());
        assertTrue(error.toString().contains("input_methods: unknown input method [viqr]"), error.toString());
    }

    private List<Token> analyze(Object inputMethod, String text) throws Exception {
        return new NodeAnalysis(elasticsearch).analyze(Map.of(
                "tokenizer", "vi_tokenizer",
                "filter", List.of("vi_normalize", inputMethod),
                "text", text));
    }
}
