package vn.newsroom.vietnamese.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsroom.vietnamese.VietnameseText;

class InputMethodTest {

    private static final Set<InputMethod> BOTH = EnumSet.allOf(InputMethod.class);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // Telex: doubled vowels and d, w, tone keys at the end or before the coda
        "Vieetj, việt", "VIEETJ, việt", "vieejt, việt", "nguyeenx, nguyễn", "Nguyeenx, nguyễn", "tieengs, tiếng",
        "quyeets, quyết", "khoong, không", "ddi, đi", "ddaayf, đầy", "dduwowngf, đường",
        "uw, ư", "w, ư", "nhw, như", "ow, ơ", "awn, ăn", "hoawcj, hoặc", "nguwowif, người", "truowngf, trường",
        "truongwf, trường", "thuowr, thuở", "quoocs, quốc", "hocj, học", "hoasz, hoa",
        // tone on the main vowel, new style as vi_normalize writes it
        "hoaf, hoà", "khoer, khoẻ", "thuyr, thuỷ", "quys, quý", "giaf, già", "gif, gì", "giuwx, giữ",
        // VNI: digits after the letter or at the end
        "Vie6t5, việt", "viet65, việt", "d9i, đi", "d9u7o7ng2, đường", "nguo7i2, người", "hoa2, hoà", "a8n, ăn",
        "quo6c1, quốc", "thuy3, thuỷ",
        // a loanword rhyme left out of the syllable table, so khoong can be decoded
        "xoong, xông"
    })
    void decodesLeftoversIntoTheMeantSyllable(String typed, String syllable) {
        assertEquals(syllable, InputMethod.decode(typed, BOTH));
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({
        // names and acronyms that look like keys but decode to no syllable
        "Huawei", "Google", "ASEAN", "OK", "Kao", "Facebook", "Samsung", "Trump", "Sony", "Apple", "Microsoft",
        "Tesla", "Toyota", "Windows", "Twitter", "NATO", "COVID", "FIFA", "Myanmar", "Bangkok", "Putin", "London",
        "WHO", "UNCLOS",
        // a tone key before a vowel is not how people type: not decoded
        "USA", "hofa",
        // syllables already, with or without marks
        "ban", "hoa", "viet", "nguoi", "duong", "khong", "Nam", "việt", "hoà", "người", "nguyễn", "đường",
        // keys that make no syllable, doubled tone keys (undo), a vowel doubled across a consonant
        "dd", "d9", "aw", "ass", "u23", "A320", "2024", "mama", "coco",
        // marked letters are never keys
        "ngươif"
    })
    void leavesRealWordsAndNonDecodableKeysAlone(String word) {
        assertNull(InputMethod.decode(word, BOTH));
    }

    @Test
    void decodesOnlyTheChosenInputMethods() {
        assertEquals("việt", InputMethod.decode("Vieetj", EnumSet.of(InputMethod.TELEX)));
        assertNull(InputMethod.decode("Vie6t5", EnumSet.of(InputMethod.TELEX)));
        assertEquals("việt", InputMethod.decode("Vie6t5", EnumSet.of(InputMethod.VNI)));
        assertNull(InputMethod.decode("Vieetj", EnumSet.of(InputMethod.VNI)));
    }

    /** Every marked syllable of the relevance fixture, typed in Telex and in VNI, decodes back to itself. */
    @Test
    void decodesEveryFixtureSyllableTypedEitherWay() throws IOException {
        Set<String> syllables = markedSyllables();
        List<String> wrong = new ArrayList<>();
        for (String syllable : syllables) {
            for (String typed : List.of(Keystrokes.telex(syllable), Keystrokes.vni(syllable))) {
                if (!syllable.equals(InputMethod.decode(typed, BOTH))) {
                    wrong.add(typed + " → " + InputMethod.decode(typed, BOTH) + " (" + syllable + ")");
                }
            }
        }
        assertTrue(syllables.size() > 1000, "fixture syllables: " + syllables.size());
        assertEquals(List.of(), wrong);
    }

    /** The syllable table knows every marked word of the fixture (Vietnamese news text), foreign names aside. */
    @Test
    void syllableTableCoversTheFixtureVocabulary() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String word : markedWords()) {
            if (!Syllables.isSyllable(word)) {
                unknown.add(word);
            }
        }
        assertEquals(List.of(), unknown);
    }

    private static Set<String> markedSyllables() throws IOException {
        Set<String> syllables = new TreeSet<>();
        for (String word : markedWords()) {
            if (Syllables.isSyllable(word)) {
                syllables.add(word);
            }
        }
        return syllables;
    }

    /** Lowercase NFC words with at least one mark, canonical tone placement. */
    private static Set<String> markedWords() throws IOException {
        String text;
        try (InputStream in = InputMethodTest.class.getResourceAsStream("/relevance/docs.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> words = new TreeSet<>();
        Matcher word = Pattern.compile("\\p{L}+").matcher(VietnameseText.normalize(text));
        while (word.find()) {
            if (!VietnameseText.fold(word.group()).equals(word.group())) {
                words.add(word.group());
            }
        }
        return words;
    }
}
