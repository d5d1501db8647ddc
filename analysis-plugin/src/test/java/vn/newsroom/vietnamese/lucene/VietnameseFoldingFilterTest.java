package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer folding(boolean preserveOriginal) {
        return TestAnalyzers.withFilters(source -> new VietnameseFoldingFilter(source, preserveOriginal));
    }

    @Test
    public void foldsMarkedSyllablesToAscii() throws IOException {
        assertAnalyzesTo(folding(false), "Đường Trần Hưng Đạo ở Hà Nội",
                new String[] {"Duong", "Tran", "Hung", "Dao", "o", "Ha", "Noi"});
    }

    @Test
    public void foldsDecomposedInputLikeComposedInput() throws IOException {
        String text = Normalizer.normalize("người Việt", Normalizer.Form.NFD);
        assertAnalyzesTo(folding(false), text, new String[] {"nguoi", "Viet"}, new int[] {0, 9}, new int[] {8, text.length()});
    }

    @Test
    public void preserveOriginalAddsTheMarkedTermAtTheSamePosition() throws IOException {
        assertAnalyzesTo(folding(true), "Hà Nội 2024",
                new String[] {"Ha", "Hà", "Noi", "Nội", "2024"},
                new int[] {0, 0, 3, 3, 7},
                new int[] {2, 2, 6, 6, 11},
                new int[] {1, 0, 1, 0, 1});
    }

    @Test
    public void survivesRandomText() throws IOException {
        checkRandomData(random(), folding(false), 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), folding(true), 200 * RANDOM_MULTIPLIER);
    }
}
