package vn.newsroom.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one item of a bulk upload. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Kết quả một bài / One item's outcome")
public record BulkOutcome(
        @Schema(description = "Position of the item in the upload, from 0", examples = "0") int index,
        @Schema(description = "The article's id; absent when the item was refused before one could be known",
                nullable = true, examples = "3f9a1c0b7d2e4a6b8c1d") String id,
        Status status,
        @Schema(description = "Why the item failed", nullable = true,
                examples = "publishedAt: Cannot read '2022-13': a published date is YYYY, YYYY-MM or YYYY-MM-DD")
        String error) {

    @Schema(name = "BulkItemStatus", description = "created: stored as new; updated: replaced the article with that id; failed: not written")
    public enum Status {
        CREATED, UPDATED, FAILED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static BulkOutcome failed(int index, String id, String error) {
        return new BulkOutcome(index, id, Status.FAILED, error);
    }
}
