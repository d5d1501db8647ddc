package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class VietnameseAnalyzersTest extends BaseTokenStreamTestCase {

    private static final String HEADLINE = "Bộ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn và hòa bình ở Timor-Leste";

    @Test
    public void viAnalyzerKeepsMarksLowercasesAndDropsStopwords() throws IOException {
        assertAnalyzesTo(new VietnameseAnalyzer(), HEADLINE,
                new String[] {"bộ", "trưởng", "ngoại", "giao", "việt", "nam", "bùi", "thanh", "sơn", "hoà", "bình", "ở", "timor", "leste"},
                new int[] {0, 3, 10, 16, 21, 26, 30, 34, 40, 47, 51, 56, 58, 64},
                new int[] {2, 9, 15, 20, 25, 29, 33, 39, 43, 50, 55, 57, 63, 69},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1});
    }

    @Test
    public void foldingAnalyzerMatchesUnaccentedQueriesAndKeepsStopwords() throws IOException {
        Analyzer folding = new VietnameseFoldingAnalyzer();
        assertAnalyzesTo(folding, "Sơn và hòa bình", new String[] {"son", "va", "hoa", "binh"});
        assertAnalyzesTo(folding, "son va hoa binh", new String[] {"son", "va", "hoa", "binh"});
    }

    @Test
    public void multiTermQueryTextGetsTheIndexedForm() {
        assertEquals("thuỷ*", new VietnameseAnalyzer().normalize("f", "THỦY*").utf8ToString());
        assertEquals("thuy*", new VietnameseFoldingAnalyzer().normalize("f", "THỦY*").utf8ToString());
    }

    @Test
    public void survivesRandomText() throws IOException {
        checkRandomData(random(), new VietnameseAnalyzer(), 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), new VietnameseFoldingAnalyzer(TokenizerConfig.DEFAULT, true), 200 * RANDOM_MULTIPLIER);
    }
}
