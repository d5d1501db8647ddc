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
        List<InvalidParam> invalidParams,
        @Schema(description = "The request's id, as in the X-Request-Id response header: quote it to find the request"
                + " in the service's logs and Elasticsearch's (X-Opaque-Id)", examples = "9f1c2a7e-5b8d-4e1a-a3c6-0d4b2e8f7a91")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Without a request id: the response filter adds the current request's on the way out. */
    public Problem(String type, String title, int status, String detail, String instance, List<InvalidParam> invalidParams) {
        this(type, title, status, detail, instance, invalidParams, null);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, invalidParams, id);
    }

    /** One parameter that failed validation. */
    public record InvalidParam(
            @Schema(examples = "size") String name,
            @Schema(examples = "must be less than or equal to 100") String reason) {
    }
}
