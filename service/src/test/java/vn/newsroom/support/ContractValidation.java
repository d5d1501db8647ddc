package vn.newsroom.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;

/**
 * Validates every response that a REST Assured test receives from the API against the contract, {@code openapi.yaml}
 * at the repository root: a response the contract does not describe fails the test that got it. Registered for
 * every {@code @QuarkusTest} through {@code META-INF/services}, so no test can opt out by forgetting it.
 *
 * <p>Requests are not validated: tests send invalid ones on purpose. Paths outside {@code /api/} (health, OpenAPI
 * itself) are Quarkus's, not part of the contract.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(ApiResponses.class::isInstance)) {
            RestAssured.filters(new ApiResponses());
        }
    }

    /** The validator, applied to /api/ paths only. */
    static final class ApiResponses implements Filter {

        private static final OpenApiValidationFilter VALIDATOR = new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(Path.of(System.getProperty("openapi.contract")).toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            return request.getDerivedPath().startsWith("/api/")
                    ? VALIDATOR.filter(request, response, context)
                    : context.next(request, response);
        }
    }
}
