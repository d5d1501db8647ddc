package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;
import vn.newsroom.vietnamese.text.InputMethod;

public class VietnameseInputMethodFilterTest extends BaseTokenStreamTestCase {

    private static final String WORD = "word";
    private static final String DECODED = VietnameseInputMethodFilter.TYPE;

    private static Analyzer inputMethod(Set<InputMethod> methods) {
        return TestAnalyzers.withFilters(
                source -> new VietnameseInputMethodFilter(new VietnameseNormalizeFilter(source), methods));
    }

    private static final Analyzer BOTH = inputMethod(EnumSet.allOf(InputMethod.class));

    @Test
    public void addsTheDecodedSyllableAtTheSamePositionAndOffsets() throws IOException {
        assertAnalyzesTo(BOTH, "Vieetj Nam nguyeenx hoaf",
                new String[] {"vieetj", "việt", "nam", "nguyeenx", "nguyễn", "hoaf", "hoà"},
                new int[] {0, 0, 7, 11, 11, 20, 20},
                new int[] {6, 6, 10, 19, 19, 24, 24},
                new String[] {WORD, DECODED, WORD, WORD, DECODED, WORD, DECODED},
                new int[] {1, 0, 1, 1, 0, 1, 0});
    }

    @Test
    public void decodesVniDigits() throws IOException {
        assertAnalyzesTo(BOTH, "Vie6t5 d9u7o7ng2",
                new String[] {"vie6t5", "việt", "d9u7o7ng2", "đường"},
                new int[] {0, 0, 7, 7},
                new int[] {6, 6, 16, 16},
                new int[] {1, 0, 1, 0});
    }

    @Test
    public void leavesSyllablesNamesAndAcronymsAlone() throws IOException {
        assertAnalyzesTo(BOTH, "Huawei Google ASEAN OK Kao viet nam Việt hoà",
                new String[] {"huawei", "google", "asean", "ok", "kao", "viet", "nam", "việt", "hoà"},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    @Test
    public void decodesOnlyTheChosenInputMethod() throws IOException {
        assertAnalyzesTo(inputMethod(EnumSet.of(InputMethod.TELEX)), "Vieetj Vie6t5",
                new String[] {"vieetj", "việt", "vie6t5"});
        assertAnalyzesTo(inputMethod(EnumSet.of(InputMethod.VNI)), "Vieetj Vie6t5",
                new String[] {"vieetj", "vie6t5", "việt"});
    }

    @Test
    public void decodedSyllableFoldsWhenFoldingFollows() throws IOException {
        Analyzer folded = TestAnalyzers.withFilters(source -> new VietnameseFoldingFilter(
                new VietnameseInputMethodFilter(new VietnameseNormalizeFilter(source), EnumSet.allOf(InputMethod.class)),
                false));
        assertAnalyzesTo(folded, "dduwowngf Trường", new String[] {"dduwowngf", "duong", "truong"}, new int[] {1, 0, 1});
    }

    @Test
    public void survivesRandomText() throws IOException {
        checkRandomData(random(), BOTH, 200 * RANDOM_MULTIPLIER);
    }

    /** Random text rarely holds a decodable word, so these texts are made of them, mixed with others. */
    @Test
    public void survivesRandomTextOfLeftovers() throws IOException {
        String[] words = {"Vieetj", "vie6t5", "nguyeenx", "hoaf", "dduwowngf", "w", "d9i", "Huawei", "viet", "Hà", "2024", "ASEAN"};
        String[] separators = {" ", "  ", ", ", "-", ".\n"};
        for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
            StringBuilder text = new StringBuilder();
            for (int word = random().nextInt(8); word >= 0; word--) {
                text.append(words[random().nextInt(words.length)]).append(separators[random().nextInt(separators.length)]);
            }
            checkAnalysisConsistency(random(), BOTH, random().nextBoolean(), text.toString());
        }
    }
}
