package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryRecognitionTest {

    private final ArticleEnricher enricher = Catalogues.ENRICHER;

    @Test
    void doesNotTakeBienDongForACountry() {
        assertEquals(List.of(), countries("Các nước tái khẳng định lập trường về Biển Đông và biển Đông Nam Á."));
    }

    @Test
    void takesDongNamAForARegionNotACountry() {
        Enrichment enrichment = enricher.enrich(null, "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC).");

        assertEquals(List.of(), enrichment.countries());
        assertEquals(List.of(new OrganisationMention("southeast-asia", "Đông Nam Á", 1)), enrichment.organisations());
    }

    @Test
    void doesNotTakeLaoCaiForLaos() {
        assertEquals(List.of("CN"), countries("Lào Cai giáp Trung Quốc, đoàn công tác đã đến Lào Cai."));
    }

    @Test
    void doesNotTakeLabourForLaos() {
        assertEquals(List.of("LA"), countries("Lao động được cử sang Lào làm việc."));
    }

    @Test
    void doesNotTakePartOfAPersonsNameForACountry() {
        assertEquals(List.of(), countries("Đại sứ Trần Đức Bình gặp bà Nguyễn Thị Nga."));
    }

    @Test
    void takesAOneWordNameBeforeAPersonsName() {
        assertEquals(List.of("RU", "DE"), countries("Tổng thống Nga Vladimir Putin điện đàm với Thủ tướng Đức. Tại Nga, ..."));
    }

    @Test
    void skipsAnhThePronounButKnowsTheUnitedKingdom() {
        assertEquals(List.of("GB"), countries("Anh cho biết sẽ sang Luân Đôn, thủ đô Vương quốc Anh."));
        assertEquals(2, enricher.enrich(null, "Anh cho biết sẽ sang Luân Đôn, thủ đô Vương quốc Anh.").countries().get(0).mentions());
    }

    @Test
    void doesNotTakeThreeTimesForPoland() {
        assertEquals(List.of("PL"), countries("Họ đã họp ba lần tại Ba Lan."));
    }

    @Test
    void takesTheIndianOceanAndTheIndoPacificForNeitherIndia() {
        Enrichment enrichment = enricher.enrich(null, "Hợp tác ở Ấn Độ Dương và khu vực Ấn Độ - Thái Bình Dương.");

        assertEquals(List.of(), enrichment.countries());
        assertEquals(List.of("indo-pacific"), enrichment.organisations().stream().map(OrganisationMention::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bộ trưởng gặp đại diện Timor-Leste.",
            "Bộ trưởng gặp đại diện Timor Leste.",
            "Bộ trưởng gặp đại diện Đông Timor.",
            "Bộ trưởng gặp đại diện Đông Ti-mo.",
            "Bộ trưởng đến Dili.",
            "Bo truong gap dai dien Dong Timo."})
    void recognisesTimorLesteSpellings(String sentence) {
        assertEquals(List.of("TL"), countries(sentence));
    }

    @Test
    void countsHoaKyAndMyAsOneCountry() {
        Enrichment enrichment = enricher.enrich(null, "Hoa Kỳ và Trung Quốc. Quan chức Mỹ nói Hoa Kì sẽ tham gia; ngành thẩm mỹ thì không.");

        assertEquals(List.of(new CountryMention("US", "Hoa Kỳ", 3), new CountryMention("CN", "Trung Quốc", 1)),
                enrichment.countries());
    }

    @Test
    void readsTextTypedWithoutMarks() {
        assertEquals(List.of("KH", "VN", "LA"),
                countries("Bo truong Ngoai giao Viet Nam gap nguoi dong cap Lao va Campuchia tai Phnom Penh."));
    }

    @Test
    void ignoresToneMarkPlacement() {
        assertEquals(List.of("CH", "TL"), countries("Đoàn đã thăm Thuỵ Sĩ, Thụy Sĩ và Timor-Leste."));
    }

    @Test
    void takesACityForItsCountry() {
        assertEquals(List.of("MY", "MM"), countries("Hội nghị tại Kuala Lumpur bàn về Yangon."));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(List.of(), countries("Trang Malaysiakini và nhóm Ngaanh đưa tin."));
    }

    @Test
    void putsTheMostMentionedCountryFirst() {
        assertEquals(List.of("LA", "VN"), countries("Việt Nam ủng hộ Lào. Lào cảm ơn. Viêng Chăn đón đoàn."));
    }

    @Test
    void countsTitleMentionsToo() {
        assertEquals(List.of(new CountryMention("LA", "Lào", 2)), enricher.enrich("Lào chủ trì ASEAN", "Lào chuẩn bị.").countries());
    }

    private List<String> countries(String text) {
        return enricher.enrich(null, text).countries().stream().map(CountryMention::code).toList();
    }
}
