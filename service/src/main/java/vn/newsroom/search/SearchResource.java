package vn.newsroom.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Tìm kiếm toàn văn / Full-text search")
public class SearchResource {

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Tìm bài báo / Search articles",
            description = "Có dấu hay không dấu đều được / With or without diacritics.")
    @APIResponse(responseCode = "200", description = "Matching articles, most relevant first")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public SearchResponse search(
            @Parameter(description = "Free text", example = "bo truong ngoai giao") @QueryParam("q") @NotBlank @Size(max = 1000) String q,
            @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100) int page,
            @Parameter(description = "Hits per page") @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100) int size)
            throws IOException {
        return search.search(q, page, size);
    }
}
