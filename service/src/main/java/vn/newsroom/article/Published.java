package vn.newsroom.article;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.newsroom.ingest.PublishedDate;

/**
 * A published date as stored: the value as precise as the source ({@code 2022-11}), the days it covers for range
 * filters and sorting, and the year and month keys the date facets count.
 */
@Schema(description = "Ngày đăng, chính xác đến mức nguồn cho biết / Publication date, as precise as the source")
public record Published(
        @Schema(examples = "2022-11") String value,
        @Schema(examples = "MONTH") PublishedDate.Precision precision,
        @Schema(description = "First day the value covers", examples = "2022-11-01") LocalDate from,
        @Schema(description = "Last day the value covers", examples = "2022-11-30") LocalDate to,
        @Schema(examples = "2022") String year,
        @Schema(nullable = true, description = "Year-month, when the month is known", examples = "2022-11") String month) {

    public static Published of(PublishedDate date) {
        String month = date.month() == null ? null : "%04d-%02d".formatted(date.year(), date.month());
        return new Published(date.toString(), date.precision(), date.firstDay(), date.lastDay(),
                String.valueOf(date.year()), month);
    }
}
