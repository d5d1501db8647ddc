package vn.newsroom.facets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;
import vn.newsroom.query.FilterParams;

@Path("/api/v1/facets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facets", description = "Đếm bài theo chủ đề, quốc gia, thời gian / Counts by topic, country and date")
public class FacetsResource {

    private final FacetService facets;

    FacetsResource(FacetService facets) {
        this.facets = facets;
    }

    @GET
    @Path("/{facet}")
    @Operation(summary = "Các giá trị của một bộ lọc / The values of one facet",
            description = "Counts under `q` and every filter except the facet's own (so all countries stay on offer"
                    + " while `country=LA` is selected). `prefix` narrows the values accent-insensitively:"
                    + " `prefix=viet` finds Việt Nam; for `year` and `month` it matches the value (`2024-0`).")
    @APIResponse(responseCode = "200", description = "The facet's values, most articles first")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public FacetValues values(
            @Parameter(description = "Facet name", schema = @Schema(type = SchemaType.STRING), example = "country")
            @PathParam("facet") String facet,
            @Parameter(description = "Free text, as for search", example = "bo truong ngoai giao")
            @QueryParam("q") @Size(max = 1000) String q,
            @Valid @BeanParam FilterParams filters,
            @Parameter(description = "Start of a value's name, with or without marks",
                    examples = {@ExampleObject(name = "quốc gia / country", value = "viet"),
                            @ExampleObject(name = "tháng / month", value = "2024-0")})
            @QueryParam("prefix") @Size(max = 100) String prefix,
            @Parameter(description = "Most values to return; default 10")
            @QueryParam("size") @Min(1) @Max(100) Integer size) throws IOException {
        return facets.values(facet, q, filters, prefix, size);
    }
}
