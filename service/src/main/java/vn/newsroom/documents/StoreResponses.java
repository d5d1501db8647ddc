package vn.newsroom.documents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.newsroom.api.ApiDocumentation;

/**
 * The documented responses of an upload that stores one article, which POST and PUT share; SmallRye OpenAPI reads
 * annotations composed like this one as if they were on the method.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "201", ref = ApiDocumentation.ARTICLE_CREATED)
@APIResponse(responseCode = "200", ref = ApiDocumentation.ARTICLE_REPLACED)
@APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
@APIResponse(responseCode = "413", ref = ApiDocumentation.TOO_LARGE)
@APIResponse(responseCode = "415", ref = ApiDocumentation.UNSUPPORTED_TYPE)
@APIResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
@interface StoreResponses {
}
