package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicAssignmentTest {

    private final ArticleEnricher enricher = Catalogues.ENRICHER;

    @Test
    void aPassingMentionIsNotATopic() {
        assertEquals(List.of(), topics("Các nước phối hợp trong những vấn đề an ninh khu vực, trong đó có Biển Đông."));
    }

    @Test
    void doesNotReadBienDongIntoBienDong() {
        assertEquals(List.of(), topics("Thị trường biến động. Giá cả biến động mạnh. Tình hình còn nhiều biến động."));
    }

    @Test
    void aTopicTheArticleComesBackToPasses() {
        assertEquals(List.of("south-china-sea"),
                topics("Về Biển Đông, các nước cam kết thực hiện DOC và sớm hoàn tất COC."));
    }

    @Test
    void aHeadlineWordCountsMoreThanABodyWord() {
        String body = "Các bên thảo luận về Biển Đông.";

        assertEquals(List.of(), topics(body));
        assertEquals(List.of("south-china-sea"), enricher.enrich("Tình hình Biển Đông", body).topics().stream().map(TopicMatch::id).toList());
    }

    @Test
    void readsAcronymsOnlyInCapitals() {
        assertEquals(List.of(), topics("Moi ban doc som gui y kien ve doc va coc."));
    }

    @Test
    void ranksTopicsByScoreWithTheirLabels() {
        List<TopicMatch> topics = enricher.enrich(null,
                "Đại dịch Covid-19 và vắc xin Covid. Tội phạm mạng, lừa đảo trực tuyến.").topics();

        assertEquals(List.of("health-covid-19", "transnational-crime"), topics.stream().map(TopicMatch::id).toList());
        assertEquals("Y tế - COVID-19", topics.get(0).label());
        assertEquals(7.0, topics.get(0).score());
        assertTrue(topics.get(0).score() > topics.get(1).score());
    }

    @Test
    void enrichesNothingFromNothing() {
        assertEquals(new Enrichment(List.of(), List.of(), List.of()), enricher.enrich(null, null));
    }

    private List<String> topics(String text) {
        return enricher.enrich(null, text).topics().stream().map(TopicMatch::id).toList();
    }
}
