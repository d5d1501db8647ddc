package vn.newsroom.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void nearestRankPercentilesOfUnsortedSamples() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * MS;
        }
        Latencies latencies = Latencies.of(nanos, 2);
        assertEquals(50.0, latencies.percentileMs(50));
        assertEquals(99.0, latencies.percentileMs(99));
        assertEquals(100.0, latencies.percentileMs(100));
        assertEquals(1.0, latencies.percentileMs(0));
        assertEquals(50.0, latencies.perSecond());
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        Latencies one = Latencies.of(new long[] {7 * MS}, 1);
        assertEquals(7.0, one.percentileMs(50));
        assertEquals(7.0, one.percentileMs(99));
    }

    @Test
    void noSamplesHaveNoPercentile() {
        assertTrue(Double.isNaN(Latencies.of(new long[0], 1).percentileMs(50)));
    }

    @Test
    void ratiosAreServiceOverDirect() {
        assertEquals("0.74×", Latencies.ratio(119, 160));
        assertEquals("1.25×", Latencies.ratio(16.0, 12.8));
        assertEquals("n/a", Latencies.ratio(1, 0));
        assertEquals("n/a", Latencies.ratio(Double.NaN, 1));
    }
}
