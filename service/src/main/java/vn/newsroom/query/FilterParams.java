package vn.newsroom.query;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters as a caller sends them: query parameters on GET, the {@code filters} object of a POST body. A list
 * parameter's schema is spelt out for GET, where it is repeated ({@code country=VN&country=LA}).
 */
@Schema(description = "Bộ lọc / Filters: values of one filter are alternatives (OR), different filters all apply (AND)")
public record FilterParams(
        @QueryParam("topic")
        @Parameter(description = "Chủ đề / Topic id or Vietnamese label, with or without marks; repeat for several (OR)",
                examples = {@ExampleObject(name = "mã / id", value = "south-china-sea"),
                        @ExampleObject(name = "nhãn không dấu / label without marks", value = "bien dong")})
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Topic ids or labels, with or without marks (OR)")
        @Size(max = MAX_VALUES) List<String> topic,

        @QueryParam("country")
        @Parameter(description = "Quốc gia / Country: ISO code in any case, or a Vietnamese or English name with or"
                + " without marks; repeat for several (OR). An article matches when it mentions the country.",
                examples = {@ExampleObject(name = "mã / code", value = "la"),
                        @ExampleObject(name = "tên / name", value = "Việt Nam"),
                        @ExampleObject(name = "không dấu / without marks", value = "viet nam")})
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Country codes or names, with or without marks (OR)")
        @Size(max = MAX_VALUES) List<String> country,

        @QueryParam("from")
        @Parameter(description = "Đăng từ / Published on or after: YYYY, YYYY-MM or YYYY-MM-DD, from the first day it"
                + " covers. An article dated only by month or year matches when that period overlaps.",
                example = "2022-11")
        @Schema(description = "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD", examples = "2022")
        @Size(max = MAX_LENGTH) String from,

        @QueryParam("to")
        @Parameter(description = "Đăng đến / Published on or before: YYYY, YYYY-MM or YYYY-MM-DD, to the last day it"
                + " covers (to=2024 includes 31 December 2024)", example = "2024")
        @Schema(description = "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD", examples = "2024-06")
        @Size(max = MAX_LENGTH) String to,

        @QueryParam("source")
        @Parameter(description = "Nguồn / Source exactly as stored; repeat for several (OR)",
                example = "seed")
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Sources exactly as stored (OR)")
        @Size(max = MAX_VALUES) List<String> source) {

    public static final int MAX_VALUES = 50;
    public static final int MAX_LENGTH = 200;

    public static final FilterParams NONE = new FilterParams(null, null, null, null, null);
}
