package vn.newsroom.marks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.newsroom.enrich.TokenizedText;
import vn.newsroom.enrich.TokenizedText.Token;
import vn.newsroom.vietnamese.VietnameseText;

/**
 * How the articles spell words: every word and every pair of adjacent words counted, so that text typed without marks
 * can be given the marks the articles most likely use ({@code bo truong ngoai giao → bộ trưởng ngoại giao}). Each
 * unmarked word may become any marked word that folds to it; the likeliest sequence wins (Viterbi over word pairs,
 * backing off to single words), so the neighbours decide between {@code bộ} and {@code bò}. Immutable.
 */
public final class MarkModel {

    /** A model of nothing: it restores nothing. */
    public static final MarkModel EMPTY = new Builder().build();

    /** Spellings kept per folded word, the most frequent first: the rest are too rare to ever win. */
    private static final int SPELLINGS_PER_WORD = 8;
    /** Weight of a word never seen after the previous one against one that was (stupid backoff). */
    private static final double BACKOFF = Math.log(0.4);
    /** The spaces the typed text had between two words become one. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Words restored per query, and most words in what it is restored to: a pasted text longer than this is rare, and
     * its first words say enough.
     */
    static final int MAX_RESTORED_WORDS = 64;
    /**
     * Bounds on what is counted, whatever the articles hold: news texts have a few hundred words, and 2,000 of them
     * a few hundred thousand distinct pairs; past these, new words and pairs are not counted (those seen still are).
     */
    static final int MAX_WORDS_PER_TEXT = 3_000;
    static final int MAX_DISTINCT_WORDS = 1 << 18;
    static final int MAX_DISTINCT_PAIRS = 1 << 20;

    private final Map<String, Integer> ids;
    private final String[] words;
    private final int[] counts;
    private final double logTotal;
    private final Map<String, int[]> spellings;
    private final PairCounts pairs;
    private final int articles;

    private MarkModel(Builder builder) {
        this.ids = Map.copyOf(builder.ids);
        this.words = builder.words.toArray(String[]::new);
        this.counts = Arrays.copyOf(builder.counts, words.length);
        this.logTotal = Math.log(Math.max(1, builder.total));
        this.pairs = builder.pairs.trimmed();
        this.articles = builder.articles;
        this.spellings = IntStream.range(0, words.length).boxed()
                .collect(Collectors.groupingBy(id -> VietnameseText.fold(words[id]))).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .sorted(Comparator.comparingInt((Integer id) -> counts[id]).reversed())
                        .limit(SPELLINGS_PER_WORD).mapToInt(Integer::intValue).toArray()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How many articles the counts come from. */
    public int articles() {
        return articles;
    }

    /** How many distinct words the model knows. */
    public int words() {
        return words.length;
    }

    /**
     * The text's words, lowercased, each unmarked word spelt as the articles most likely spell it in this company;
     * words typed with marks, and words the articles never use, stay as typed. An unmarked word with other spellings
     * within {@code odds} of its likeliest (less than {@code odds} times less likely) is given each of them, the
     * likeliest first: one guess, when wrong, would favour articles about something else, and no spelling at all would
     * give up the marks the user most likely meant.
     */
    public String restore(String text, double odds) {
        List<Token> all = TokenizedText.of(text).tokens();
        List<Token> typed = all.subList(0, Math.min(all.size(), MAX_RESTORED_WORDS));
        int length = typed.size();
        int[][] candidates = typed.stream().map(this::candidates).toArray(int[][]::new);
        double[][] before = new double[length][];
        for (int i = 0; i < length; i++) {
            before[i] = new double[candidates[i].length];
            Token word = typed.get(i);
            for (int c = 0; c < candidates[i].length; c++) {
                int id = candidates[i][c];
                before[i][c] = i == 0 ? alone(id)
                        : best(before[i - 1], candidates[i - 1], previous -> transition(word, previous, id));
            }
        }
        double[][] after = new double[length][];
        for (int i = length - 1; i >= 0; i--) {
            after[i] = new double[candidates[i].length];
            for (int c = 0; c < candidates[i].length; c++) {
                int id = candidates[i][c];
                Token next = i + 1 < length ? typed.get(i + 1) : null;
                after[i][c] = next == null ? 0
                        : best(after[i + 1], candidates[i + 1], following -> transition(next, id, following));
            }
        }
        // the text as typed, its punctuation kept ("covid-19" stays one token), each word spelt as chosen or as each
        // of its likely spellings; no more words than MAX_RESTORED_WORDS in all, which bounds the cursors that carry it
        StringBuilder restored = new StringBuilder();
        double within = Math.log(odds);
        int written = 0;
        for (int i = 0; i < length && written < MAX_RESTORED_WORDS; i++) {
            Token word = typed.get(i);
            restored.append(word.gap());
            written++;
            if (candidates[i][0] < 0) {
                restored.append(word.form());
                continue;
            }
            // each spelling's likeliest whole reading
            double[] reading = new double[candidates[i].length];
            int choice = 0;
            for (int c = 0; c < reading.length; c++) {
                reading[c] = before[i][c] + after[i][c];
                if (reading[c] > reading[choice]) {
                    choice = c;
                }
            }
            restored.append(words[candidates[i][choice]]);
            for (int c = 0; c < reading.length && written < MAX_RESTORED_WORDS; c++) {
                if (c != choice && reading[choice] - reading[c] < within) {
                    restored.append(' ').append(words[candidates[i][c]]);
                    written++;
                }
            }
        }
        return SPACES.matcher(restored.toString().strip()).replaceAll(" ");
    }

    /** The best of {@code scores}, each candidate's score plus its transition. */
    private static double best(double[] scores, int[] candidates, IntToDoubleFunction transition) {
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates.length; c++) {
            best = Math.max(best, scores[c] + transition.applyAsDouble(candidates[c]));
        }
        return best;
    }

