package vn.newsroom.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Map;
import java.util.stream.Stream;

/** Pods an object will run: its name for messages, the pods' labels and spec. */
record PodTemplate(String owner, Map<String, String> labels, PodSpec spec) {

    Stream<Container> containers() {
        return Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream());
    }

    /** matchLabels and the In/NotIn/Exists/DoesNotExist expressions, as the API server evaluates them. */
    boolean matches(LabelSelector selector) {
        boolean labelsMatch = selector.getMatchLabels() == null
                || selector.getMatchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        return labelsMatch && (selector.getMatchExpressions() == null || selector.getMatchExpressions().stream().allMatch(
                expression -> switch (expression.getOperator()) {
                    case "In" -> expression.getValues().contains(labels.get(expression.getKey()));
                    case "NotIn" -> !expression.getValues().contains(labels.get(expression.getKey()));
                    case "Exists" -> labels.containsKey(expression.getKey());
                    case "DoesNotExist" -> !labels.containsKey(expression.getKey());
                    default -> throw new IllegalArgumentException("Unknown operator " + expression.getOperator());
                }));
    }

    boolean matches(Map<String, String> selector) {
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
