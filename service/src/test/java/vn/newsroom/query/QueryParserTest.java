package vn.newsroom.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsroom.query.ParsedQuery.Operand;
import vn.newsroom.query.ParsedQuery.Phrase;
import vn.newsroom.query.ParsedQuery.Word;

class QueryParserTest {

    /** Required groups as "a|b c" (alternatives joined by |, groups by spaces), phrases in quotes, then "-x" exclusions. */
    private static String shape(String q) {
        ParsedQuery parsed = QueryParser.parse(q);
        StringBuilder out = new StringBuilder();
        parsed.required().forEach(group -> out.append(out.isEmpty() ? "" : " ").append(String.join("|",
                group.alternatives().stream().map(QueryParserTest::show).toList())));
        parsed.excluded().forEach(operand -> out.append(out.isEmpty() ? "" : " ").append('-').append(show(operand)));
        return out.toString();
    }

    private static String show(Operand operand) {
        return operand instanceof Phrase ? "'" + operand.text() + "'" : operand.text();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', quoteCharacter = '`', value = {
            "bo truong ngoai giao = bo truong ngoai giao",
            "`\"Hội nghị Cấp cao\" -Myanmar` = 'Hội nghị Cấp cao' -Myanmar",
            "`-\"Biển Đông\" tàu` = tàu -'Biển Đông'",
            "Lào OR Campuchia họp = Lào|Campuchia họp",
            "`a OR \"b c\" OR d` = a|'b c'|d",
            "OR Lào OR = Lào",
            "`a OR -b` = a -b",
            "a or b = a or b",
            "COVID-19 --x = COVID-19 -x",
            "Su -30 rơi -x = Su -30 rơi -x",
            "`“ngoại giao” kinh tế` = 'ngoại giao' kinh tế",
            "`\"không đóng` = 'không đóng'",
            "`(( ]] - ... \"\"` = ``",
            "`` = ``",
    })
    void readsTheQueryLanguage(String q, String expected) {
        assertEquals(expected, shape(q));
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeSpacesKeepingOffsets() {
        ParsedQuery parsed = QueryParser.parse("a\u0000b\ud800c\tLào");
        assertEquals("a b c Lào", parsed.text());
        assertEquals(List.of(new Word("a", 0, 1), new Word("b", 2, 3), new Word("c", 4, 5), new Word("Lào", 6, 9)),
                parsed.positives());
    }

    @Test
    void offsetsPointIntoTheText() {
        ParsedQuery parsed = QueryParser.parse("x \"ngoại giao\" -Myanmar");
        parsed.positives().forEach(operand ->
                assertEquals(operand.text(), parsed.text().substring(operand.start(), operand.end())));
        Operand excluded = parsed.excluded().getFirst();
        assertEquals("Myanmar", parsed.text().substring(excluded.start(), excluded.end()));
    }

    @Test
    void pastTheLimitOperandsAreLeftOutAndTheTextEndsBeforeThem() {
        ParsedQuery parsed = QueryParser.parse("Lào OR Campuchia \"lúa gạo\" -Myanmar xuất khẩu", 4);
        assertEquals("Lào OR Campuchia \"lúa gạo\" -Myanmar", parsed.text());
        assertEquals(List.of("Lào", "Campuchia", "lúa gạo"), parsed.positives().stream().map(Operand::text).toList());
        assertEquals(List.of("Myanmar"), parsed.excluded().stream().map(Operand::text).toList());
        assertEquals("a b", QueryParser.parse("a b", 4).text());
    }

    @Test
    void wordsAreCountedInsidePhrasesAndOrGroupsButNotInExclusions() {
        assertEquals(5, QueryParser.parse("\"lúa gạo\" Lào OR Campuchia ... -Myanmar xuất").wordCount());
    }

    @Test
    void onlyExclusionsRequireNothing() {
        ParsedQuery parsed = QueryParser.parse("-Myanmar");
        assertTrue(!parsed.hasRequiredTerms() && !parsed.isEmpty());
    }
}
