package vn.newsroom.documents;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Bài báo theo mã / Articles by id")
public class DocumentsResource {

    private final ArticleRepository repository;

    DocumentsResource(ArticleRepository repository) {
        this.repository = repository;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Lấy một bài báo / Get one article")
    @APIResponse(responseCode = "200", description = "The stored article")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public Article get(@Parameter(description = "Article id", example = "001_e8e140a97c513190") @PathParam("id") String id)
            throws IOException {
        return repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
