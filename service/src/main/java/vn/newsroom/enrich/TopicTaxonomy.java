package vn.newsroom.enrich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topic taxonomy ({@value #RESOURCE}): topics with keyword weights, the score a topic needs
 * ({@link #threshold()}) and how much more a keyword counts in the title ({@link #titleWeight()}).
 */
@Singleton
public class TopicTaxonomy {

    static final String RESOURCE = "enrich/topics.json";

    @JsonIgnoreProperties("about") // free text for the people who edit the file
    record TaxonomyFile(double threshold, double titleWeight, List<Topic> topics) {
    }

    private final double threshold;
    private final double titleWeight;
    private final Map<String, Topic> byId = new LinkedHashMap<>();
    private final Map<String, Topic> byLabelKey = new HashMap<>();

    public TopicTaxonomy() {
        TaxonomyFile file = JsonResources.read(RESOURCE, TaxonomyFile.class);
        if (file.threshold() <= 0 || file.titleWeight() <= 0) {
            throw new IllegalStateException(RESOURCE + ": threshold and titleWeight must be positive");
        }
        threshold = file.threshold();
        titleWeight = file.titleWeight();
        for (Topic topic : file.topics()) {
            if (byId.putIfAbsent(topic.id(), topic) != null) {
                throw new IllegalStateException(RESOURCE + ": topic id '" + topic.id() + "' appears twice");
            }
            byLabelKey.putIfAbsent(NameKey.of(topic.label()), topic);
        }
    }

    /** All topics, in file order. */
    public List<Topic> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Topic> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The topic a search parameter means: its id, or its label with or without marks
     * ({@code south-china-sea}, {@code Biển Đông}, {@code bien dong}).
     */
    public Optional<Topic> resolve(String idOrLabel) {
        if (idOrLabel == null || idOrLabel.isBlank()) {
            return Optional.empty();
        }
        return byId(idOrLabel.strip()).or(() -> Optional.ofNullable(byLabelKey.get(NameKey.of(idOrLabel))));
    }

    /**
     * The Vietnamese label of a topic id.
     *
     * @throws IllegalArgumentException when the id is not in the taxonomy
     */
    public String labelOf(String id) {
        return byId(id).map(Topic::label)
                .orElseThrow(() -> new IllegalArgumentException("Not a topic id of the taxonomy: " + id));
    }

    /** The score a topic needs before an article gets it. */
    public double threshold() {
        return threshold;
    }

    /** How many times a keyword in the title counts, against once in the body. */
    public double titleWeight() {
        return titleWeight;
    }
}
