package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {

    private static Analyzer tokenizerOnly(int maxTokenLength) {
        return TestAnalyzers.of(() -> new VietnameseTokenizer(maxTokenLength, UserWords.NONE), source -> source);
    }

    private final Analyzer analyzer = tokenizerOnly(VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);

    /** Asserts the tokens, each at the offsets of its next occurrence in the text, one position apart. */
    private void assertTokensInText(String text, String... tokens) throws IOException {
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        int from = 0;
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = text.indexOf(tokens[i], from);
            ends[i] = from = starts[i] + tokens[i].length();
        }
        int[] increments = new int[tokens.length];
        Arrays.fill(increments, 1);
        assertAnalyzesTo(analyzer, text, tokens, starts, ends, increments);
    }

    @Test
    public void keepsMarkedSyllablesIntactWithTheirOffsets() throws IOException {
        assertTokensInText("Bộ trưởng Ngoại giao Việt Nam", "Bộ", "trưởng", "Ngoại", "giao", "Việt", "Nam");
    }

    @Test
    public void keepsCombiningMarksOfDecomposedInputInsideTheSyllable() throws IOException {
        String viet = Normalizer.normalize("Việt", Normalizer.Form.NFD);
        String hoa = Normalizer.normalize("hòa", Normalizer.Form.NFD);
        assertEquals("Vie\u0323\u0302t", viet);
        assertTokensInText(viet + " Nam " + hoa, viet, "Nam", hoa);
    }

    @Test
    public void keepsHyphenatedNamePartsAsConsecutiveTokens() throws IOException {
        assertTokensInText("Timor-Leste, AMM-58 và Covid-19", "Timor", "Leste", "AMM", "58", "và", "Covid", "19");
    }

    @Test
    public void splitsDottedAbbreviationsLikeSpacedWords() throws IOException {
        assertTokensInText("TP.HCM và U.S.", "TP", "HCM", "và", "U", "S");
        assertTokensInText("TP. HCM", "TP", "HCM");
    }

    @Test
    public void keepsNumbersWithInnerSeparatorsAsOneToken() throws IOException {
        assertTokensInText("1.000 người, 3,5% lúc 10:30 ngày 26/10/2024.",
                "1.000", "người", "3,5", "lúc", "10:30", "ngày", "26/10/2024");
    }

    @Test
    public void splitsDateRangesAndScoresAtTheHyphen() throws IOException {
        assertTokensInText("ngày 26-28/10, tỷ số 8-7", "ngày", "26", "28/10", "tỷ", "số", "8", "7");
    }

    @Test
    public void keepsLettersAndDigitsWrittenTogetherAsOneToken() throws IOException {
        assertTokensInText("U23 Việt Nam, H5N1", "U23", "Việt", "Nam", "H5N1");
    }

    @Test
    public void yieldsNoTokensForEmptyOrPunctuationOnlyInput() throws IOException {
        assertAnalyzesTo(analyzer, "", new String[0]);
        assertAnalyzesTo(analyzer, " -- ... , / ", new String[0]);
    }

    @Test
    public void cutsRunsLongerThanTheMaximumIntoPieces() throws IOException {
        String run = "a".repeat(600);
        assertAnalyzesTo(analyzer, run,
                new String[] {"a".repeat(255), "a".repeat(255), "a".repeat(90)},
                new int[] {0, 255, 510},
                new int[] {255, 510, 600});
        assertAnalyzesTo(tokenizerOnly(4), "trưởng", new String[] {"trưở", "ng"});
    }

    @Test
    public void offsetsPointAtTheTokenTextThroughoutLongInput() throws IOException {
        String text = "Hòa-Bình, TP.HCM 1.000,5 người\u00a0ngày 26-28/10 ".repeat(500);
        int count = 0;
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                assertEquals(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
                count++;
            }
            stream.end();
            assertEquals(text.length(), offset.endOffset());
        }
        assertEquals(9 * 500, count);
    }

    @Test
    public void keepsUserWordsAsSingleTokensSpanningTheOriginalText() throws IOException {
        Analyzer withWords = TestAnalyzers.of(() -> new TokenizerConfig(255, new UserWords(List.of("hà nội", "Đông Nam Á", "đông nam"))).newTokenizer(),
                source -> source);
        String text = "Từ HÀ  NỘI đến Đông Nam Á và đông nam, Hà";
        assertAnalyzesTo(withWords, text,
                new String[] {"Từ", "HÀ  NỘI", "đến", "Đông Nam Á", "và", "đông nam", "Hà"},
                new int[] {0, 3, 11, 15, 26, 29, 39},
                new int[] {2, 10, 14, 25, 28, 37, 41});
    }

    @Test
    public void matchesUserWordsWhateverTheTonePlacementOrComposition() throws IOException {
        Analyzer withWords = TestAnalyzers.of(() -> new TokenizerConfig(255, new UserWords(List.of("hoà bình"))).newTokenizer(),
                source -> source);
        String decomposed = Normalizer.normalize("Hòa Bình", Normalizer.Form.NFD);
        assertAnalyzesTo(withWords, "hòa bình, " + decomposed, new String[] {"hòa bình", decomposed});
    }

    @Test
    public void survivesRandomText() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
        checkRandomData(random(), tokenizerOnly(3), 100 * RANDOM_MULTIPLIER);
        UserWords words = new UserWords(List.of("hà nội", "a b", "a b c d"));
        checkRandomData(random(), TestAnalyzers.of(() -> new TokenizerConfig(8, words).newTokenizer(), source -> source),
                100 * RANDOM_MULTIPLIER);
    }
}
