package vn.newsroom.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", examples = "/problems/not-found")
        String type,
        @Schema(examples = "Article not found")
        String title,
        @Schema(examples = "404")
        int status,
        @Schema(examples = "No article has the id 'abc'.")
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/documents/abc")
        String instance,
        @JsonProperty("invalid-params")
        @Schema(description = "For invalid input: each offending parameter and why")
        List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One parameter that failed validation. */
    public record InvalidParam(
            @Schema(examples = "size") String name,
            @Schema(examples = "must be less than or equal to 100") String reason) {
    }
}
