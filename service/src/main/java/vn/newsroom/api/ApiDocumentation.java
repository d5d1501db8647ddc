package vn.newsroom.api;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.problem.Problem;
import vn.newsroom.security.ApiKeyFilter;
import vn.newsroom.security.ApiKeyRequired;

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
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = ApiKeyRequired.SCHEME,
                        type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = ApiKeyFilter.HEADER,
                        description = "Writes need it when the service has a key configured (NEWS_SECURITY_API_KEY);"
                                + " reads never do."),
                requestBodies = @RequestBody(name = ApiDocumentation.ARTICLE_UPLOAD, required = true, description = """
                        Raw article text (`text/plain`, UTF-8 unless a charset is given), read like a seed file: an \
                        optional leading `date 2022-11` marker, the headline, paragraphs one per line; captions, \
                        credits and teasers are set apart. Or an article as JSON.""", content = {
                        @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class))}),
                responses = {
                        @APIResponse(name = ApiDocumentation.ARTICLE_CREATED, responseCode = "201",
                                description = "Stored as a new article / Đã thêm",
                                headers = @Header(name = "Location", description = "The article's address",
                                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class))),
                        @APIResponse(name = ApiDocumentation.ARTICLE_REPLACED, responseCode = "200",
                                description = "Replaced the article with the same id / Đã thay thế",
                                headers = @Header(name = "Location", description = "The article's address",
                                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class))),
                        @APIResponse(name = ApiDocumentation.BAD_REQUEST, responseCode = "400",
                                description = "Invalid input / Dữ liệu không hợp lệ",
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
                        @APIResponse(name = ApiDocumentation.UNAUTHORIZED, responseCode = "401",
                                description = "API key missing or wrong / Thiếu hoặc sai khoá API",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocumentation.NOT_FOUND, responseCode = "404",
                                description = "No such article / Không có bài báo này",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "không có bài / no article", value = """
                                        {"type": "/problems/not-found", "title": "Article not found", "status": 404,
                                         "detail": "No article has the id 'bai-bao-khong-co'.",
                                         "instance": "/api/v1/documents/bai-bao-khong-co"}"""))),
                        @APIResponse(name = ApiDocumentation.CONFLICT, responseCode = "409",
                                description = "Another operation is running / Đang có thao tác khác",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocumentation.TOO_LARGE, responseCode = "413",
                                description = "Request body too large / Nội dung quá lớn",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocumentation.UNSUPPORTED_TYPE, responseCode = "415",
                                description = "Content-Type not accepted / Kiểu nội dung không được hỗ trợ",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocumentation.UNAVAILABLE, responseCode = "503",
                                description = "Elasticsearch unreachable or refusing writes, or the index not ready"
                                        + " / Chưa sẵn sàng",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "chưa sẵn sàng / not ready", value = """
                                        {"type": "/problems/unavailable", "title": "Service unavailable", "status": 503,
                                         "detail": "Elasticsearch is unreachable; retry shortly.", "instance": "/api/v1/search"}""")))
                }))
public class ApiDocumentation extends Application {

    public static final String ARTICLE_UPLOAD = "ArticleUpload";
    public static final String ARTICLE_CREATED = "ArticleCreated";
    public static final String ARTICLE_REPLACED = "ArticleReplaced";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNSUPPORTED_TYPE = "UnsupportedType";
    public static final String UNAVAILABLE = "Unavailable";
}
