package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class VietnameseNormalizeFilterTest extends BaseTokenStreamTestCase {

    private final Analyzer analyzer = TestAnalyzers.withFilters(VietnameseNormalizeFilter::new);

    @Test
    public void givesBothTonePlacementsTheSameTerm() throws IOException {
        assertAnalyzesTo(analyzer, "Hòa hoà khỏe khoẻ thủy thuỷ Ủy Uỷ",
                new String[] {"hoà", "hoà", "khoẻ", "khoẻ", "thuỷ", "thuỷ", "uỷ", "uỷ"});
    }

    @Test
    public void leavesQuyAndClosedSyllablesAsWritten() throws IOException {
        assertAnalyzesTo(analyzer, "Quý Hoàng thuyền hoài", new String[] {"quý", "hoàng", "thuyền", "hoài"});
    }

    @Test
    public void lowercasesVietnameseCapitalsIncludingDStroke() throws IOException {
        assertAnalyzesTo(analyzer, "ĐÀ NẴNG Đồng", new String[] {"đà", "nẵng", "đồng"});
    }

    @Test
    public void composesDecomposedInputWhileOffsetsKeepPointingIntoIt() throws IOException {
        String text = Normalizer.normalize("Thủy Điện", Normalizer.Form.NFD);
        int space = text.indexOf(' ');
        assertAnalyzesTo(analyzer, text,
                new String[] {"thuỷ", "điện"},
                new int[] {0, space + 1},
                new int[] {space, text.length()});
    }

    @Test
    public void survivesRandomText() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }
}
