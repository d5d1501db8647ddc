package vn.newsroom.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl apply -k} would, for exactly the subset k8s/ uses (no kustomize binary can
 * be installed here): {@code resources} (files and directories), {@code secretGenerator} with literals or env files and
 * {@code generatorOptions.disableNameSuffixHash}, {@code patches} given by {@code path} as strategic merge patches of
 * built-in kinds, and {@code namespace}. Anything else fails loudly instead of rendering something kustomize would not:
 * other kustomization fields, patch directives ({@code $patch}), patches of custom resources (kustomize's list merging
 * for those depends on its version, so the overlays give each environment its own Elasticsearch resource instead), and
 * patched lists whose merge key is not in {@link #MERGE_KEYS}.
 * <p>
 * One deliberate difference: an {@code envs} file that is missing (prod's credentials are never committed) is read from
 * its {@code .example} beside it, where kustomize would stop; the structure checked is the same.
 */
final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "patches",
            "secretGenerator", "generatorOptions");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");
    /** The Kubernetes API's patchMergeKey of each list a patch may touch. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "env", "name", "volumes", "name", "volumeMounts", "mountPath");

    private Kustomize() {
    }

    static List<ObjectNode> build(Path dir) {
        ObjectNode kustomization = (ObjectNode) readAll(dir.resolve("kustomization.yaml")).getFirst();
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + ": '" + field + "' is not supported by the test's renderer");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : readAll(path));
        }
        for (JsonNode generator : kustomization.path("secretGenerator")) {
            if (!kustomization.path("generatorOptions").path("disableNameSuffixHash").asBoolean()) {
                throw new IllegalArgumentException(dir + ": generated names with hash suffixes are not supported");
            }
            objects.add(secret(dir, generator));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.size() != 1 || !patch.has("path")) {
                throw new IllegalArgumentException(dir + ": only patches given by 'path' are supported: " + patch);
            }
            applyPatch(objects, (ObjectNode) readAll(dir.resolve(patch.get("path").asText())).getFirst(), dir);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.stream().filter(object -> !CLUSTER_SCOPED.contains(object.path("kind").asText()))
                    .forEach(object -> ((ObjectNode) object.get("metadata")).put("namespace", namespace));
        }
        return objects;
    }

    private static List<ObjectNode> readAll(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            YAML.readValues(parser, ObjectNode.class).forEachRemaining(document -> {
                if (document != null) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode secret(Path dir, JsonNode generator) {
        ObjectNode secret = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", generator.get("name").asText());
        secret.put("type", generator.path("type").asText("Opaque"));
        ObjectNode data = secret.putObject("data");
        List<String> entries = new ArrayList<>();
        generator.path("literals").forEach(literal -> entries.add(literal.asText()));
        for (JsonNode envs : generator.path("envs")) {
            entries.addAll(envLines(dir.resolve(envs.asText())));
        }
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            data.put(entry.substring(0, equals),
                    Base64.getEncoder().encodeToString(entry.substring(equals + 1).getBytes(StandardCharsets.UTF_8)));
        }
        return secret;
    }

    private static List<String> envLines(Path file) {
        Path read = Files.exists(file) ? file : file.resolveSibling(file.getFileName() + ".example");
        try {
            return Files.readAllLines(read).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void applyPatch(List<ObjectNode> objects, ObjectNode patch, Path dir) {
        String apiVersion = patch.path("apiVersion").asText();
        if (!isBuiltIn(apiVersion)) {
            throw new IllegalArgumentException(dir + ": patches of custom resources are not supported: " + apiVersion);
        }
        String kind = patch.path("kind").asText();
        String name = patch.path("metadata").path("name").asText();
        List<ObjectNode> targets = objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .filter(object -> object.path("metadata").path("name").asText().equals(name))
                .toList();
        if (targets.size() != 1) {
            throw new IllegalArgumentException(dir + ": patch of " + kind + " " + name + " matches " + targets.size() + " objects");
        }
        merge(targets.getFirst(), patch, kind + " " + name);
    }

    /** Core ("v1") and *.k8s.io groups, plus the unqualified ones (apps, batch, policy, autoscaling). */
    private static boolean isBuiltIn(String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static void merge(ObjectNode target, ObjectNode patch, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(name);
            if (name.startsWith("$")) {
                throw new IllegalArgumentException(path + ": patch directive " + name + " is not supported");
            } else if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, path + "." + name);
            } else if (value.isArray() && existing != null && existing.isArray()) {
                String key = MERGE_KEYS.get(name);
                if (key == null) {
                    throw new IllegalArgumentException(path + "." + name + ": no known merge key for this list");
                }
                mergeList((ArrayNode) existing, (ArrayNode) value, key, path + "." + name);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, String path) {
        for (JsonNode element : patch) {
            JsonNode match = null;
            for (JsonNode candidate : target) {
                if (candidate.path(key).equals(element.path(key))) {
                    match = candidate;
                }
            }
            if (match == null) {
                target.add(element.deepCopy());
            } else {
                merge((ObjectNode) match, (ObjectNode) element, path + "[" + key + "=" + element.path(key).asText() + "]");
            }
        }
    }
}
