package vn.newsroom.vietnamese.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a word is one well-formed Vietnamese syllable, judged by the spelling system alone: an
 * onset from a fixed list, a rhyme (medial, nucleus and coda) from a fixed table, the spelling rules
 * that tie them ({@code k, gh, ngh} only before {@code i e ê}, {@code c, g, ng} never there,
 * {@code qu} for {@code c} + medial, {@code yê} without onset, {@code iê} after one) and one tone.
 * Stop codas ({@code p t c ch}) take only the acute or the dot below, or no mark at all, since
 * unmarked text is everyday Vietnamese. No dictionary: a well-formed syllable nobody uses passes.
 * The tone may sit on any vowel of the syllable (both placements of {@code hoà/hòa} pass).
 * Not accepted: the loanword rhymes {@code oong, ooc} ({@code xoong, boong}), so that {@code khoong}
 * stays a Telex spelling of {@code không}.
 */
public final class Syllables {

    /** Every onset a word starts with is tried, since one may hide another: gi is g + i in "gì". */
    private static final List<String> ONSETS = List.of(
            "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    private static final Set<String> RHYMES = Set.of((""
            + "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
            + "e ec em en eng eo ep et ê êch êm ên ênh êp êt êu "
            + "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu yêm yên yêt yêu "
            + "o oc oi om on ong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
            + "u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt "
            + "ư ưa ưc ưi ưm ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu y "
            + "oa oac oach oai oam oan oang oanh oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet "
            + "uân uâng uât uây uê uêch uênh uơ uy uych uynh uyp uyt uya uyu uyên uyêt").split(" "));
    /** What follows qu: the rhymes a medial u or o leads, without it (qua, quê, quyên, quang, quốc). */
    private static final Set<String> AFTER_QU = afterQu();
    /** Every spelling of a rhyme (after qu or not) by its form without marks: "uong" → uông, ương. */
    private static final Map<String, List<String>> RHYMES_WITHOUT_MARKS = rhymesWithoutMarks();
    /** Longest syllable: "nghiêng". */
    private static final int MAX_LENGTH = 7;

    private Syllables() {}

    /** True if {@code word}, lowercase and composed (NFC), is one Vietnamese syllable. */
    public static boolean isSyllable(CharSequence word) {
        if (word.isEmpty() || word.length() > MAX_LENGTH) {
            return false;
        }
        StringBuilder letters = new StringBuilder(word.length());
        int tone = Vowels.NO_TONE;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int charTone = Vowels.toneOf(c);
            if (charTone > Vowels.NO_TONE) {
                if (tone != Vowels.NO_TONE) {
                    return false;
                }
                tone = charTone;
            }
            letters.append(Vowels.letterOf(c));
        }
        return isSyllable(letters.toString(), tone);
    }

    /**
     * True if {@code word}, lowercase letters typed without any mark, is a syllable once its marks
     * are put back: {@code viet, nguoi, duong} are ({@code việt, người, đường}), {@code vieetj} is not.
     */
    public static boolean isSyllableWithoutMarks(CharSequence word) {
        if (word.isEmpty() || word.length() > MAX_LENGTH) {
            return false;
        }
        String letters = word.toString();
        for (String onset : ONSETS) {
            if (letters.startsWith(onset)) {
                for (String rhyme : RHYMES_WITHOUT_MARKS.getOrDefault(letters.substring(onset.length()), List.of())) {
                    if (fits(onset, rhyme, Vowels.NO_TONE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True if lowercase {@code letters} without tone marks, with {@code tone}, make one syllable. */
    static boolean isSyllable(String letters, int tone) {
        for (String onset : ONSETS) {
            if (letters.startsWith(onset) && fits(onset, letters.substring(onset.length()), tone)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String onset, String rhyme, int tone) {
        if (!toneFits(rhyme, tone)) {
            return false;
        }
        if (onset.equals("qu")) {
            return AFTER_QU.contains(rhyme);
        }
        if (!RHYMES.contains(rhyme) || (rhyme.startsWith("yê") && !onset.isEmpty())) {
            return false;
        }
        boolean front = startsWithAny(rhyme, "ieê");
        return switch (onset) {
            case "" -> !rhyme.startsWith("iê");
            case "k" -> front || rhyme.startsWith("y");
            case "gh", "ngh" -> front;
            case "c" -> !front && !rhyme.startsWith("y") && !hasMedial(rhyme);
            case "ng" -> !front && !rhyme.startsWith("y");
            // g before i is gi with its i shared (gì, giêng); before e, ê it is spelled gh.
            case "g" -> !startsWithAny(rhyme, "eêy");
            case "gi" -> !rhyme.startsWith("i");
            default -> true;
        };
    }

    private static boolean toneFits(String rhyme, int tone) {
        boolean stop = rhyme.endsWith("p") || rhyme.endsWith("t") || rhyme.endsWith("c") || rhyme.endsWith("ch");
        return !stop || tone == Vowels.NO_TONE || tone == Vowels.ACUTE || tone == Vowels.DOT;
    }

    /** A medial o or u before the nucleus (hoa, hoe, tuân, thuê, tuy, thuở): after c it is spelled qu. */
    private static boolean hasMedial(String rhyme) {
        return rhyme.length() > 1 && isMedialPair(rhyme.charAt(0), rhyme.charAt(1));
    }

    private static boolean isMedialPair(char medial, char nucleus) {
        return (medial == 'o' && "aăe".indexOf(nucleus) >= 0) || (medial == 'u' && "âêyơ".indexOf(nucleus) >= 0);
    }

    private static boolean startsWithAny(String text, String firstChars) {
        return !text.isEmpty() && firstChars.indexOf(text.charAt(0)) >= 0;
    }

    private static Set<String> afterQu() {
        Set<String> afterQu = new HashSet<>();
        for (String rhyme : RHYMES) {
            // Besides the medial rhymes, qu takes the u-nucleus ones written alike (qua, quốc, qui).
            if (rhyme.length() > 1 && (rhyme.charAt(0) == 'u' || isMedialPair(rhyme.charAt(0), rhyme.charAt(1)))
                    && Vowels.isVowel(rhyme.charAt(1))) {
                afterQu.add(rhyme.substring(1));
            }
        }
        return Set.copyOf(afterQu);
    }

    private static Map<String, List<String>> rhymesWithoutMarks() {
        Map<String, List<String>> byUnmarked = new HashMap<>();
        for (Set<String> rhymes : List.of(RHYMES, AFTER_QU)) {
            for (String rhyme : rhymes) {
                char[] chars = rhyme.toCharArray();
                String unmarked = new String(chars, 0, Diacritics.strip(chars, chars.length));
                byUnmarked.computeIfAbsent(unmarked, k -> new ArrayList<>()).add(rhyme);
            }
        }
        return byUnmarked;
    }
}
