package vn.newsroom.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void normalizeGivesBothTonePlacementsOfOpenDiphthongsOneForm() {
        assertEquals("hoà", VietnameseText.normalize("hòa"));
        assertEquals("hoà", VietnameseText.normalize("hoà"));
        assertEquals("khoẻ", VietnameseText.normalize("khỏe"));
        assertEquals("thuỷ", VietnameseText.normalize("thủy"));
        assertEquals("uỷ ban", VietnameseText.normalize("Ủy ban"));
        assertEquals("hoá học", VietnameseText.normalize("Hóa học"));
    }

    @Test
    void normalizeLeavesQuyAndClosedSyllablesAlone() {
        assertEquals("quý", VietnameseText.normalize("quý"));
        assertEquals("quỳnh", VietnameseText.normalize("Quỳnh"));
        assertEquals("hoàng", VietnameseText.normalize("Hoàng"));
        assertEquals("thuyền", VietnameseText.normalize("thuyền"));
        assertEquals("hoài", VietnameseText.normalize("hoài"));
    }

    @Test
    void normalizeLowercasesVietnameseCapitalsIncludingDStroke() {
        assertEquals("đà nẵng, đồng nai", VietnameseText.normalize("ĐÀ NẴNG, Đồng Nai"));
        assertEquals("ỷ lại", VietnameseText.normalize("Ỷ LẠI"));
    }

    @Test
    void normalizeComposesDecomposedInput() {
        assertEquals("hoà bình việt nam", VietnameseText.normalize(nfd("Hòa Bình Việt Nam")));
        assertEquals("thuỷ", VietnameseText.normalize(nfd("THỦY")));
    }

    @Test
    void normalizeMovesTheToneAtPunctuationAndTextEnd() {
        assertEquals("sức khoẻ, thuỷ lợi.", VietnameseText.normalize("sức khỏe, thủy lợi."));
    }

    @Test
    void foldStripsToneAndVowelMarksKeepingCase() {
        assertEquals("Duong Tran Hung Dao o Ha Noi", VietnameseText.fold("Đường Trần Hưng Đạo ở Hà Nội"));
        assertEquals("nguoi", VietnameseText.fold("người"));
    }

    @Test
    void foldGivesTheSameResultForDecomposedInput() {
        String text = "Đường Trần Hưng Đạo ở Hà Nội, thủy điện, khoẻ";
        assertEquals(VietnameseText.fold(text), VietnameseText.fold(nfd(text)));
    }

    @Test
    void foldLeavesAsciiAndUnmarkedScriptsUnchanged() {
        assertEquals("Covid-19 TP.HCM", VietnameseText.fold("Covid-19 TP.HCM"));
        assertEquals("北京 東京", VietnameseText.fold("北京 東京"));
    }

    @Test
    void foldKeyMatchesAcrossCaseTonePlacementAndComposition() {
        assertEquals("hoa binh", VietnameseText.foldKey("Hòa Bình"));
        assertEquals(VietnameseText.foldKey("THỦY ĐIỆN"), VietnameseText.foldKey(nfd("thuỷ điện")));
        assertEquals("dong nam a", VietnameseText.foldKey("Đông Nam Á"));
    }
}
