package vn.newsroom.bench.relevance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newsroom.vietnamese.VietnameseText;

/** The ways a person may type a headline they remember: each a pure function of the headline (and a seeded random). */
final class QueryVariants {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** Each row: a vowel, then that vowel with grave, acute, hook above, tilde, dot below. */
    private static final String[] TONED = {"aàáảãạ", "eèéẻẽẹ", "oòóỏõọ", "uùúủũụ", "yỳýỷỹỵ"};
    private static final int A = 0;
    private static final int E = 1;
    private static final int O = 2;
    private static final int U = 3;
    private static final int Y = 4;
    private static final String CONSONANTS = "bcdghklmnpqrstvx";

    private QueryVariants() {
    }

    static String unmarked(String text) {
        return VietnameseText.fold(text);
    }

    /**
     * The other placement of the tone in open oa/oe/uy syllables: {@code hòa ↔ hoà}, {@code thủy ↔ thuỷ}; {@code quý}
     * and closed syllables ({@code hoàng}) have one placement only.
     */
    static String otherTonePlacement(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc);
        Matcher word = WORD.matcher(nfc);
        while (word.find()) {
            int second = word.end() - 1;
            int first = second - 1;
            if (first < word.start()) {
                continue;
            }
            int firstRow = row(nfc.charAt(first));
            int secondRow = row(nfc.charAt(second));
            boolean afterQ = first > word.start() && Character.toLowerCase(nfc.charAt(first - 1)) == 'q';
            boolean pair = firstRow == O && (secondRow == A || secondRow == E) || firstRow == U && secondRow == Y && !afterQ;
            if (pair) {
                int tone = Math.max(tone(nfc.charAt(first)), tone(nfc.charAt(second)));
                boolean onFirst = tone(nfc.charAt(first)) > 0;
                if (tone > 0) {
                    out.setCharAt(first, toned(nfc.charAt(first), firstRow, onFirst ? 0 : tone));
                    out.setCharAt(second, toned(nfc.charAt(second), secondRow, onFirst ? tone : 0));
                }
            }
        }
        return out.toString();
    }

    /** {@code length} consecutive words of the text from a random start; all of them when it has no more. */
    static String window(String text, int length, Random random) {
        List<String> words = words(text);
        if (words.size() <= length) {
            return String.join(" ", words);
        }
        int start = random.nextInt(words.size() - length + 1);
        return String.join(" ", words.subList(start, start + length));
    }

    /** The text with a made-up word, found in no article, at a random place. */
    static String withUnknownWord(String text, Random random) {
        List<String> words = new ArrayList<>(words(text));
        StringBuilder unknown = new StringBuilder("qz");
        for (int i = 0; i < 4; i++) {
            unknown.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        words.add(random.nextInt(words.size() + 1), unknown.toString());
        return String.join(" ", words);
    }

    /**
     * One slip of the fingers in one word of four letters or more, never on its first letter: a letter dropped,
     * doubled, swapped with the next or replaced by a random one. Texts without such a word come back unchanged.
     */
    static String withSlip(String text, Random random) {
        List<String> words = new ArrayList<>(words(text));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).codePointCount(0, words.get(i).length()) >= 4) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return String.join(" ", words);
        }
        int index = candidates.get(random.nextInt(candidates.size()));
        String word = Normalizer.normalize(words.get(index), Normalizer.Form.NFC);
        String slipped;
        do {
            slipped = slip(word, random);
        } while (slipped.equals(word)); // a swap of equal letters or a letter replaced by itself is no slip
        words.set(index, slipped);
        return String.join(" ", words);
    }

    private static String slip(String original, Random random) {
        StringBuilder word = new StringBuilder(original);
        int at = 1 + random.nextInt(word.length() - 1);
        switch (random.nextInt(4)) {
            case 0 -> word.deleteCharAt(at);
            case 1 -> word.insert(at, word.charAt(at));
            case 2 -> {
                int other = at + 1 < word.length() ? at + 1 : at - 1;
                char c = word.charAt(at);
                word.setCharAt(at, word.charAt(other));
                word.setCharAt(other, c);
            }
            default -> word.setCharAt(at, (char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /**
     * The keys typed in Telex when the input method did not convert them: {@code Việt → Vieetj},
     * {@code đường → dduwowngf}; the tone key ends the syllable.
     */
    static String telex(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(nfd);
        int last = 0;
        while (word.find()) {
            out.append(nfd, last, word.start());
            char tone = 0;
            for (int i = word.start(); i < word.end(); i++) {
                char c = nfd.charAt(i);
                switch (c) {
                    case '\u0302' -> out.append(out.charAt(out.length() - 1)); // circumflex: aa, ee, oo
                    case '\u0306', '\u031B' -> out.append('w'); // breve, horn: aw, ow, uw
                    case '\u0300' -> tone = 'f';
                    case '\u0301' -> tone = 's';
                    case '\u0309' -> tone = 'r';
                    case '\u0303' -> tone = 'x';
                    case '\u0323' -> tone = 'j';
                    case 'đ' -> out.append("dd");
                    case 'Đ' -> out.append("Dd");
                    default -> out.append(c);
                }
            }
            if (tone != 0) {
                out.append(tone);
            }
            last = word.end();
        }
        return out.append(nfd, last, nfd.length()).toString();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static int row(char c) {
        char lower = Character.toLowerCase(c);
        for (int row = 0; row < TONED.length; row++) {
            if (TONED[row].indexOf(lower) >= 0) {
                return row;
            }
        }
        return -1;
    }

    private static int tone(char c) {
        int row = row(c);
        return row < 0 ? 0 : TONED[row].indexOf(Character.toLowerCase(c));
    }

    private static char toned(char original, int row, int tone) {
        char c = TONED[row].charAt(tone);
        return Character.isUpperCase(original) ? Character.toUpperCase(c) : c;
    }
}
