package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.newsroom.enrich.TokenizedText.Token;
import vn.newsroom.vietnamese.VietnameseText;

class TokenizedTextTest {

    @Test
    void cutsTextIntoWordsWithTheirKeysFormsAndGaps() {
        List<Token> tokens = TokenizedText.of("“Hòa bình” – ASEAN 2025, Timor-Leste.").tokens();

        assertEquals(List.of(
                new Token("Hòa", "hoa", "hoà", "“"),
                new Token("bình", "binh", "bình", " "),
                new Token("ASEAN", "asean", "asean", "” – "),
                new Token("2025", "2025", "2025", " "),
                new Token("Timor", "timor", "timor", ", "),
                new Token("Leste", "leste", "leste", "-")), tokens);
    }

    @Test
    void cutsLongWordsLikeShortOnes() {
        String longWord = "Nguyễnthịminhkhaiphườngbếnnghé";

        assertEquals(List.of(new Token(longWord, "nguyenthiminhkhaiphuongbennghe", "nguyễnthịminhkhaiphườngbếnnghé", "|"),
                new Token("Huế", "hue", "huế", " ")), TokenizedText.of("|" + longWord + " Huế").tokens());
    }

    @Test
    void readsDecomposedTextAsItsComposedForm() {
        String composed = "Thủy điện Sơn La";

        assertEquals(TokenizedText.of(composed), TokenizedText.of(Normalizer.normalize(composed, Normalizer.Form.NFD)));
    }

    @Test
    void tellsTextWrittenWithMarksFromTextWithout() {
        assertTrue(TokenizedText.of("Bộ trưởng Ngoại giao").marked());
        assertFalse(TokenizedText.of("Bo truong Ngoai giao").marked());
    }

    /** Whatever the text: words and gaps give the composed text back, and each word has its normal form and key. */
    @Test
    void keepsEveryCharacterAndNormalisesEachWordOnRandomText() {
        String pool = "abcdđêôơưạếỗờữ AĐÊƠƯẠẾỮZ019 \n.,;:-–“”…\u0301\u0323\u2000\u00a0北京";
        Random random = new Random(20261203);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(30); length > 0; length--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
            StringBuilder rebuilt = new StringBuilder();
            for (Token token : TokenizedText.of(text.toString()).tokens()) {
                rebuilt.append(token.gap()).append(token.text());
                assertEquals(VietnameseText.normalize(token.text()), token.form(), composed);
                assertEquals(VietnameseText.foldKey(token.text()), token.key(), composed);
            }
            assertTrue(composed.startsWith(rebuilt.toString()), composed);
            assertEquals(List.of(), TokenizedText.of(composed.substring(rebuilt.length())).tokens(), composed);
        }
    }
}
