package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicTaxonomyTest {

    private final TopicTaxonomy taxonomy = new TopicTaxonomy();

    @Test
    void loadsTheDocumentedTopics() {
        assertEquals(List.of("summits-meetings", "asean-community", "politics-security", "economy-trade", "socio-culture",
                        "south-china-sea", "health-covid-19", "myanmar", "asean-membership", "digital-transformation",
                        "climate", "transnational-crime"),
                taxonomy.all().stream().map(Topic::id).toList());
        assertTrue(taxonomy.all().stream().allMatch(topic -> !topic.description().isBlank()));
    }

    @Test
    void looksUpTopicsAndLabels() {
        assertEquals("Biển Đông", taxonomy.labelOf("south-china-sea"));
        assertEquals(Optional.empty(), taxonomy.byId("sports"));
        assertThrows(IllegalArgumentException.class, () -> taxonomy.labelOf("sports"));
    }

    @Test
    void resolvesAnIdOrALabelWithOrWithoutMarks() {
        assertEquals("south-china-sea", taxonomy.resolve("south-china-sea").map(Topic::id).orElseThrow());
        assertEquals("south-china-sea", taxonomy.resolve("bien dong").map(Topic::id).orElseThrow());
        assertEquals("digital-transformation", taxonomy.resolve("Chuyển đổi số").map(Topic::id).orElseThrow());
        assertEquals(Optional.empty(), taxonomy.resolve("thể thao"));
    }

    @Test
    void rejectsATopicIdThatIsNotASlug() {
        assertThrows(IllegalArgumentException.class, () -> new Topic("Biển Đông", "Biển Đông", "", java.util.Map.of("Biển Đông", 1.0)));
    }
}
