package vn.newsroom.enrich;

import java.util.List;
import java.util.Objects;

/**
 * An organisation (ASEAN, EU, UN, ...) or a region (Đông Nam Á, Trung Đông, ...) worth a facet of
 * its own, kept apart from countries.
 *
 * @param id      slug ("asean", "southeast-asia")
 * @param name    display name
 * @param aliases other names and acronyms
 */
public record Organisation(String id, String name, List<String> aliases) implements Place {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
