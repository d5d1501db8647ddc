package vn.newsroom.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.NameKey;
import vn.newsroom.enrich.TopicTaxonomy;

/**
 * The names of the known entities (countries, topics, organisations and regions) searchable by an
 * accent-insensitive prefix of any of their words: {@code viet} finds Việt Nam, {@code nam} too, {@code dong ti}
 * finds Timor-Leste by its alias Đông Timor. In memory: the catalogues are small and a lookup takes microseconds.
 */
@ApplicationScoped
public class EntityNames {

    /** What a name belongs to. */
    public enum Kind { COUNTRY, TOPIC, ORGANISATION }

    /** A known entity: its kind, the value a filter takes (code or id) and its Vietnamese display name. */
    public record Entity(Kind kind, String value, String label) {
    }

    /** One name of an entity, as a folded key: lowercase, no marks, words joined by single spaces. */
    private record Name(Entity entity, String key) {
    }

    private final List<Name> names;
    private final Map<Kind, Map<String, String>> labels = new EnumMap<>(Kind.class);

    public EntityNames(CountryCatalog countries, TopicTaxonomy topics) {
        names = Stream.of(
                countries.all().stream().flatMap(country -> names(new Entity(Kind.COUNTRY, country.code(), country.name()),
                        Stream.concat(Stream.of(country.name()), country.aliases().stream()))),
                topics.all().stream().flatMap(topic -> names(new Entity(Kind.TOPIC, topic.id(), topic.label()),
                        Stream.of(topic.label()))),
                countries.organisations().stream().flatMap(org -> names(new Entity(Kind.ORGANISATION, org.id(), org.name()),
                        Stream.concat(Stream.of(org.name()), org.aliases().stream()))))
                .flatMap(s -> s)
                .toList();
        names.forEach(name -> labels.computeIfAbsent(name.entity().kind(), kind -> new HashMap<>())
                .put(name.entity().value(), name.entity().label()));
    }

    /** The display name of the entity of that kind with that value (code or id). */
    public Optional<String> label(Kind kind, String value) {
        return Optional.ofNullable(labels.getOrDefault(kind, Map.of()).get(value));
    }

    private static Stream<Name> names(Entity entity, Stream<String> names) {
        return names.map(name -> new Name(entity, NameKey.of(name)));
    }

    /**
     * Entities of the given kinds with a name starting with {@code prefix} or with a word of it starting so; a name
     * that starts with it ranks first, then shorter labels. A blank prefix finds nothing.
     */
    public List<Entity> matching(String prefix, Set<Kind> kinds, int limit) {
        String wanted = NameKey.of(prefix);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Entity, Integer> best = new LinkedHashMap<>();
        for (Name name : names) {
            if (!kinds.contains(name.entity().kind())) {
                continue;
            }
            int rank = name.key().startsWith(wanted) ? 0 : name.key().contains(" " + wanted) ? 1 : -1;
            if (rank >= 0) {
                best.merge(name.entity(), rank, Math::min);
            }
        }
        return best.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Entity, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(entry -> entry.getKey().label().length())
                        .thenComparing(entry -> entry.getKey().label()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
