package vn.newsroom.related;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;

@Path("/api/v1/documents/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Bài báo theo mã / Articles by id")
public class RelatedResource {

    private final RelatedService related;

    RelatedResource(RelatedService related) {
        this.related = related;
    }

    @GET
    @Operation(summary = "Bài liên quan / Related articles",
            description = "Các bài giống bài này nhất / The articles that share most of this one's characteristic words.")
    @APIResponse(responseCode = "200", description = "Related articles, most alike first")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public RelatedArticles related(
            @Parameter(description = "Article id", example = "002_927cfe96377052b6") @PathParam("id") String id,
            @Parameter(description = "Most articles to return, 1 to 50; default 5") @QueryParam("size") @Min(1) @Max(50)
            Integer size) throws IOException {
        return related.related(id, size);
    }
}
