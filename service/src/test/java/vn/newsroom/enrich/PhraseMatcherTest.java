package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void letsTheLongestPhraseWinAndBlockedPhrasesHideTheirWords() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("Lào", "LA", PhraseKind.NAME)
                .block("Lào Cai")
                .build();

        assertEquals(List.of(new PhraseMatcher.Match<>("LA", 4, 5)), matcher.find(TokenizedText.of("Từ Lào Cai sang Lào.")));
    }

    @Test
    void requiresTheMarksOfTheWordInTextWrittenWithMarks() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder().add("Biển Đông", "scs", PhraseKind.TERM).build();

        assertEquals(List.of(), matcher.find(TokenizedText.of("Nhiều biến động.")));
        assertEquals(1, matcher.find(TokenizedText.of("Về biển Đông.")).size());
        assertEquals(1, matcher.find(TokenizedText.of("Ve Bien Dong.")).size());
    }

    @Test
    void requiresCapitalsOnlyForNamesAndAcronyms() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("Lào", "LA", PhraseKind.NAME)
                .add("SOM", "som", PhraseKind.TERM)
                .add("hội nghị", "meeting", PhraseKind.TERM)
                .build();

        assertEquals(List.of("meeting"), values(matcher, "lao vao Hoi Nghi som"));
        assertEquals(List.of("LA", "meeting", "som"), values(matcher, "Lao vao hoi nghi SOM"));
    }

    @Test
    void findsEachVocabularysPhrasesAsIfTheOthersWereNotThere() {
        PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
                .add("Lào", "LA", PhraseKind.NAME)
                .block("Lào Cai")
                .newVocabulary()
                .add("Cai", "cai", PhraseKind.TERM)
                .add("Cai Lậy", "cai-lay", PhraseKind.TERM)
                .newVocabulary()
                .add("Lào", "lao-topic", PhraseKind.TERM)
                .build();

        assertEquals(List.of(new PhraseMatcher.Match<>("lao-topic", 1, 2), new PhraseMatcher.Match<>("cai", 2, 3),
                new PhraseMatcher.Match<>("cai-lay", 4, 6), new PhraseMatcher.Match<>("LA", 7, 8),
                new PhraseMatcher.Match<>("lao-topic", 7, 8)), matcher.find(TokenizedText.of("Từ Lào Cai về Cai Lậy, sang Lào.")));
    }

    @Test
    void listsOnePhraseInTwoVocabulariesForBoth() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.<String>builder().add("ASEAN", "org", PhraseKind.NAME)
                .newVocabulary().add("ASEAN", "topic", PhraseKind.TERM);

        assertEquals(List.of("org", "topic"), values(builder.build(), "Hội nghị ASEAN"));
    }

    @Test
    void refusesAPhraseListedForTwoThings() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.<String>builder().add("Timor Leste", "TL", PhraseKind.NAME);

        assertThrows(IllegalStateException.class, () -> builder.add("Timor-Leste", "XX", PhraseKind.NAME));
    }

    private static List<String> values(PhraseMatcher<String> matcher, String text) {
        return matcher.find(TokenizedText.of(text)).stream().map(PhraseMatcher.Match::value).toList();
    }
}
