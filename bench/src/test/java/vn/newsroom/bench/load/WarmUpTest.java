package vn.newsroom.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    private static final Duration ROUND = Duration.ofSeconds(15);

    @Test
    void keepsGoingWhileARoundIsClearlyCheaperThanTheBestBefore() {
        assertFalse(WarmUp.settled(List.of(3.6, 2.0)));
        assertFalse(WarmUp.settled(List.of(3.6, 2.0, 1.8)));
        assertFalse(WarmUp.settled(List.of(3.6, 2.0, 1.8, 1.8)));
    }

    @Test
    void oneRoundNoBetterIsNotEnoughAsTheJitMayStillBeAtWork() {
        // as measured: 5.63 then an unlucky 6.43, then 3.07 once the compiler had finished
        assertFalse(WarmUp.settled(List.of(12.29, 8.39, 8.75, 5.63, 6.43)));
    }

    @Test
    void settlesOnTwoRoundsInARowNoBetterThanTheBestBefore() {
        assertTrue(WarmUp.settled(List.of(3.6, 2.0, 1.95, 2.05)));
        assertTrue(WarmUp.settled(List.of(3.6, 1.0, 1.4, 1.0)));
    }

    @Test
    void runsRoundsUntilTheCostSettlesOnceTheMinimumHasPassed() throws IOException {
        Iterator<Double> costs = List.of(3.6, 2.0, 1.2, 1.0, 1.0, 1.02, 0.5).iterator();

        List<Double> rounds = WarmUp.untilSettled(costs::next, ROUND, Duration.ofSeconds(30), Duration.ofMinutes(10));

        assertEquals(List.of(3.6, 2.0, 1.2, 1.0, 1.0, 1.02), rounds);
    }

    @Test
    void runsTheMinimumEvenWhenTheCostIsFlatFromTheStart() throws IOException {
        Iterator<Double> costs = List.of(1.0, 1.0, 1.0, 1.0, 1.0).iterator();

        List<Double> rounds = WarmUp.untilSettled(costs::next, ROUND, Duration.ofSeconds(60), Duration.ofMinutes(10));

        assertEquals(4, rounds.size());
    }

    @Test
    void stopsAtTheMaximumWhenTheCostKeepsFalling() throws IOException {
        Iterator<Double> costs = List.of(8.0, 4.0, 2.0, 1.0, 0.5, 0.25).iterator();

        List<Double> rounds = WarmUp.untilSettled(costs::next, ROUND, Duration.ofSeconds(15), Duration.ofSeconds(60));

        assertEquals(List.of(8.0, 4.0, 2.0, 1.0), rounds);
    }
}
