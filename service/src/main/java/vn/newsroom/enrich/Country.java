package vn.newsroom.enrich;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A country of the catalogue.
 *
 * @param code      ISO 3166-1 alpha-2 code, upper case ("LA")
 * @param name      Vietnamese display name ("Lào")
 * @param aliases   other spellings and names found in Vietnamese news ("Laos", "CHDCND Lào")
 * @param cities    capitals and major cities whose mention stands for the country ("Viêng Chăn")
 * @param ambiguous names (among {@code name} and {@code aliases}) that are also common words, such
 *                  as "Anh" (a pronoun) or "Ý" ("idea"): a search may use them, text matching does not
 */
public record Country(String code, String name, List<String> aliases, List<String> cities, List<String> ambiguous)
        implements Place {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    public Country {
        Objects.requireNonNull(name, "name");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Country code must be two capital letters: " + code);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        cities = cities == null ? List.of() : List.copyOf(cities);
        ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
        List<String> names = Stream.concat(Stream.of(name), aliases.stream()).toList();
        if (!names.containsAll(ambiguous)) {
            throw new IllegalArgumentException(code + ": every ambiguous name must also be its name or an alias");
        }
    }

    /** What to look for in article text: names, aliases and cities, less the ambiguous names. */
    List<String> textNames() {
        return Stream.concat(names().stream(), cities.stream()).filter(n -> !ambiguous.contains(n)).toList();
    }
}
