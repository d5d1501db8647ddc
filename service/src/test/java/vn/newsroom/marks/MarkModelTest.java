package vn.newsroom.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Marks given back to unmarked text from the spelling of a few articles, without a cluster. */
class MarkModelTest {

    private final MarkModel model = MarkModel.builder()
            .article("Bộ trưởng Ngoại giao đến Hà Nội.", "Bộ trưởng nói về con bò và bộ áo.")
            .article("Bộ trưởng Bộ Y tế thăm trại bò sữa. Bò sữa cho nhiều sữa.")
            .article("Giá vàng tăng, giá bò giảm. Con bò ăn cỏ.")
            .build();

    @Test
    void givesEachUnmarkedWordTheSpellingTheArticlesUseMost() {
        assertEquals("bộ trưởng ngoại giao", model.restore("bo truong ngoai giao", 1));
        assertEquals("giá vàng tăng", model.restore("Gia vang tang", 1));
    }

    @Test
    void theNeighbouringWordsChooseBetweenSpellingsOfOneFoldedWord() {
        assertEquals("bộ trưởng", model.restore("bo truong", 1));
        assertEquals("bò sữa", model.restore("bo sua", 1));
        assertEquals("con bò", model.restore("con bo", 1));
    }

    @Test
    void punctuationInTheArticlesEndsAPair() {
        MarkModel split = MarkModel.builder()
                .article("Trại bò. Sữa tươi, sữa bột, sữa chua; bò. Sữa mới")
                .article("Bộ sưu tập, bộ đội, bộ áo, bộ trưởng")
                .build();

        assertEquals("bộ sữa", split.restore("bo sua", 1));
    }

    @Test
    void wordsTypedWithMarksAndWordsTheArticlesNeverUseStayAsTyped() {
        assertEquals("bò trưởng", model.restore("bò truong", 1));
        assertEquals("huawei bộ trưởng 2024", model.restore("Huawei bo truong 2024", 1));
        assertEquals("", model.restore(" , ", 1));
    }

    @Test
    void aWordWhoseSpellingsAreAboutEquallyLikelyIsGivenEachOfThemRatherThanOneGuess() {
        MarkModel even = MarkModel.builder().article("Bàn tay. Bàn chân. Bán nhà. Bán xe. Bạn bè. Bạn học.")
                .article("Giá vàng tăng, giá vàng giảm. Tăng giá.").build();

        assertEquals("bàn bán bạn giá vàng", even.restore("ban gia vang", 5));
        assertEquals("bàn giá vàng", even.restore("ban gia vang", 1));
    }

    @Test
    void aSpellingFarLessLikelyThanTheLikeliestIsNotGiven() {
        // bàn three times as often as bán
        MarkModel uneven = MarkModel.builder()
                .article("Bàn tay. Bàn chân. Bàn ghế. Bàn học. Bàn là. Bàn cờ. Bán nhà. Bán xe.").build();

        assertEquals("bàn bán", uneven.restore("ban", 5));
        assertEquals("bàn", uneven.restore("ban", 2));
    }

    @Test
    void theNeighboursLeaveOneSpellingWhereTheyMakeItClearlyTheLikeliest() {
        assertEquals("bộ trưởng", model.restore("bo truong", 5));
    }

    @Test
    void theLikelySpellingsOfAVeryLongTextAreNoMoreWordsThanItsFirstWordsRestored() {
        MarkModel even = MarkModel.builder().article("Bàn tay. Bàn chân. Bán nhà. Bán xe. Bạn bè. Bạn học.").build();

        String restored = even.restore("ban ".repeat(MarkModel.MAX_RESTORED_WORDS), 5);

        assertEquals(MarkModel.MAX_RESTORED_WORDS, restored.split(" ").length);
        assertTrue(restored.startsWith("bàn bán bạn bàn bán bạn"), restored);
    }

    @Test
    void punctuationAsTypedStaysSoThatTheAnalyzerReadsTheSameTokens() {
        assertEquals("covid-19 bộ trưởng, 3,5", model.restore("covid-19 bo truong, 3,5", 1));
    }

    @Test
    void onlyTheFirstWordsOfAVeryLongTextAreRestored() {
        String words = "bo truong ".repeat(MarkModel.MAX_RESTORED_WORDS);

        assertEquals(("bộ trưởng ".repeat(MarkModel.MAX_RESTORED_WORDS / 2)).strip(), model.restore(words, 1));
    }

    @Test
    void aModelOfNothingRestoresNothing() {
        assertEquals("bo truong", MarkModel.EMPTY.restore("bo truong", 1));
        assertEquals(0, MarkModel.EMPTY.articles());
    }

    @Test
    void countsTheArticlesAndWordsItLearnedFrom() {
        MarkModel counted = MarkModel.builder().article("Hà Nội, hà nội", "HÀ NỘI 2024").article(null, "Huế").build();

        assertEquals(2, counted.articles());
        assertEquals(4, counted.words());
    }
}
