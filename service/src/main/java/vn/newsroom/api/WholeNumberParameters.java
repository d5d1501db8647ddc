package vn.newsroom.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import vn.newsroom.problem.InvalidParameterException;

/**
 * Reads whole-number query parameters so that {@code size=abc} is a 400 naming {@code size}; by default JAX-RS
 * answers a query parameter it cannot convert with a bare 404.
 */
@Provider
public class WholeNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class) {
            return null;
        }
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(QueryParam.class::cast)
                .map(QueryParam::value).findFirst().orElse("parameter");
        return (ParamConverter<T>) new ParamConverter<Integer>() {
            @Override
            public Integer fromString(String value) {
                try {
                    return value == null ? null : Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException(name, name + " must be a whole number.");
                }
            }

            @Override
            public String toString(Integer value) {
                return value.toString();
            }
        };
    }
}
