package vn.newsroom.vietnamese.relevance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints MRR@10 and recall@10 of Elasticsearch's {@code standard} analyzer and of the Vietnamese
 * analysis on the relevance fixture, and checks what a reader of the search results would notice.
 */
class RelevanceReportTest {

    private static RelevanceReport report;

    @BeforeAll
    static void evaluate() throws IOException {
        report = RelevanceReport.run(RelevanceFixture.load(),
                List.of(SearchConfiguration.standard(), SearchConfiguration.vietnamese()));
        System.out.println(report.table());
        System.out.println(report.differences());
    }

    @Test
    void vietnameseAnalysisRanksAtLeastAsWellAsStandardOverall() {
        Scores standard = report.scores("standard", RelevanceReport.ALL);
        Scores vi = report.scores("vi", RelevanceReport.ALL);
        assertAll(
                () -> assertTrue(vi.mrr() >= standard.mrr(), () -> "MRR@10 " + vi + " < " + standard),
                () -> assertTrue(vi.recall() >= standard.recall(), () -> "recall@10 " + vi + " < " + standard));
    }

    @Test
    void queriesTypedWithoutMarksFindTheMarkedArticles() {
        assertNearPerfectWhereStandardFails("unmarked");
    }

    @Test
    void eitherTonePlacementFindsArticlesWrittenWithTheOther() {
        assertNearPerfectWhereStandardFails("tone-placement");
    }

    @Test
    void decomposedTextMatchesComposedText() {
        assertNearPerfectWhereStandardFails("nfd");
    }

    /**
     * The first hit is right for nearly every query, and vi finds more relevant articles than standard.
     * Recall's bar is lower than MRR's because judgments are topical: some relevant articles share no
     * word with the query in any spelling ("mưa lớn miền Trung" and a report of 1,000 mm of rain in Huế).
     */
    private static void assertNearPerfectWhereStandardFails(String category) {
        Scores standard = report.scores("standard", category);
        Scores vi = report.scores("vi", category);
        assertAll(
                () -> assertTrue(vi.mrr() >= 0.9, () -> category + ": vi MRR@10 below 0.9: " + vi),
                () -> assertTrue(vi.recall() >= 0.8, () -> category + ": vi recall@10 below 0.8: " + vi),
                () -> assertTrue(vi.recall() > standard.recall(), () -> category + ": standard " + standard + " vs vi " + vi));
    }
}
