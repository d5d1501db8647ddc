package vn.newsroom.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.newsroom.problem.Problem;

/** The API's description in OpenAPI, and the error responses every operation refers to by name. */
@OpenAPIDefinition(
        info = @Info(
                title = "Vietnamese News Search API",
                version = "1.0.0",
                description = """
                        Tìm kiếm toàn văn tin tức tiếng Việt: gõ có dấu hay không dấu, kiểu bỏ dấu cũ hay mới \
                        (hoà/hòa) đều tìm được; lọc theo chủ đề, quốc gia và thời gian; lấy bài báo theo mã.

                        Full-text search over Vietnamese news: queries with or without diacritics and with either \
                        tone-mark placement (hoà/hòa) find the same articles; filter by topic, country and date; \
                        fetch articles by id. Errors are RFC 9457 problem details (application/problem+json)."""),
        components = @Components(responses = {
                @APIResponse(name = ApiDocumentation.BAD_REQUEST, responseCode = "400",
                        description = "Invalid input, naming each offending parameter / Dữ liệu không hợp lệ",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = {
                                        @ExampleObject(name = "quốc gia không rõ / unknown country", value = """
                                                {"type": "/problems/invalid-input", "title": "Invalid input", "status": 400,
                                                 "detail": "Unknown country 'Lào Cai'; use an ISO code such as LA or a name such as Lào.",
                                                 "instance": "/api/v1/search",
                                                 "invalid-params": [{"name": "country",
                                                   "reason": "Unknown country 'Lào Cai'; use an ISO code such as LA or a name such as Lào."}]}"""),
                                        @ExampleObject(name = "ngoài giới hạn / out of range", value = """
                                                {"type": "/problems/invalid-input", "title": "Invalid input", "status": 400,
                                                 "detail": "One or more parameters are invalid.", "instance": "/api/v1/search",
                                                 "invalid-params": [{"name": "size", "reason": "must be less than or equal to 100"}]}""")})),
                @APIResponse(name = ApiDocumentation.NOT_FOUND, responseCode = "404",
                        description = "No such article / Không có bài báo này",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "không có bài / no article", value = """
                                        {"type": "/problems/not-found", "title": "Article not found", "status": 404,
                                         "detail": "No article has the id 'bai-bao-khong-co'.",
                                         "instance": "/api/v1/documents/bai-bao-khong-co"}"""))),
                @APIResponse(name = ApiDocumentation.UNAVAILABLE, responseCode = "503",
                        description = "Elasticsearch unreachable or the index not ready / Chưa sẵn sàng",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "chưa sẵn sàng / not ready", value = """
                                        {"type": "/problems/unavailable", "title": "Service unavailable", "status": 503,
                                         "detail": "Elasticsearch is unreachable; retry shortly.", "instance": "/api/v1/search"}""")))
        }))
public class ApiDocumentation extends Application {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String UNAVAILABLE = "Unavailable";
}
