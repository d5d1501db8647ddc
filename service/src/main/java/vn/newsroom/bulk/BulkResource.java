package vn.newsroom.bulk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.documents.RequestBodies;
import vn.newsroom.security.ApiKeyRequired;

@Path("/api/v1/documents/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class BulkResource {

    private final BulkIngester ingester;

    BulkResource(BulkIngester ingester) {
        this.ingester = ingester;
    }

    @POST
    @Consumes({BulkItemReader.NDJSON, MediaType.APPLICATION_JSON})
    @ApiKeyRequired
    @SecurityRequirement(name = ApiKeyRequired.SCHEME)
    @Operation(summary = "Thêm nhiều bài báo / Add many articles", description = """
            Thousands of articles per request, as NDJSON (one JSON article a line) or a JSON array, stored as they \
            stream in (each batch is sent as soon as it is full; a client sending faster than Elasticsearch indexes \
            is slowed down). Every item gets an outcome: one bad item never blocks the others and is never half-written. \
            Items are stored under their `id` or one derived from their content, so sending an upload again replaces \
            rather than duplicates: after a failure, resending everything is safe. The answer always reports what \
            was stored: a body that crosses the size limit stops there (the items before it are listed, `incomplete` \
            says the rest was not read), and when Elasticsearch fails part-way the items it did not confirm are \
            listed as failed (`incomplete` says how many). What is listed as stored is searchable when the answer \
            comes.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = BulkItemReader.NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "One ArticleInput JSON object a line")),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleInput.class))})
    @APIResponse(responseCode = "200", description = "Each item's outcome, in upload order")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
    @APIResponse(responseCode = "413", ref = ApiDocumentation.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocumentation.UNSUPPORTED_TYPE)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public BulkReport upload(@Parameter(hidden = true) InputStream body, @Context HttpHeaders headers) {
        boolean ndjson = RequestBodies.contentType(headers).isCompatible(MediaType.valueOf(BulkItemReader.NDJSON));
        return ingester.ingest(body, ndjson, headers.getLength());
    }
}
