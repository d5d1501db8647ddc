package vn.newsroom.suggest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.newsroom.api.ApiDocumentation;

@Path("/api/v1/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggest", description = "Gợi ý khi gõ / Autocomplete")
public class SuggestResource {

    private final SuggestService suggestions;

    SuggestResource(SuggestService suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(summary = "Gợi ý khi gõ / Autocomplete titles and known entities",
            description = "Có dấu hay không dấu / With or without marks, or in Telex or VNI left unconverted (`nguyeen xu`);"
                    + " the last word may be incomplete; titles have the typed words together, in the typed order."
                    + " Fast enough to call on every keystroke; an empty q gives no suggestions.")
    @APIResponse(responseCode = "200", description = "Entities and article titles that complete q")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
    public Suggestions suggest(
            @Parameter(description = "What has been typed so far",
                    examples = {@ExampleObject(name = "quốc gia / country", value = "viet"),
                            @ExampleObject(name = "tiêu đề / title", value = "hop tac asea")})
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Most entities and most titles, each; 1 to 20, default 5")
            @QueryParam("size") @Min(1) @Max(20) Integer size) throws IOException {
        return suggestions.suggest(q, size);
    }
}
