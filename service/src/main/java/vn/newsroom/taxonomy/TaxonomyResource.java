package vn.newsroom.taxonomy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy", description = "Chủ đề và quốc gia / Topics and countries")
public class TaxonomyResource {

    private final TaxonomyService taxonomy;

    TaxonomyResource(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GET
    @Path("/topics")
    @Operation(summary = "Các chủ đề / All topics with their article counts",
            description = "The taxonomy in its own order; an `id` is a value of the `topic` filter.")
    @APIResponse(responseCode = "200", description = "Every topic, with zero counts too")
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public List<TopicEntry> topics() throws IOException {
        return taxonomy.topics();
    }

    @GET
    @Path("/countries")
    @Operation(summary = "Các quốc gia / All countries with their article counts",
            description = "The catalogue in its own order; a `code`, `name` or alias is a value of the `country` filter.")
    @APIResponse(responseCode = "200", description = "Every country, with zero counts too")
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public List<CountryEntry> countries() throws IOException {
        return taxonomy.countries();
    }
}
