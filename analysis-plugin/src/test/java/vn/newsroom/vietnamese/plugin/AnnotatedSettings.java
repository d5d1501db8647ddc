package vn.newsroom.vietnamese.plugin;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Implements a settings interface from a map of index-settings keys, reading the paths and defaults
 * of its annotations as Elasticsearch does, so tests exercise the keys users actually write.
 */
final class AnnotatedSettings {

    private AnnotatedSettings() {}

    static <T> T of(Class<T> settingsInterface, Map<String, Object> values) {
        Object proxy = Proxy.newProxyInstance(
                settingsInterface.getClassLoader(),
                new Class<?>[] {settingsInterface},
                (self, method, args) -> value(method, values));
        return settingsInterface.cast(proxy);
    }

    private static Object value(Method method, Map<String, Object> values) {
        if (method.getAnnotation(IntSetting.class) instanceof IntSetting setting) {
            return values.getOrDefault(setting.path(), setting.defaultValue());
        }
        if (method.getAnnotation(BooleanSetting.class) instanceof BooleanSetting setting) {
            return values.getOrDefault(setting.path(), setting.defaultValue());
        }
        if (method.getAnnotation(ListSetting.class) instanceof ListSetting setting) {
            return values.getOrDefault(setting.path(), List.of());
        }
        throw new IllegalArgumentException("no setting annotation on " + method);
    }
}
