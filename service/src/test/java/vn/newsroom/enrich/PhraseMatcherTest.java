package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newsroom.enrich.PhraseMatcher.Kind;

class PhraseMatcherTest {

    @Test
    void letsTheLongestPhraseWinAndBlockedPhrasesHideTheirWords() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("Lào", "LA", Kind.NAME)
                .block("Lào Cai")
                .build();

        assertEquals(List.of(new PhraseMatcher.Match<>("LA", 4, 5)), matcher.find(TokenizedText.of("Từ Lào Cai sang Lào.")));
    }

    @Test
    void requiresTheMarksOfTheWordInTextWrittenWithMarks() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder().add("Biển Đông", "scs", Kind.TERM).build();

        assertEquals(List.of(), matcher.find(TokenizedText.of("Nhiều biến động.")));
        assertEquals(1, matcher.find(TokenizedText.of("Về biển Đông.")).size());
        assertEquals(1, matcher.find(TokenizedText.of("Ve Bien Dong.")).size());
    }

    @Test
    void requiresCapitalsOnlyForNamesAndAcronyms() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("Lào", "LA", Kind.NAME)
                .add("SOM", "som", Kind.TERM)
                .add("hội nghị", "meeting", Kind.TERM)
                .build();

        assertEquals(List.of("meeting"), values(matcher, "lao vao Hoi Nghi som"));
        assertEquals(List.of("LA", "meeting", "som"), values(matcher, "Lao vao hoi nghi SOM"));
    }

    @Test
    void findsEachVocabularysPhrasesAsIfTheOthersWereNotThere() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("Lào", "LA", Kind.NAME)
                .block("Lào Cai")
                .newVocabulary()
                .add("Cai", "cai", Kind.TERM)
                .add("Cai Lậy", "cai-lay", Kind.TERM)
                .newVocabulary()
                .add("Lào", "lao-topic", Kind.TERM)
                .build();

        assertEquals(List.of(new PhraseMatcher.Match<>("lao-topic", 1, 2), new PhraseMatcher.Match<>("cai", 2, 3),
                new PhraseMatcher.Match<>("cai-lay", 4, 6), new PhraseMatcher.Match<>("LA", 7, 8),
                new PhraseMatcher.Match<>("lao-topic", 7, 8)), matcher.find(TokenizedText.of("Từ Lào Cai về Cai Lậy, sang Lào.")));
    }

    @Test
    void listsOnePhraseInTwoVocabulariesForBoth() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.<String>builder().add("ASEAN", "org", Kind.NAME)
                .newVocabulary().add("ASEAN", "topic", Kind.TERM);

        assertEquals(List.of("org", "topic"), values(builder.build(), "Hội nghị ASEAN"));
    }

    @Test
    void refusesAPhraseListedForTwoThings() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.<String>builder().add("Timor Leste", "TL", Kind.NAME);

        assertThrows(IllegalStateException.class, () -> builder.add("Timor-Leste", "XX", Kind.NAME));
    }

    private static List<String> values(PhraseMatcher<String> matcher, String text) {
        return matcher.find(TokenizedText.of(text)).stream().map(PhraseMatcher.Match::value).toList();
    }
}
