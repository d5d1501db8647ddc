package vn.newsroom.related;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.newsroom.search.SearchHit;

/** Articles most like one article. */
@Schema(description = "Bài liên quan / Articles most like this one", requiredProperties = {"id", "hits"})
public record RelatedArticles(
        @Schema(description = "The article they are like", examples = "002_927cfe96377052b6") String id,
        @Schema(description = "Most alike first; snippets are the start of each body") List<SearchHit> hits) {
}
