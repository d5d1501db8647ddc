package vn.newsroom.bulk;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a bulk report does not cover the whole upload, or why what it lists as stored may not be searchable yet. */
@Schema(description = "Tải lên chưa trọn vẹn / Why the upload did not complete")
public record BulkIncomplete(
        Reason reason,
        @Schema(examples = "The upload crossed the limit of 67108864 bytes: items from index 6500 on were not read; send"
                + " them in another upload.")
        String detail) {

    @Schema(name = "BulkIncompleteReason", description = """
            too-large: the body crossed the size limit; the items listed were read (and stored or failed as listed), \
            the rest was not read. not-stored: Elasticsearch failed part-way; the items it did not confirm are listed \
            as failed (with the reason, and whether they may have been stored anyway) and should be sent again. \
            not-refreshed: Elasticsearch did not answer the final refresh; the items listed as stored are stored, \
            and become searchable once Elasticsearch answers again.""")
    public enum Reason {
        TOO_LARGE, NOT_STORED, NOT_REFRESHED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static BulkIncomplete tooLarge(long limitBytes, int firstUnread) {
        return new BulkIncomplete(Reason.TOO_LARGE, "The upload crossed the limit of " + limitBytes
                + " bytes: items from index " + firstUnread
                + " on were not read; send them in another upload.");
    }

    /** @param indices the positions of the items whose batch Elasticsearch did not confirm, in upload order */
    static BulkIncomplete notStored(List<Integer> indices) {
        return new BulkIncomplete(Reason.NOT_STORED, "Elasticsearch failed part-way: " + indices.size()
                + " items, the first at index " + indices.get(0) + ", were not stored or not confirmed; they are listed"
                + " as failed: send them again (an item sent again replaces itself).");
    }

    static BulkIncomplete notRefreshed(String cause) {
        return new BulkIncomplete(Reason.NOT_REFRESHED, "Elasticsearch did not answer the final refresh (" + cause
                + "): the items listed as created or updated are stored, but may not be searchable for a moment.");
    }
}
