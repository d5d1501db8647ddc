package vn.newsroom.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fields the Kubernetes model does not know. fabric8's classes never reject a misspelt field: they keep it in
 * {@code additionalProperties}. This walks the typed object and reports every such field with its path.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> in(Object model, String path) {
        List<String> unknown = new ArrayList<>();
        walk(model, path, unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", unknown);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, path + "." + key, unknown));
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    if (field.getName().equals("additionalProperties")) {
                        ((Map<?, ?>) read(field, value)).keySet().forEach(key -> unknown.add(path + "." + key));
                    } else if (field.isAnnotationPresent(JsonProperty.class)) {
                        walk(read(field, value), path + "." + field.getAnnotation(JsonProperty.class).value(), unknown);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
