package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {

    private static Analyzer tokenizerOnly(int maxTokenLength) {
        return TestAnalyzers.of(() -> new VietnameseTokenizer(maxTokenLength), source -> source);
    }

    private final Analyzer analyzer = tokenizerOnly(VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);

    @Test
    public void keepsMarkedSyllablesIntactWithTheirOffsets() throws IOException {
        assertAnalyzesTo(analyzer, "Bộ trưởng Ngoại giao Việt Nam",
                new String[] {"Bộ", "trưởng", "Ngoại", "giao", "Việt", "Nam"},
                new int[] {0, 3, 10, 16, 21, 26},
                new int[] {2, 9, 15, 20, 25, 29},
                new int[] {1, 1, 1, 1, 1, 1});
    }

    @Test
    public void keepsCombiningMarksOfDecomposedInputInsideTheSyllable() throws IOException {
        String text = Normalizer.normalize("Việt Nam hòa", Normalizer.Form.NFD);
        String viet = Normalizer.normalize("Việt", Normalizer.Form.NFD);
        String hoa = Normalizer.normalize("hòa", Normalizer.Form.NFD);
        assertAnalyzesTo(analyzer, text,
                new String[] {viet, "Nam", hoa},
                new int[] {0, viet.length() + 1, viet.length() + 5},
                new int[] {viet.length(), viet.length() + 4, text.length()});
    }

    @Test
    public void keepsHyphenatedNamePartsAsConsecutiveTokens() throws IOException {
        assertAnalyzesTo(analyzer, "Timor-Leste, AMM-58 và Covid-19",
                new String[] {"Timor", "Leste", "AMM", "58", "và", "Covid", "19"},
                new int[] {0, 6, 13, 17, 20, 23, 29},
                new int[] {5, 11, 16, 19, 22, 28, 31},
                new int[] {1, 1, 1, 1, 1, 1, 1});
    }

    @Test
    public void splitsDottedAbbreviationsLikeSpacedWords() throws IOException {
        assertAnalyzesTo(analyzer, "TP.HCM và U.S.", new String[] {"TP", "HCM", "và", "U", "S"});
        assertAnalyzesTo(analyzer, "TP. HCM", new String[] {"TP", "HCM"});
    }

    @Test
    public void keepsNumbersWithInnerSeparatorsAsOneToken() throws IOException {
        assertAnalyzesTo(analyzer, "1.000 người, 3,5% lúc 10:30 ngày 26/10/2024.",
                new String[] {"1.000", "người", "3,5", "lúc", "10:30", "ngày", "26/10/2024"},
                new int[] {0, 6, 13, 18, 22, 28, 33},
                new int[] {5, 11, 16, 21, 27, 32, 43});
    }

    @Test
    public void splitsDateRangesAndScoresAtTheHyphen() throws IOException {
        assertAnalyzesTo(analyzer, "ngày 26-28/10, tỷ số 8-7",
                new String[] {"ngày", "26", "28/10", "tỷ", "số", "8", "7"},
                new int[] {0, 5, 8, 15, 18, 21, 23},
                new int[] {4, 7, 13, 17, 20, 22, 24});
    }

    @Test
    public void keepsLettersAndDigitsWrittenTogetherAsOneToken() throws IOException {
        assertAnalyzesTo(analyzer, "U23 Việt Nam, H5N1", new String[] {"U23", "Việt", "Nam", "H5N1"});
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
        try (var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
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
    public void survivesRandomText() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
        checkRandomData(random(), tokenizerOnly(3), 100 * RANDOM_MULTIPLIER);
    }
}
