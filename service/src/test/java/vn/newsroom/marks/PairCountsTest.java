package vn.newsroom.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pair counts stay exact through the table's growth and trimming. */
class PairCountsTest {

    @Test
    void countsEveryPairExactlyThroughGrowthAndTrimming() {
        Random random = new Random(42);
        int[][] expected = new int[300][300];
        PairCounts pairs = new PairCounts();
        for (int i = 0; i < 60_000; i++) {
            int first = random.nextInt(300);
            int second = random.nextInt(300);
            pairs.increment(first, second, Integer.MAX_VALUE);
            expected[first][second]++;
        }
        PairCounts trimmed = pairs.trimmed();

        for (int first = 0; first < 300; first++) {
            for (int second = 0; second < 300; second++) {
                assertEquals(expected[first][second], pairs.get(first, second));
                assertEquals(expected[first][second], trimmed.get(first, second));
            }
        }
    }

    @Test
    void anOrderedPairIsNotItsReverse() {
        PairCounts pairs = new PairCounts();
        pairs.increment(1, 2, Integer.MAX_VALUE);

        assertEquals(1, pairs.get(1, 2));
        assertEquals(0, pairs.get(2, 1));
    }
}
