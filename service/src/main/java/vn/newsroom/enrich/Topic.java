package vn.newsroom.enrich;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic of the taxonomy.
 *
 * @param id          slug ("south-china-sea")
 * @param label       Vietnamese label ("Biển Đông")
 * @param description what belongs under it, for editors of the taxonomy
 * @param keywords    phrase → weight: each occurrence of the phrase adds its weight to the score
 */
public record Topic(String id, String label, String description, Map<String, Double> keywords) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public Topic {
        if (id == null || !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("Topic id must be a slug like 'south-china-sea': " + id);
        }
        Objects.requireNonNull(label, "label");
        if (keywords == null || keywords.isEmpty()) {
            throw new IllegalArgumentException("Topic " + id + " has no keywords");
        }
        keywords.forEach((phrase, weight) -> {
            if (weight == null || weight <= 0) {
                throw new IllegalArgumentException("Topic " + id + ": weight of '" + phrase + "' must be positive");
            }
        });
        keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords)); // file order, for stable output
    }
}
