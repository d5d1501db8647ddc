package vn.newsroom.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Load on the service until its CPU per request stops falling: on 2 cores the JIT competes with the requests it
 * compiles for, and it took 5 minutes of c=8 before the service's CPU per request settled (3.6 ms after one minute,
 * under 1 ms after five), so a fixed short warm-up measured the compiler rather than the service.
 */
final class WarmUp {

    /** A round counts as no better when it is within this share of the best round before it. */
    static final double NO_BETTER = 0.95;
    /** How many rounds in a row must be no better. */
    static final int FLAT_ROUNDS = 2;

    /** One round of load and the service's CPU per request during it, in ms. */
    interface Round {
        double cpuMsPerRequest() throws IOException;
    }

    private WarmUp() {
    }

    /**
     * Rounds until at least {@code minimum} has passed and the cost has {@linkplain #settled settled}, or until
     * {@code maximum}.
     *
     * @return each round's CPU ms per request, in order
     */
    static List<Double> untilSettled(Round round, Duration roundLength, Duration minimum, Duration maximum)
            throws IOException {
        List<Double> rounds = new ArrayList<>();
        long minimumRounds = Math.max(FLAT_ROUNDS + 1, ceilDiv(minimum, roundLength));
        long maximumRounds = Math.max(minimumRounds, ceilDiv(maximum, roundLength));
        while (rounds.size() < maximumRounds && !(rounds.size() >= minimumRounds && settled(rounds))) {
            rounds.add(round.cpuMsPerRequest());
        }
        return rounds;
    }

    /**
     * Whether the last {@value #FLAT_ROUNDS} rounds were each no better than the best before them: one alone may be an
     * unlucky round while the JIT is still at work.
     */
    static boolean settled(List<Double> rounds) {
        if (rounds.size() <= FLAT_ROUNDS) {
            return false;
        }
        int first = rounds.size() - FLAT_ROUNDS;
        double best = rounds.subList(0, first).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return rounds.subList(first, rounds.size()).stream().allMatch(round -> round >= best * NO_BETTER);
    }

    private static long ceilDiv(Duration total, Duration part) {
        return (total.toNanos() + part.toNanos() - 1) / part.toNanos();
    }
}
