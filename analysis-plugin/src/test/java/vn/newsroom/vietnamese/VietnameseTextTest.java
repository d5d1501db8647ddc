package vn.newsroom.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @ParameterizedTest
    @CsvSource({"hòa, hoà", "hoà, hoà", "khỏe, khoẻ", "thủy, thuỷ", "Ủy ban, uỷ ban", "Hóa học, hoá học", "'sức khỏe, thủy lợi.', 'sức khoẻ, thuỷ lợi.'"})
    void normalizeGivesBothTonePlacementsOfOpenDiphthongsOneForm(String text, String normalized) {
        assertEquals(normalized, VietnameseText.normalize(text));
    }

    @ParameterizedTest
    @CsvSource({"quý, quý", "Quỳnh, quỳnh", "Hoàng, hoàng", "thuyền, thuyền", "hoài, hoài"})
    void normalizeLeavesQuyAndClosedSyllablesAsWritten(String text, String normalized) {
        assertEquals(normalized, VietnameseText.normalize(text));
    }

    @ParameterizedTest
    @CsvSource({"'ĐÀ NẴNG, Đồng Nai', 'đà nẵng, đồng nai'", "Ỷ LẠI, ỷ lại"})
    void normalizeLowercasesVietnameseCapitalsIncludingDStroke(String text, String normalized) {
        assertEquals(normalized, VietnameseText.normalize(text));
    }

    @ParameterizedTest
    @CsvSource({"Hòa Bình Việt Nam, hoà bình việt nam", "THỦY, thuỷ"})
    void normalizeComposesDecomposedInput(String text, String normalized) {
        assertEquals(normalized, VietnameseText.normalize(nfd(text)));
    }

    @ParameterizedTest
    @CsvSource({"'Đường Trần Hưng Đạo ở Hà Nội', 'Duong Tran Hung Dao o Ha Noi'", "người, nguoi",
            "Covid-19 TP.HCM, Covid-19 TP.HCM", "北京 東京, 北京 東京"})
    void foldStripsMarksKeepingCaseAndOtherText(String text, String folded) {
        assertEquals(folded, VietnameseText.fold(text));
        assertEquals(folded, VietnameseText.fold(nfd(text)));
    }

    @ParameterizedTest
    @CsvSource({"'Hà Nội', true", "'bo truong ngoai giao', false", "'đi', true", "'Covid-19 TP.HCM', false",
            "'北京', false", "'', false"})
    void hasMarksTellsTextThatFoldingChanges(String text, boolean marked) {
        assertEquals(marked, VietnameseText.hasMarks(text));
        assertEquals(marked, VietnameseText.hasMarks(nfd(text)));
    }

    @ParameterizedTest
    @CsvSource({"Hòa Bình, hoa binh", "THỦY ĐIỆN, thuy dien", "Đông Nam Á, dong nam a"})
    void foldKeyMatchesAcrossCaseTonePlacementAndComposition(String text, String key) {
        assertEquals(key, VietnameseText.foldKey(text));
        assertEquals(key, VietnameseText.foldKey(nfd(text)));
    }
}
