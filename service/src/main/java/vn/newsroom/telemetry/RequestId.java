package vn.newsroom.telemetry;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties one API request together across the caller, our logs (MDC key {@value #MDC_KEY}) and
 * Elasticsearch (its X-Opaque-Id, shown in its slow logs and task list).
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** The request property that holds the id {@link RequestIdFilters} gave it. */
    static final String PROPERTY = RequestId.class.getName();
    /** A caller's id is kept only when it cannot forge log lines or headers downstream. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    /** The id of the request being served on this thread's (Vert.x) context, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY)).map(Object::toString);
    }

    /** The id of {@code request}, once {@link RequestIdFilters} gave it one. */
    public static Optional<String> of(ContainerRequestContext request) {
        return Optional.ofNullable(request.getProperty(PROPERTY)).map(Object::toString);
    }

    public static String acceptOrCreate(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    static void begin(String id) {
        MDC.put(MDC_KEY, id);
    }

    static void end() {
        MDC.remove(MDC_KEY);
    }
}
