package vn.newsroom.vietnamese.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;
import vn.newsroom.vietnamese.VietnameseText;

/**
 * Elasticsearch finds stable plugin components only through the shipped named_components.json,
 * never by scanning classes: it must list exactly the {@link NamedComponent} classes of the jar.
 */
class NamedComponentsTest {

    private static final Path SHIPPED_JSON = Path.of("target", "plugin-metadata", "named_components.json");
    private static final List<Class<?>> EXTENSIBLES =
            List.of(AnalyzerFactory.class, CharFilterFactory.class, TokenFilterFactory.class, TokenizerFactory.class);
    private static final Pattern SECTION = Pattern.compile("\"([\\w.]+)\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void shippedJsonListsExactlyTheAnnotatedComponents() throws Exception {
        Map<String, Map<String, String>> annotated = annotatedComponents();
        assertFalse(annotated.isEmpty(), "no @NamedComponent classes found");
        assertEquals(annotated, shippedComponents());
    }

    private static Map<String, Map<String, String>> shippedComponents() throws IOException {
        Map<String, Map<String, String>> components = new TreeMap<>();
        Matcher section = SECTION.matcher(Files.readString(SHIPPED_JSON));
        while (section.find()) {
            Map<String, String> named = components.computeIfAbsent(section.group(1), k -> new TreeMap<>());
            Matcher entry = ENTRY.matcher(section.group(2));
            while (entry.find()) {
                named.put(entry.group(1), entry.group(2));
            }
        }
        return components;
    }

    private static Map<String, Map<String, String>> annotatedComponents() throws IOException, URISyntaxException {
        Path classes = Path.of(VietnameseText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Map<String, String>> components = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Class<?> type : files.filter(f -> f.toString().endsWith(".class")).map(f -> load(classes, f)).toList()) {
                NamedComponent name = type.getAnnotation(NamedComponent.class);
                if (name != null) {
                    components.computeIfAbsent(extensibleOf(type), k -> new TreeMap<>()).put(name.value(), type.getName());
                }
            }
        }
        return components;
    }

    private static String extensibleOf(Class<?> component) {
        return EXTENSIBLES.stream()
                .filter(extensible -> extensible.isAssignableFrom(component))
                .findFirst()
                .orElseThrow(() -> new AssertionError(component + " implements no analysis extension point"))
                .getName();
    }

    private static Class<?> load(Path root, Path classFile) {
        String relative = root.relativize(classFile).toString();
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name, false, NamedComponentsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
