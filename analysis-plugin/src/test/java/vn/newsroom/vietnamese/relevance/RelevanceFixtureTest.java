package vn.newsroom.vietnamese.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture is what its README promises, so the report's numbers mean what they say. */
class RelevanceFixtureTest {

    private static final RelevanceFixture FIXTURE = RelevanceFixture.load();

    @Test
    void holdsTheSeedArticlesAndAtLeastThreeHundredShortDocuments() {
        long seeds = FIXTURE.documents().stream().filter(document -> document.id().matches("\\d{3}_\\p{XDigit}+")).count();
        assertEquals(5, seeds);
        assertTrue(FIXTURE.documents().size() - seeds >= 300, () -> "only " + FIXTURE.documents().size() + " documents");
    }

    @Test
    void documentIdsAreUnique() {
        List<String> ids = FIXTURE.documents().stream().map(FixtureDocument::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    void everyJudgedDocumentExists() {
        Set<String> ids = FIXTURE.documents().stream().map(FixtureDocument::id).collect(Collectors.toSet());
        for (FixtureQuery query : FIXTURE.queries()) {
            assertTrue(ids.containsAll(query.relevant()), () -> query.id() + " judges unknown documents " + query.relevant());
        }
    }

    /** Recall@10 can then reach 1 for every query, so a shortfall is always a ranking miss. */
    @Test
    void everyQueryHasBetweenOneAndTenRelevantDocuments() {
        for (FixtureQuery query : FIXTURE.queries()) {
            int size = query.relevant().size();
            assertTrue(size >= 1 && size <= RelevanceEvaluator.DEPTH, () -> query.id() + " has " + size + " relevant documents");
        }
    }

    @Test
    void rowsMarkedNfdReachTheIndexDecomposed() {
        long decomposedDocuments = FIXTURE.documents().stream().map(FixtureDocument::text).filter(RelevanceFixtureTest::isDecomposed).count();
        long decomposedQueries = FIXTURE.queries().stream().map(FixtureQuery::text).filter(RelevanceFixtureTest::isDecomposed).count();
        assertEquals(30, decomposedDocuments);
        assertEquals(3, decomposedQueries);
    }

    private static boolean isDecomposed(String text) {
        return !Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }
}
