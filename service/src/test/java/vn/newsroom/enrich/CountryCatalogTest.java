package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCatalogTest {

    private final CountryCatalog catalog = new CountryCatalog();

    @ParameterizedTest
    @ValueSource(strings = {"la", "LA", "La", "Lào", "lao", "LÀO", " Laos ", "CHDCND Lào"})
    void resolvesLaosFromACodeOrANameWithOrWithoutMarks(String input) {
        assertEquals("LA", code(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tl", "Timor-Leste", "timor leste", "Đông Timor", "dong timo"})
    void resolvesTimorLesteSpellings(String input) {
        assertEquals("TL", code(input));
    }

    @Test
    void readsTwoAsciiLettersAsACodeFirst() {
        assertEquals("MY", code("my"));
        assertEquals("US", code("Mỹ"));
        assertEquals("US", code("hoa ky"));
    }

    @Test
    void acceptsNamesTooAmbiguousToLookForInText() {
        assertEquals("GB", code("Anh"));
        assertEquals("IT", code("Ý"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"xx", "Atlantis", "Biển Đông", "Hà Nội"})
    void resolvesNothingElse(String input) {
        assertEquals(Optional.empty(), catalog.resolve(input));
    }

    @Test
    void namesCountriesInVietnamese() {
        assertEquals("Việt Nam", catalog.nameOf("vn"));
        assertEquals("Campuchia", catalog.nameOf("KH"));
        assertEquals("Ucraina", catalog.nameOf("UA"));
        assertThrows(IllegalArgumentException.class, () -> catalog.nameOf("XX"));
    }

    @Test
    void findsCountriesByCodeOnlyNotByName() {
        assertEquals("LA", catalog.byCode(" la ").orElseThrow().code());
        assertEquals(Optional.empty(), catalog.byCode("Lào"));
        assertEquals(Optional.empty(), catalog.byCode("XX"));
    }

    @Test
    void coversAseanItsDialoguePartnersAndTheCountriesInTheNews() {
        Set<String> codes = catalog.all().stream().map(Country::code).collect(Collectors.toSet());

        assertTrue(codes.containsAll(Set.of(
                "VN", "LA", "KH", "TH", "MY", "SG", "ID", "PH", "MM", "BN", "TL",
                "AU", "CA", "CN", "IN", "JP", "KR", "NZ", "RU", "US", "GB",
                "UA", "FI", "BE", "FR", "DE")), codes.toString());
        assertTrue(codes.size() >= 60 && codes.size() <= 90, "catalogue size " + codes.size());
    }

    private String code(String input) {
        return catalog.resolve(input).map(Country::code).orElse(null);
    }
}
