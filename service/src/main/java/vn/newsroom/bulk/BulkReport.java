package vn.newsroom.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a bulk upload: counts, and every item's outcome in upload order, also when the upload was cut short
 * or Elasticsearch failed part-way ({@code incomplete} then says so).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "Kết quả tải lên hàng loạt / Bulk upload result")
public record BulkReport(
        @Schema(examples = "9997") long created,
        @Schema(examples = "0") long updated,
        @Schema(examples = "3") long failed,
        List<BulkOutcome> items,
        @Schema(description = "Absent when every item sent was read and everything stored is searchable")
        List<BulkIncomplete> incomplete) {

    static BulkReport of(List<BulkOutcome> items, List<BulkIncomplete> incomplete) {
        return new BulkReport(count(items, BulkOutcome.Status.CREATED), count(items, BulkOutcome.Status.UPDATED),
                count(items, BulkOutcome.Status.FAILED), items, incomplete);
    }

    private static long count(List<BulkOutcome> items, BulkOutcome.Status status) {
        return items.stream().filter(item -> item.status() == status).count();
    }
}
