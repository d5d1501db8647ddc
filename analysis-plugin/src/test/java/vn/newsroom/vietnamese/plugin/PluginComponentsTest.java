package vn.newsroom.vietnamese.plugin;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.Test;

/** The components as Elasticsearch builds them from index settings. */
public class PluginComponentsTest extends BaseTokenStreamTestCase {

    private static final Map<String, Object> NO_SETTINGS = Map.of();
    private static final String SENTENCE = "Thủ tướng của Việt Nam đã đến Hà Nội theo lịch";

    private static Analyzer chain(Map<String, Object> tokenizerSettings, TokenFilterFactory... filters) {
        VietnameseTokenizerFactory tokenizer =
                new VietnameseTokenizerFactory(AnnotatedSettings.of(TokenizerSettings.class, tokenizerSettings));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.create();
                TokenStream stream = source;
                for (TokenFilterFactory filter : filters) {
                    stream = filter.create(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static StopFilterFactory stop(Map<String, Object> settings) {
        return new StopFilterFactory(AnnotatedSettings.of(StopSettings.class, settings));
    }

    @Test
    public void customChainOfNamedPartsNormalizesRemovesStopwordsAndFolds() throws IOException {
        FoldingFilterFactory folding = new FoldingFilterFactory(AnnotatedSettings.of(FoldingSettings.class, NO_SETTINGS));
        assertAnalyzesTo(chain(NO_SETTINGS, new NormalizeFilterFactory(), stop(NO_SETTINGS), folding), SENTENCE,
                new String[] {"thu", "tuong", "viet", "nam", "den", "ha", "noi", "theo", "lich"});
    }

    @Test
    public void stopwordsExtraExtendsTheShippedList() throws IOException {
        assertAnalyzesTo(chain(NO_SETTINGS, new NormalizeFilterFactory(), stop(Map.of("stopwords_extra", List.of("theo")))),
                SENTENCE, new String[] {"thủ", "tướng", "việt", "nam", "đến", "hà", "nội", "lịch"});
    }

    @Test
    public void stopwordsReplacesTheShippedList() throws IOException {
        assertAnalyzesTo(chain(NO_SETTINGS, new NormalizeFilterFactory(), stop(Map.of("stopwords", List.of("Thủ", "Tướng")))),
                SENTENCE, new String[] {"của", "việt", "nam", "đã", "đến", "hà", "nội", "theo", "lịch"});
    }

    @Test
    public void stopwordsNoneRemovesNothing() throws IOException {
        assertAnalyzesTo(chain(NO_SETTINGS, stop(Map.of("stopwords", List.of("_none_")))), "của và",
                new String[] {"của", "và"});
    }

    @Test
    public void preserveOriginalSettingKeepsMarkedTerms() throws IOException {
        FoldingFilterFactory folding =
                new FoldingFilterFactory(AnnotatedSettings.of(FoldingSettings.class, Map.of("preserve_original", true)));
        assertAnalyzesTo(chain(NO_SETTINGS, folding), "Hà Nội", new String[] {"Ha", "Hà", "Noi", "Nội"});
    }

    @Test
    public void inputMethodDecodesTelexAndVniByDefault() throws IOException {
        assertAnalyzesTo(chain(NO_SETTINGS, new NormalizeFilterFactory(), inputMethod(NO_SETTINGS)), "Vieetj Vie6t5 Huawei",
                new String[] {"vieetj", "việt", "vie6t5", "việt", "huawei"}, new int[] {1, 0, 1, 0, 1});
    }

    @Test
    public void inputMethodsSettingChoosesTheDecodedMethods() throws IOException {
        assertAnalyzesTo(chain(NO_SETTINGS, inputMethod(Map.of("input_methods", List.of("telex")))), "Vieetj Vie6t5",
                new String[] {"Vieetj", "việt", "Vie6t5"});
        assertAnalyzesTo(chain(NO_SETTINGS, inputMethod(Map.of("input_methods", List.of("VNI")))), "Vieetj Vie6t5",
                new String[] {"Vieetj", "Vie6t5", "việt"});
    }

    @Test
    public void inputMethodsSettingRejectsUnknownNames() {
        IllegalArgumentException e =
                expectThrows(IllegalArgumentException.class, () -> inputMethod(Map.of("input_methods", List.of("viqr"))));
        assertTrue(e.getMessage(), e.getMessage().contains("[viqr]"));
    }

    private static InputMethodFilterFactory inputMethod(Map<String, Object> settings) {
        return new InputMethodFilterFactory(AnnotatedSettings.of(InputMethodSettings.class, settings));
    }

    @Test
    public void maxTokenLengthSettingCutsLongRuns() throws IOException {
        assertAnalyzesTo(chain(Map.of("max_token_length", 5)), "abcdefgh", new String[] {"abcde", "fgh"});
    }

    @Test
    public void userWordsSettingKeepsKnownWordsWhole() throws IOException {
        assertAnalyzesTo(chain(Map.of("user_words", List.of("hà nội", "thủ tướng")), new NormalizeFilterFactory()), SENTENCE,
                new String[] {"thủ tướng", "của", "việt", "nam", "đã", "đến", "hà nội", "theo", "lịch"});
    }

    @Test
    public void viAnalyzerTakesTokenizerAndStopwordSettings() throws IOException {
        AnalyzerSettings settings = AnnotatedSettings.of(AnalyzerSettings.class,
                Map.of("stopwords_extra", List.of("theo"), "user_words", List.of("Việt Nam")));
        assertAnalyzesTo(new VietnameseAnalyzerFactory(settings).create(), SENTENCE,
                new String[] {"thủ", "tướng", "việt nam", "đến", "hà", "nội", "lịch"});
    }

    @Test
    public void viFoldingAnalyzerKeepsStopwordsAndTakesPreserveOriginal() throws IOException {
        FoldingAnalyzerSettings settings =
                AnnotatedSettings.of(FoldingAnalyzerSettings.class, Map.of("preserve_original", true));
        assertAnalyzesTo(new FoldingAnalyzerFactory(settings).create(), "của Hà",
                new String[] {"cua", "của", "ha", "hà"});
    }
}
