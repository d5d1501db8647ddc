package vn.newsroom.index;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;
import vn.newsroom.security.ApiKeyRequired;

@Path("/api/v1/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Quản trị chỉ mục / Index administration")
public class ReindexResource {

    private final Reindexer reindexer;

    ReindexResource(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @POST
    @ApiKeyRequired
    @SecurityRequirement(name = ApiKeyRequired.SCHEME)
    @Operation(summary = "Tạo lại chỉ mục / Rebuild the index", description = """
            Builds a new versioned index with the current mappings (and the Vietnamese analysis when the cluster has \
            the plugin now), copies every article into it, moves the alias atomically and drops the old index. \
            Searches and writes keep going throughout: each write made while it copies also goes to the new index.""")
    @APIResponse(responseCode = "200", description = "The alias points to the new index")
    @APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public ReindexReport reindex() throws IOException {
        return reindexer.reindex();
    }
}
