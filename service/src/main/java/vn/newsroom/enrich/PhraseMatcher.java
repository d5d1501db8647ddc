package vn.newsroom.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.newsroom.enrich.TokenizedText.Token;

/**
 * Finds catalogue phrases in text, longest first: at each word the longest phrase that fits wins
 * and its words are used up, so "Lào Cai" (a Vietnamese province, listed as blocked) hides "Lào"
 * and "Ấn Độ Dương" hides "Ấn Độ".
 *
 * <p>Words are looked up by {@link vn.newsroom.vietnamese.VietnameseText#foldKey fold key}, then
 * checked:
 * <ul>
 *   <li>In text written with marks, each word must carry the phrase's marks (tone placement aside,
 *       so hoà = hòa): "biến động" is not "Biển Đông", "ba lần" is not "Ba Lan". Only text typed
 *       without any marks is matched on the folded form alone.</li>
 *   <li>An acronym in the phrase (ASEAN, DOC, SOM) must be in capitals in the text: "doc" and
 *       "som" are Vietnamese words once folded.</li>
 *   <li>{@link Kind#NAME Names}: a word capitalised in the phrase must be capitalised in the text
 *       ("Lào", not "lao"). A one-word name that runs on, after a space, from a capitalised word
 *       in mid-sentence is part of a longer proper name and not matched: "Trần Đức Bình" is a
 *       person, not Germany, "Nguyễn Thị Nga" not Russia.</li>
 * </ul>
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {

    /** How strictly a phrase's capitals are read. */
    enum Kind {
        /** A proper name: capitals matter. */
        NAME,
        /** A topic term: only acronyms are case-sensitive. */
        TERM
    }

    /** Where a phrase was found: words {@code start} (inclusive) to {@code end} (exclusive). */
    record Match<T>(T value, int start, int end) {
    }

    private record Word(String key, String form, boolean capitalised, boolean acronym) {
    }

    /** A phrase; a {@code null} value blocks its words without producing a match. */
    private record Phrase<T>(List<Word> words, T value, Kind kind) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<Phrase<T>> phrases = new ArrayList<>();
    }

    private final Node<T> root;

    private PhraseMatcher(Node<T> root) {
        this.root = root;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static final class Builder<T> {
        private final Node<T> root = new Node<>();

        Builder<T> add(String phrase, T value, Kind kind) {
            return put(phrase, Objects.requireNonNull(value, "value"), kind);
        }

        /** Words that look like a listed phrase but are not one ("Biển Đông", "Lào Cai"). */
        Builder<T> block(String phrase) {
            return put(phrase, null, Kind.NAME);
        }

        private Builder<T> put(String phrase, T value, Kind kind) {
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
                if (sameSpelling(existing.words(), words)) {
                    if (Objects.equals(existing.value(), value)) {
                        return this; // e.g. Singapore, both a country and its capital
                    }
                    throw new IllegalStateException("'" + phrase + "' is listed for both " + existing.value() + " and " + value);
                }
            }
            node.phrases.add(new Phrase<>(words, value, kind));
            return this;
        }

        private static boolean sameSpelling(List<Word> a, List<Word> b) {
            return a.stream().map(Word::form).toList().equals(b.stream().map(Word::form).toList());
        }

        PhraseMatcher<T> build() {
            return new PhraseMatcher<>(root);
        }
    }

    List<Match<T>> find(TokenizedText text) {
        List<Token> tokens = text.tokens();
        List<Match<T>> matches = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            Phrase<T> longest = longestAt(text, start);
            if (longest == null) {
                start++;
                continue;
            }
            int end = start + longest.words().size();
            if (longest.value() != null) {
                matches.add(new Match<>(longest.value(), start, end));
            }
            start = end;
        }
        return matches;
    }

    private Phrase<T> longestAt(TokenizedText text, int start) {
        List<Token> tokens = text.tokens();
        Phrase<T> longest = null;
        Node<T> node = root;
        for (int i = start; i < tokens.size(); i++) {
            node = node.next.get(tokens.get(i).key());
            if (node == null) {
                break;
            }
            for (Phrase<T> phrase : node.phrases) {
                if (fits(phrase, text, start)) {
                    longest = phrase;
                    break;
                }
            }
        }
        return longest;
    }

    private static boolean fits(Phrase<?> phrase, TokenizedText text, int start) {
        List<Token> tokens = text.tokens();
        boolean name = phrase.kind() == Kind.NAME;
        for (int k = 0; k < phrase.words().size(); k++) {
            Word word = phrase.words().get(k);
            Token token = tokens.get(start + k);
            if ((text.marked() && !token.form().equals(word.form()))
                    || (word.acronym() && !token.acronym())
                    || (name && word.capitalised() && !token.capitalised())) {
                return false;
            }
        }
        boolean oneWordName = name && phrase.words().size() == 1 && !phrase.words().get(0).acronym();
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
