package vn.newsroom.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs of a benchmark's command line; a name may repeat. */
public final class Options {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public Options(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.computeIfAbsent(args[i].substring(2), name -> new ArrayList<>()).add(args[i + 1]);
        }
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public String required(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return single(name, null);
    }

    /** The last value given, or {@code fallback}. */
    public String single(String name, String fallback) {
        List<String> given = all(name);
        return given.isEmpty() ? fallback : given.getLast();
    }
}
