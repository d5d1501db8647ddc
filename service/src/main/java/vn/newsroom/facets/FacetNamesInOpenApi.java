package vn.newsroom.facets;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes the facet names into the API's description from {@link Facet}, where annotations cannot reach (their values
 * must be constants): the {@code facet} path parameter's enumeration, and {@value #PLACEHOLDER} in a parameter's text.
 */
@OpenApiFilter
public class FacetNamesInOpenApi implements OASFilter {

    /** Stands for the facet names, each in backticks, in a parameter's description. */
    public static final String PLACEHOLDER = "{facet names}";

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if ("facet".equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH) {
            parameter.getSchema().setEnumeration(new ArrayList<>(Facet.IDS));
        }
        String description = parameter.getDescription();
        if (description != null && description.contains(PLACEHOLDER)) {
            parameter.setDescription(description.replace(PLACEHOLDER,
                    Facet.IDS.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "))));
        }
        return parameter;
    }
}
