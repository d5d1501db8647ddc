package vn.newsroom.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @CsvSource({"'“Hà Nội” – Việt Nam…'", "'Covid-19 TP.HCM'", "''"})
    void composeGivesComposedTextBackUncopied(String text) {
        assertSame(text, VietnameseText.compose(text));
    }

    @ParameterizedTest
    @CsvSource({"Hòa Bình Việt Nam", "THỦY ĐIỆN", "“Đà Nẵng” – Hội An"})
    void composeComposesDecomposedText(String text) {
        assertEquals(text, VietnameseText.compose(nfd(text)));
    }

    /** Random texts of letters, marks, punctuation and the two spaces that NFC rewrites (U+2000, U+2001). */
    @Test
    void composeIsUnicodeNfcOnRandomText() {
        String pool = "aAeEoOuUdyĐđâăêôơưẠạẾếỗờỮ \n.,;:!?\"'()-–—“”‘’…•\u2000\u2001\u2002\u2009\u200b\u0300\u0301\u0303"
                + "\u0309\u0323\u0302\u0306\u031b\u0340\u0341\u00c5\u212b\u037e北京";
        Random random = new Random(20261203);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), VietnameseText.compose(text.toString()),
                    () -> text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }
}
