package vn.newsroom.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QueryVariantsTest {

    @Test
    void otherTonePlacementMovesTheMarkBothWaysAndLeavesOtherSyllables() {
        assertEquals("hoà bình và thuỷ điện", QueryVariants.otherTonePlacement("hòa bình và thủy điện"));
        assertEquals("Hòa Bình, khỏe", QueryVariants.otherTonePlacement("Hoà Bình, khoẻ"));
        assertEquals("quý hoàng thuyền", QueryVariants.otherTonePlacement("quý hoàng thuyền"));
    }

    @Test
    void telexWritesTheKeysWithTheToneLast() {
        assertEquals("Vieetj Nam", QueryVariants.telex("Việt Nam"));
        assertEquals("Nguyeenx Xuaan Phucs", QueryVariants.telex("Nguyễn Xuân Phúc"));
        assertEquals("dduwowngf, hoaf binhf", QueryVariants.telex("đường, hoà bình"));
    }

    @Test
    void unmarkedStripsEveryMark() {
        assertEquals("Bo truong Ngoai giao Dan", QueryVariants.unmarked("Bộ trưởng Ngoại giao Đan"));
    }

    @Test
    void windowTakesConsecutiveWordsWithoutPunctuation() {
        String window = QueryVariants.window("Khởi tố kẻ trộm, hơn 1 tạ thóc", 4, new Random(3));
        List<String> all = QueryVariants.words("Khởi tố kẻ trộm hơn 1 tạ thóc");
        List<String> words = QueryVariants.words(window);
        assertEquals(4, words.size());
        int start = all.indexOf(words.getFirst());
        assertEquals(all.subList(start, start + 4), words);
        assertEquals("hai từ", QueryVariants.window("hai từ", 4, new Random(3)));
    }

    @Test
    void slipChangesOneLongWordButNeverItsFirstLetter() {
        for (int seed = 0; seed < 200; seed++) {
            String slipped = QueryVariants.withSlip("Bộ trưởng Ngoại giao", new Random(seed));
            List<String> words = QueryVariants.words(slipped);
            assertEquals("Bộ", words.get(0));
            assertTrue(words.get(1).startsWith("t") && words.get(2).startsWith("N") && words.get(3).startsWith("g"));
            assertNotEquals("Bộ trưởng Ngoại giao", slipped, "seed " + seed);
        }
    }

    @Test
    void unknownWordIsAddedOnce() {
        String query = QueryVariants.withUnknownWord("hoà bình thế giới", new Random(7));
        List<String> words = QueryVariants.words(query);
        assertEquals(5, words.size());
        assertEquals(1, words.stream().filter(word -> word.startsWith("qz")).count());
    }

    @Test
    void vietNewsTextIsDetokenized() {
        assertEquals("Cơ quan điều tra Công an TP. Hưng Yên (SN 1989), cho biết.",
                Corpus.detokenize("Cơ_quan điều_tra Công_an TP. Hưng_Yên ( SN 1989 ) , cho biết ."));
    }
}