    /**
     * Log-likelihood of word {@code id} at {@code word}'s place after {@code previous}: only spaces between them make a
     * pair, punctuation ends one.
     */
    private double transition(Token word, int previous, int id) {
        return word.joinedBySpace() ? following(previous, id) : alone(id);
    }

    /** The ids the word may stand for; {@code -1} alone for a word kept as typed. */
    private int[] candidates(Token word) {
        if (!word.key().equals(word.form())) {
            Integer id = ids.get(word.form());
            return new int[] {id == null ? -1 : id};
        }
        return spellings.getOrDefault(word.key(), new int[] {-1});
    }

    private double alone(int id) {
        return id < 0 ? 0 : Math.log(counts[id]) - logTotal;
    }

    private double following(int previous, int id) {
        if (previous < 0 || id < 0) {
            return alone(id);
        }
        int pair = pairs.get(previous, id);
        return pair > 0 ? Math.log(pair) - Math.log(counts[previous]) : BACKOFF + alone(id);
    }

    /** Counts the words of articles' texts; not thread-safe. */
    public static final class Builder {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private int[] counts = new int[1024];
        private long total;
        private final PairCounts pairs = new PairCounts();
        private int articles;

        private Builder() {}

        /** One article's texts (title, lead, body: each its own text, so no pair spans two). */
        public Builder article(String... texts) {
            for (String text : texts) {
                if (text != null) {
                    text(text);
                }
            }
            articles++;
            return this;
        }

        private void text(String text) {
            int previous = -1;
            List<Token> split = TokenizedText.of(text).tokens();
            for (Token word : split.subList(0, Math.min(split.size(), MAX_WORDS_PER_TEXT))) {
                int id = id(word.form());
                if (id >= 0) {
                    counts[id]++;
                    total++;
                    if (previous >= 0 && word.joinedBySpace()) {
                        pairs.increment(previous, id, MAX_DISTINCT_PAIRS);
                    }
                }
                previous = id;
            }
        }

        /** The word's id; -1 for a new word once the model knows as many as it may. */
        private int id(String word) {
            Integer known = ids.get(word);
            if (known != null) {
                return known;
            }
            if (words.size() >= MAX_DISTINCT_WORDS) {
                return -1;
            }
            words.add(word);
            if (words.size() > counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            ids.put(word, words.size() - 1);
            return words.size() - 1;
        }

        public MarkModel build() {
            return new MarkModel(this);
        }
    }
}
