package vn.newsroom.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk upload: counts, and every item's outcome in upload order. */
@Schema(description = "Kết quả tải lên hàng loạt / Bulk upload result")
public record BulkReport(
        @Schema(examples = "9997") long created,
        @Schema(examples = "0") long updated,
        @Schema(examples = "3") long failed,
        List<BulkOutcome> items) {

    static BulkReport of(List<BulkOutcome> items) {
        return new BulkReport(count(items, BulkOutcome.Status.CREATED), count(items, BulkOutcome.Status.UPDATED),
                count(items, BulkOutcome.Status.FAILED), items);
    }

    private static long count(List<BulkOutcome> items, BulkOutcome.Status status) {
        return items.stream().filter(item -> item.status() == status).count();
    }
}
