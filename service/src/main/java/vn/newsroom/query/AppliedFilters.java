package vn.newsroom.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The filters as the service understood them: resolved values with their labels. */
@Schema(description = "Bộ lọc đã áp dụng / The filters as understood, with resolved values",
        requiredProperties = {"topic", "country", "from", "to", "source"})
public record AppliedFilters(
        @Schema(description = "Topics, resolved to taxonomy ids") List<LabelledValue> topic,
        @Schema(description = "Countries, resolved to ISO codes") List<LabelledValue> country,
        @Schema(nullable = true, description = "Lower bound as read, covering from its first day", examples = "2022-11")
        String from,
        @Schema(nullable = true, description = "Upper bound as read, covering to its last day", examples = "2024")
        String to,
        @Schema(description = "Sources", examples = "[\"seed\"]") List<String> source) {

    /** A resolved filter value and its Vietnamese display name. */
    @Schema(description = "Giá trị và tên hiển thị / A value and its display name",
            requiredProperties = {"value", "label"})
    public record LabelledValue(
            @Schema(examples = "LA") String value,
            @Schema(examples = "Lào") String label) {
    }
}
