package vn.newsroom.enrich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The country catalogue ({@value #RESOURCE}): ISO codes, Vietnamese names, aliases and cities.
 *
 * <p>The same file lists the organisations and regions that get a facet of their own and the names
 * that contain a country word without being the country ("Biển Đông", "Lào Cai"), because all of
 * them compete for the same words in a text.
 */
@Singleton
public class CountryCatalog {

    static final String RESOURCE = "enrich/countries.json";

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z]{2}");

    @JsonIgnoreProperties("about") // free text for the people who edit the file
    record CatalogFile(List<Country> countries, List<Organisation> organisations, List<String> notCountries) {
    }

    private final List<Country> countries;
    private final List<Organisation> organisations;
    private final List<String> notCountries;
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byNameKey = new HashMap<>();

    public CountryCatalog() {
        CatalogFile file = JsonResources.read(RESOURCE, CatalogFile.class);
        countries = List.copyOf(file.countries());
        organisations = List.copyOf(file.organisations());
        notCountries = List.copyOf(file.notCountries());
        for (Country country : countries) {
            putUnique(byCode, country.code(), country);
            for (String name : country.names()) {
                putUnique(byNameKey, NameKey.of(name), country);
            }
        }
    }

    private static void putUnique(Map<String, Country> map, String key, Country country) {
        Country other = map.putIfAbsent(key, country);
        if (other != null && other != country) {
            throw new IllegalStateException(RESOURCE + ": '" + key + "' names both " + other.code() + " and " + country.code());
        }
    }

    /**
     * The country a search parameter means: an ISO code in any case ({@code la}, {@code LA}), or a
     * name or alias with or without marks, hyphens or capitals ({@code Lào}, {@code lao},
     * {@code timor leste}, {@code Đông Timor}). Two ASCII letters are read as a code first, so
     * {@code my} is Malaysia while {@code Mỹ} is the United States.
     */
    public Optional<Country> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String input = codeOrName.strip();
        if (CODE_LIKE.matcher(input).matches() && byCode.containsKey(input.toUpperCase(Locale.ROOT))) {
            return Optional.of(byCode.get(input.toUpperCase(Locale.ROOT)));
        }
        return Optional.ofNullable(byNameKey.get(NameKey.of(input)));
    }

    /** All countries, in catalogue order. */
    public List<Country> all() {
        return countries;
    }

    /** The country of an ISO code, in any case; names are not codes ({@code Lào} finds nothing here). */
    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The Vietnamese name of a country code, in any case.
     *
     * @throws IllegalArgumentException when the code is not in the catalogue
     */
    public String nameOf(String code) {
        return byCode(code).map(Country::name)
                .orElseThrow(() -> new IllegalArgumentException("Not a country code of the catalogue: " + code));
    }

    /** Organisations and regions, in catalogue order. */
    public List<Organisation> organisations() {
        return organisations;
    }

    List<String> notCountries() {
        return notCountries;
    }
}
