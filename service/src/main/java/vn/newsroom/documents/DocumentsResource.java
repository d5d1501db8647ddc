package vn.newsroom.documents;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleRepository;
import vn.newsroom.security.ApiKeyRequired;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Bài báo theo mã / Articles by id")
public class DocumentsResource {

    private final ArticleRepository repository;
    private final DocumentIntake intake;

    DocumentsResource(ArticleRepository repository, DocumentIntake intake) {
        this.repository = repository;
        this.intake = intake;
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

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @ApiKeyRequired
    @SecurityRequirement(name = ApiKeyRequired.SCHEME)
    @Operation(summary = "Thêm một bài báo / Add an article", description = """
            The server parses and enriches the article and stores it under the JSON's `id`, or else under an id \
            derived from its title and text: sending the same article again replaces it (200) instead of adding a \
            copy (201).""")
    @RequestBody(ref = ApiDocumentation.ARTICLE_UPLOAD)
    @StoreResponses
    public Response create(@Parameter(hidden = true) InputStream body, @Context HttpHeaders headers,
            @Context UriInfo uri) throws IOException {
        return store(intake.fromRequest(body, RequestBodies.contentType(headers), headers.getLength(), null), uri);
    }

    @PUT
    @Path("/{id}")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @ApiKeyRequired
    @SecurityRequirement(name = ApiKeyRequired.SCHEME)
    @Operation(summary = "Lưu bài báo theo mã / Create or replace an article",
            description = "A JSON `id`, when present, must equal the one in the path.")
    @RequestBody(ref = ApiDocumentation.ARTICLE_UPLOAD)
    @StoreResponses
    public Response put(@Parameter(description = "Article id", example = "vnexpress-4567890") @PathParam("id") String id,
            @Parameter(hidden = true) InputStream body, @Context HttpHeaders headers, @Context UriInfo uri)
            throws IOException {
        return store(intake.fromRequest(body, RequestBodies.contentType(headers), headers.getLength(), id), uri);
    }

    @DELETE
    @Path("/{id}")
    @ApiKeyRequired
    @SecurityRequirement(name = ApiKeyRequired.SCHEME)
    @Operation(summary = "Xoá bài báo / Delete an article")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public Response delete(@Parameter(description = "Article id", example = "vnexpress-4567890") @PathParam("id") String id)
            throws IOException {
        if (!repository.delete(id)) {
            throw new ArticleNotFoundException(id);
        }
        return Response.noContent().build();
    }

    private Response store(Article article, UriInfo uri) throws IOException {
        URI location = uri.getBaseUriBuilder().path(DocumentsResource.class).path(article.id()).build();
        boolean created = repository.save(article);
        return (created ? Response.created(location) : Response.ok().location(location)).entity(article).build();
    }
}
