package vn.newsroom.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.newsroom.enrich.PhraseTrie.Phrase;

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
 *   <li>{@link PhraseKind#NAME Names}: a word capitalised in the phrase must be capitalised in the text
 *       ("Lào", not "lao"). A one-word name that runs on, after a space, from a capitalised word
 *       in mid-sentence is part of a longer proper name and not matched: "Trần Đức Bình" is a
 *       person, not Germany, "Nguyễn Thị Nga" not Russia.</li>
 * </ul>
 *
 * <p>A matcher may hold several {@link Builder#newVocabulary() vocabularies}: each is matched as by a
 * matcher of its own (its phrases compete for words only with each other), but the text is walked
 * once for all of them.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {

    /** Where a phrase was found: words {@code start} (inclusive) to {@code end} (exclusive). */
    record Match<T>(T value, int start, int end) {
    }

    private final PhraseTrie<T> trie;
    private final int vocabularies;

    private PhraseMatcher(PhraseTrie<T> trie, int vocabularies) {
        this.trie = trie;
        this.vocabularies = vocabularies;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static final class Builder<T> {
        private final PhraseTrie<T> trie = new PhraseTrie<>();
        private int vocabulary;

        Builder<T> add(String phrase, T value, PhraseKind kind) {
            trie.put(phrase, Objects.requireNonNull(value, "value"), kind, vocabulary);
            return this;
        }

        /** Words that look like a listed phrase but are not one ("Biển Đông", "Lào Cai"). */
        Builder<T> block(String phrase) {
            trie.put(phrase, null, PhraseKind.NAME, vocabulary);
            return this;
        }

        /**
         * Phrases added from here on form a vocabulary of their own: they neither hide nor are hidden by the
         * phrases added before (a topic's keywords by another topic's, or by a place name).
         */
        Builder<T> newVocabulary() {
            vocabulary++;
            return this;
        }

        PhraseMatcher<T> build() {
            return new PhraseMatcher<>(trie, vocabulary + 1);
        }
    }

    /** Every vocabulary's matches, in order of their first word (vocabularies in the order they were built). */
    List<Match<T>> find(TokenizedText text) {
        List<Match<T>> matches = new ArrayList<>();
        int[] free = new int[vocabularies]; // each vocabulary's first word not used up by its own matches
        @SuppressWarnings("unchecked")
        Phrase<T>[] longest = new Phrase[vocabularies];
        for (int start = 0; start < text.tokens().size(); start++) {
            if (!trie.longestAt(text, start, free, longest)) {
                continue;
            }
            for (Phrase<T> phrase : longest) {
                if (phrase != null) {
                    free[phrase.vocabulary()] = start + phrase.size();
                    if (phrase.value() != null) {
                        matches.add(new Match<>(phrase.value(), start, start + phrase.size()));
                    }
                }
            }
        }
        return matches;
    }
}
