package vn.newsroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineCleanerTest {

    /** What the cleaning means, as the two expressions it replaces. */
    private static final Pattern TABLE_PIPES = Pattern.compile("^[|\\h]+|[|\\h]+$");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    /** Lines are split on these, so a line never holds one. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static String byExpressions(String line) {
        return HORIZONTAL_SPACE.matcher(TABLE_PIPES.matcher(line).replaceAll("")).replaceAll(" ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '\'', value = {
        "'| Hà Nội | 30 độ |';Hà Nội | 30 độ",
        "'|||';''",
        "'  Bộ  trưởng\t\tNgoại giao  ';Bộ trưởng Ngoại giao",
        "'Giá\u00A0vàng\u3000tăng';Giá vàng tăng",
        "'';''",
        "'Hợp tác ASEAN năm 2024: bước chuyển quan trọng';Hợp tác ASEAN năm 2024: bước chuyển quan trọng",
    })
    void dropsPipesAtTheEndsAndCollapsesSpaces(String line, String cleaned) {
        assertEquals(cleaned, LineCleaner.clean(line));
    }

    @Test
    void agreesWithTheExpressionsOnEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String line = "" + c + "x" + c + c + "y" + c + " z";
            if (!LINE_BREAK.matcher(line).find()) {
                assertEquals(byExpressions(line), LineCleaner.clean(line), String.format("with U+%04X", (int) c));
            }
        }
    }

    @Test
    void agreesWithTheExpressionsOnRandomLines() {
        assertAgreeOnRandomTexts("ab|ệ.\t \u00A0\u1680\u180E\u2000\u2005\u200A\u200B\u202F\u205F\u3000", 7,
                LineCleanerTest::byExpressions, LineCleaner::clean);
    }

    @Test
    void splitsLinesOnEveryLineBreakTakingCarriageReturnLineFeedAsOne() {
        assertEquals(List.of("Hà Nội", "", "Đà Nẵng", "Huế", "Vinh"), LineCleaner.lines("Hà Nội\r\n\nĐà Nẵng\u2028Huế\rVinh\n\n"));
    }

    @Test
    void splitsLinesAsTheLineBreakExpressionOnRandomText() {
        assertAgreeOnRandomTexts("aệ \r\n\u000B\f\u0085\u2028\u2029\u2027", 11,
                text -> Arrays.asList(LINE_BREAK.split(text)), LineCleaner::lines);
    }

    /** 20,000 texts of up to 11 chars of the alphabet; a failure names the text's code points. */
    private static void assertAgreeOnRandomTexts(String alphabet, long seed, Function<String, ?> expected,
            Function<String, ?> actual) {
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(chars);
            assertEquals(expected.apply(text), actual.apply(text), () -> "for " + text.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
