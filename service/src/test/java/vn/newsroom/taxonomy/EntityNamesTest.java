package vn.newsroom.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.taxonomy.EntityNames.Entity;
import vn.newsroom.taxonomy.EntityNames.Kind;

class EntityNamesTest {

    private final EntityNames names = new EntityNames(new CountryCatalog(), new TopicTaxonomy());

    private List<String> values(String prefix) {
        return names.matching(prefix, EnumSet.allOf(Kind.class), 20).stream().map(Entity::value).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "viet, VN",
            "Việt N, VN",
            "VIỆT, VN",
            "dong timo, TL",
            "timor-l, TL",
            "bien d, south-china-sea",
            "lien minh chau, eu",
            "cam, KH",
    })
    void findsEntitiesByAnAccentInsensitivePrefixOfAnyNameOrWord(String prefix, String expected) {
        assertTrue(values(prefix).contains(expected), () -> prefix + " -> " + values(prefix));
    }

    @ParameterizedTest(name = "{0} ranks {1} first")
    @CsvSource({"lao, LA", "campu, KH", "an do, IN"})
    void aNameStartingWithThePrefixRanksFirst(String prefix, String first) {
        assertEquals(first, values(prefix).getFirst(), () -> prefix + " -> " + values(prefix));
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @CsvSource({"'  '", "'...'", "xyzzy"})
    void blankOrUnknownPrefixesFindNothing(String prefix) {
        assertEquals(List.of(), values(prefix));
    }
}
