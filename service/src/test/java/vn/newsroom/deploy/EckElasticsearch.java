package vn.newsroom.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ECK's {@code Elasticsearch} resource, which fabric8's model does not include. A small documented check instead of
 * its CRD: the spec fields must be ones ECK's v1 API has; each node set's {@code podTemplate} and
 * {@code volumeClaimTemplates} are read into fabric8's typed Pod template and claim (so unknown fields, resources and
 * images there are checked like any pod's); and the names ECK derives from the resource's name, which other manifests
 * use, are modelled here: the pods' labels, the HTTP Service and the Secrets ECK creates.
 */
final class EckElasticsearch {

    static final String API_VERSION = "elasticsearch.k8s.elastic.co/v1";
    static final String KIND = "Elasticsearch";
    /** ECK's Elasticsearch v1 spec fields. */
    private static final Set<String> SPEC_FIELDS = Set.of("version", "image", "http", "transport", "auth", "nodeSets",
            "updateStrategy", "podDisruptionBudget", "secureSettings", "serviceAccountName", "remoteClusters",
            "volumeClaimDeletePolicy", "monitoring", "revisionHistoryLimit");
    private static final Set<String> NODE_SET_FIELDS = Set.of("name", "count", "config", "podTemplate", "volumeClaimTemplates");
    private static final KubernetesSerialization MODEL = new KubernetesSerialization();

    private final GenericKubernetesResource resource;

    EckElasticsearch(GenericKubernetesResource resource) {
        this.resource = resource;
    }

    String name() {
        return resource.getMetadata().getName();
    }

    String version() {
        return (String) spec().get("version");
    }

    String image() {
        return (String) spec().get("image");
    }

    /** The HTTP Service ECK creates, and its port. */
    String httpService() {
        return name() + "-es-http";
    }

    static int httpPort() {
        return 9200;
    }

    /** Secrets ECK creates for the cluster, with their keys: its HTTP CA and certificate, the elastic user's password. */
    Map<String, Set<String>> createdSecrets() {
        return Map.of(name() + "-es-http-certs-public", Set.of("ca.crt", "tls.crt"), name() + "-es-elastic-user", Set.of("elastic"));
    }

    /** Secrets the resource refers to, with the keys ECK reads from them. */
    Map<String, Set<String>> referencedSecrets() {
        Map<String, Set<String>> secrets = new HashMap<>();
        Map<String, Object> auth = map(spec().get("auth"));
        list(auth.get("fileRealm")).forEach(realm -> secrets.put((String) map(realm).get("secretName"), Set.of("username", "password")));
        list(auth.get("roles")).forEach(roles -> secrets.put((String) map(roles).get("secretName"), Set.of("roles.yml")));
        return secrets;
    }

    /** One pod template per node set, with the labels ECK puts on the pods it creates. */
    List<PodTemplate> pods() {
        return nodeSets().stream().map(nodeSet -> {
            PodTemplateSpec template = MODEL.convertValue(nodeSet.getOrDefault("podTemplate", Map.of()), PodTemplateSpec.class);
            Map<String, String> labels = new HashMap<>(Map.of(
                    "common.k8s.elastic.co/type", "elasticsearch",
                    "elasticsearch.k8s.elastic.co/cluster-name", name(),
                    "elasticsearch.k8s.elastic.co/statefulset-name", name() + "-es-" + nodeSet.get("name")));
            if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
                labels.putAll(template.getMetadata().getLabels());
            }
            return new PodTemplate(KIND + " " + name() + " nodeSet " + nodeSet.get("name"), labels, template.getSpec());
        }).toList();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String path = KIND + " " + name();
        spec().keySet().stream().filter(field -> !SPEC_FIELDS.contains(field))
                .forEach(field -> problems.add(path + ": unknown field spec." + field));
        if (version() == null || !version().matches("\\d+\\.\\d+\\.\\d+")) {
            problems.add(path + ": spec.version must be an exact version, not " + version());
        }
        if (nodeSets().isEmpty()) {
            problems.add(path + ": no nodeSets");
        }
        for (Map<String, Object> nodeSet : nodeSets()) {
            String at = path + " nodeSet " + nodeSet.get("name");
            nodeSet.keySet().stream().filter(field -> !NODE_SET_FIELDS.contains(field))
                    .forEach(field -> problems.add(at + ": unknown field " + field));
            if (!(nodeSet.get("count") instanceof Integer count) || count < 1) {
                problems.add(at + ": count must be a positive number");
            }
            problems.addAll(UnknownFields.in(MODEL.convertValue(nodeSet.getOrDefault("podTemplate", Map.of()),
                    PodTemplateSpec.class), at + " podTemplate"));
            for (Object claim : list(nodeSet.get("volumeClaimTemplates"))) {
                problems.addAll(UnknownFields.in(MODEL.convertValue(claim, PersistentVolumeClaim.class), at + " volumeClaimTemplate"));
            }
            if (pods().stream().flatMap(PodTemplate::containers).noneMatch(container -> container.getName().equals("elasticsearch"))) {
                problems.add(at + ": ECK only applies a container named 'elasticsearch' to its nodes");
            }
        }
        return problems;
    }

    private Map<String, Object> spec() {
        return map(resource.getAdditionalProperties().get("spec"));
    }

    private List<Map<String, Object>> nodeSets() {
        return list(spec().get("nodeSets")).stream().map(EckElasticsearch::map).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
