package vn.newsroom.vietnamese.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

    @ParameterizedTest(name = "{0} is a syllable: {1}")
    @CsvSource({
        // onsets and spelling rules
        "nghiêng, true", "nghe, true", "nge, false", "ngi, false", "ghế, true", "gế, false", "kênh, true", "kỹ, true",
        "ca, true", "ce, false", "ka, false", "ci, false", "cuốc, true", "coa, false", "qua, true", "quốc, true",
        "quyết, true", "quỳnh, true", "qa, false", "gì, true", "giêng, true", "giữa, true", "gii, false",
        "yêu, true", "iêu, false", "tiêu, true", "tyêu, false", "đường, true", "fa, false", "za, false",
        // rhymes
        "khuỷu, true", "ngoẹo, true", "thuở, true", "ươ, false", "ă, false", "ăn, true", "xoong, false", "oong, false",
        // tones: stop codas take acute, dot below or none
        "việt, true", "viết, true", "viêt, true", "viềt, false", "hỏc, false", "sách, true", "sãch, false",
        // one tone, anywhere on the vowels
        "hòa, true", "hoà, true", "hóà, false", "quý, true"
    })
    void judgesMarkedSyllables(String word, boolean syllable) {
        assertEquals(syllable, Syllables.isSyllable(word));
    }

    @ParameterizedTest(name = "{0} is a syllable without its marks: {1}")
    @CsvSource({
        "viet, true", "nguoi, true", "duong, true", "quoc, true", "nghieng, true", "khong, true", "thuy, true",
        "vieetj, false", "khoong, false", "hoaf, false", "ddi, false", "kao, false", "google, false", "ok, false"
    })
    void judgesWordsTypedWithoutMarks(String word, boolean syllable) {
        assertEquals(syllable, Syllables.isSyllableWithoutMarks(word));
    }
}
