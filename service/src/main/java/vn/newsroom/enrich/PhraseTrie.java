package vn.newsroom.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.newsroom.enrich.TokenizedText.Token;

/**
 * The phrases of every vocabulary of a {@link PhraseMatcher} in one tree of fold keys, so that each word of a text is
 * looked up once for all vocabularies rather than once per vocabulary.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseTrie<T> {

    private record Word(String key, String form, boolean capitalised, boolean acronym) {
    }

    /** A phrase of one vocabulary; a {@code null} value blocks its words without producing a match. */
    record Phrase<T>(List<Word> words, T value, PhraseKind kind, int vocabulary) {

        int size() {
            return words.size();
        }

        /** Whether the text at {@code start} carries this phrase's marks and capitals (see {@link PhraseMatcher}). */
        boolean fits(TokenizedText text, int start) {
            List<Token> tokens = text.tokens();
            boolean name = kind == PhraseKind.NAME;
            for (int k = 0; k < words.size(); k++) {
                Word word = words.get(k);
                Token token = tokens.get(start + k);
                if ((text.marked() && !token.form().equals(word.form()))
                        || (word.acronym() && !token.acronym())
                        || (name && word.capitalised() && !token.capitalised())) {
                    return false;
                }
            }
            boolean oneWordName = name && words.size() == 1 && !words.get(0).acronym();
            return !(oneWordName && runsOnFromName(tokens, start));
        }

        private static boolean runsOnFromName(List<Token> tokens, int i) {
            if (i == 0 || !tokens.get(i).joinedBySpace()) {
                return false;
            }
            Token previous = tokens.get(i - 1);
            return previous.capitalised() && !previous.opensSentence();
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        /** In the order they were added: the first that fits wins among phrases of one vocabulary and length. */
        final List<Phrase<T>> phrases = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    void put(String phrase, T value, PhraseKind kind, int vocabulary) {
        List<Word> words = TokenizedText.of(phrase).tokens().stream()
                .map(t -> new Word(t.key(), t.form(), t.capitalised(), t.acronym()))
                .toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Phrase has no words: '" + phrase + "'");
        }
        Node<T> node = root;
        for (Word word : words) {
            node = node.next.computeIfAbsent(word.key(), k -> new Node<>());
        }
        for (Phrase<T> existing : node.phrases) {
            if (existing.vocabulary() == vocabulary && sameSpelling(existing.words(), words)) {
                if (Objects.equals(existing.value(), value)) {
                    return; // e.g. Singapore, both a country and its capital
                }
                throw new IllegalStateException("'" + phrase + "' is listed for both " + existing.value() + " and "
                        + value);
            }
        }
        node.phrases.add(new Phrase<>(words, value, kind, vocabulary));
    }

    private static boolean sameSpelling(List<Word> a, List<Word> b) {
        return a.stream().map(Word::form).toList().equals(b.stream().map(Word::form).toList());
    }

    /**
     * One walk from the word at {@code start} for all vocabularies: {@code longest[v]} becomes the longest phrase of
     * vocabulary {@code v} that fits there, or {@code null}, also when that vocabulary has used up the word already
     * ({@code free[v] > start}).
     *
     * @return whether any vocabulary has a phrase there
     */
    boolean longestAt(TokenizedText text, int start, int[] free, Phrase<T>[] longest) {
        List<Token> tokens = text.tokens();
        Node<T> node = root.next.get(tokens.get(start).key());
        if (node == null) {
            return false;
        }
        Arrays.fill(longest, null);
        boolean found = false;
        for (int end = start + 1; node != null; end++) {
            for (Phrase<T> phrase : node.phrases) {
                int v = phrase.vocabulary();
                boolean takenAtThisLength = longest[v] != null && longest[v].size() == end - start;
                if (free[v] <= start && !takenAtThisLength && phrase.fits(text, start)) {
                    longest[v] = phrase;
                    found = true;
                }
            }
            node = end < tokens.size() ? node.next.get(tokens.get(end).key()) : null;
        }
        return found;
    }
}
