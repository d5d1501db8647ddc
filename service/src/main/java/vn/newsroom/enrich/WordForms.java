package vn.newsroom.enrich;

import vn.newsroom.vietnamese.VietnameseText;

/**
 * The normal form and fold key of a word, shared between the occurrences of recently seen words. News text repeats a
 * few thousand syllables; normalising every occurrence anew allocated about 250 bytes per word and made most of an
 * upload's tokenizing time (IngestCpuBenchmark). Shared strings also keep their hash codes for the phrase lookups.
 *
 * <p>A fixed table, each word in one slot by its hash, a newer word replacing an older one: its memory is bounded
 * whatever is uploaded. Threads share it without locks; a slot read while another thread fills it gives either
 * entry, and an entry, immutable, is always whole.
 */
final class WordForms {

    /**
     * @param form {@link VietnameseText#normalize}
     * @param key  {@link VietnameseText#fold} of the form
     */
    record Forms(String text, String form, String key) {
    }

    private static final int SLOTS = 1 << 13;
    /** Longer words (URLs, long numbers) are rare and would only crowd the table. */
    private static final int MAX_CACHED_LENGTH = 24;
    private static final Forms[] TABLE = new Forms[SLOTS];

    private WordForms() {}

    /** The forms of {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
    static Forms of(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_CACHED_LENGTH) {
            return forms(text.substring(start, end));
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Forms seen = TABLE[slot];
        if (seen != null && seen.text().length() == length && seen.text().regionMatches(0, text, start, length)) {
            return seen;
        }
        Forms forms = forms(text.substring(start, end));
        TABLE[slot] = forms;
        return forms;
    }

    /** The same string where the forms do not differ, for less memory and identical keys. */
    private static Forms forms(String word) {
        String form = VietnameseText.normalize(word);
        String key = VietnameseText.fold(form);
        form = form.equals(word) ? word : form;
        return new Forms(word, form, key.equals(form) ? form : key);
    }
}
