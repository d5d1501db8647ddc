package vn.newsroom.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QueryKindTest {

    @Test
    void theQuotedKindAsksOnlyHeadlinesWithQuotesAsWritten() {
        String quoted = "Giá heo “khủng” dịp Tết";
        assertEquals(Optional.of(quoted), QueryKind.HEADLINE_QUOTED.derive(quoted, new Random(1)));
        assertEquals(Optional.empty(), QueryKind.HEADLINE_QUOTED.derive("Giá heo dịp Tết", new Random(1)));
    }

    @Test
    void theToneOriginalsAreTheHeadlinesTheOtherPlacementChangesAsWritten() {
        assertEquals(Optional.of("Hòa bình"), QueryKind.TONE_ORIGINAL.derive("Hòa bình", new Random(1)));
        assertEquals(Optional.of("Hoà bình"), QueryKind.OTHER_TONE_PLACEMENT.derive("Hòa bình", new Random(1)));
        assertEquals(Optional.empty(), QueryKind.TONE_ORIGINAL.derive("Hoàng gia", new Random(1)));
        assertEquals(Optional.empty(), QueryKind.OTHER_TONE_PLACEMENT.derive("Hoàng gia", new Random(1)));
    }
}
