package vn.newsroom.search;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;
import vn.newsroom.api.JsonBodies;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Tìm kiếm toàn văn / Full-text search")
public class SearchResource {

    private static final String DESCRIPTION = """
            Có dấu hay không dấu đều được / With or without marks. Filters: values of one filter are alternatives \
            (OR), different filters all apply (AND). Facet counts apply every filter except their own. Snippets and \
            highlighted titles are HTML with matches in `<mark>`.""";

    private final SearchService search;
    private final JsonBodies bodies;

    SearchResource(SearchService search, JsonBodies bodies) {
        this.search = search;
        this.bodies = bodies;
    }

    @GET
    @Operation(summary = "Tìm bài báo / Search articles", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Matching articles, facets and the query as applied")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public SearchResponse get(@Valid @BeanParam SearchRequest request) throws IOException {
        return search.search(request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tìm bài báo, yêu cầu dạng JSON / Search articles with a JSON request",
            description = DESCRIPTION + " The same search as GET, for callers that build queries.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SearchRequest.class), examples = @ExampleObject(
            name = "Lào hoặc Việt Nam / Laos or Viet Nam", value = """
                    {"q": "bo truong ngoai giao", "filters": {"country": ["LA", "Việt Nam"], "from": "2022"},
                     "sort": "newest", "size": 5, "facets": ["country", "year"]}""")))
    @APIResponse(responseCode = "200", description = "Matching articles, facets and the query as applied")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ApiDocumentation.TOO_LARGE)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public SearchResponse post(JsonNode body) throws IOException {
        return search.search(bodies.read(body, SearchRequest.class));
    }
}
