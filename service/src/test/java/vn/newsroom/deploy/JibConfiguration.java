package vn.newsroom.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The container image the build makes: the Jib configuration of service/pom.xml's "image" profile, properties resolved. */
final class JibConfiguration {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final XPath xpath = XPathFactory.newInstance().newXPath();
    private final Element jib;
    private final Map<String, String> properties = new HashMap<>();

    JibConfiguration(Path pom) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            jib = (Element) xpath.evaluate("/project/profiles/profile[id='image']/build/plugins/plugin[artifactId='jib-maven-plugin']/configuration",
                    document, XPathConstants.NODE);
            NodeList declared = (NodeList) xpath.evaluate("/project/properties/*", document, XPathConstants.NODESET);
            for (int i = 0; i < declared.getLength(); i++) {
                properties.put(declared.item(i).getNodeName(), declared.item(i).getTextContent().trim());
            }
            properties.put("project.version", System.getProperty("project.version"));
            properties.put("project.name", xpath.evaluate("/project/name", document));
            properties.put("project.build.directory", "target");
            properties.put("project.basedir", ".");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the image configuration from " + pom, e);
        }
        if (jib == null) {
            throw new IllegalStateException(pom + " has no jib-maven-plugin in an 'image' profile");
        }
    }

    String value(String path) {
        return resolve(text(path));
    }

    List<String> values(String path) {
        List<String> values = new ArrayList<>();
        NodeList nodes = nodes(path);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(resolve(nodes.item(i).getTextContent().trim()));
        }
        return values;
    }

    /** Children of an element as name to resolved text, e.g. container/labels. */
    Map<String, String> entries(String path) {
        Map<String, String> entries = new LinkedHashMap<>();
        NodeList nodes = nodes(path + "/*");
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.put(nodes.item(i).getNodeName(), resolve(nodes.item(i).getTextContent().trim()));
        }
        return entries;
    }

    /** extraDirectories: where each source folder ends up in the image. */
    Map<String, String> extraDirectories() {
        Map<String, String> directories = new LinkedHashMap<>();
        NodeList paths = nodes("extraDirectories/paths/path");
        for (int i = 0; i < paths.getLength(); i++) {
            Node path = paths.item(i);
            directories.put(resolve(child(path, "from")), resolve(child(path, "into")));
        }
        return directories;
    }

    private String resolve(String text) {
        Matcher matcher = PROPERTY.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = properties.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("Unknown property " + matcher.group(1) + " in " + text);
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(resolve(value)));
        }
        return matcher.appendTail(resolved).toString();
    }

    private String text(String path) {
        try {
            return xpath.evaluate(path, jib).trim();
        } catch (Exception e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private NodeList nodes(String path) {
        try {
            return (NodeList) xpath.evaluate(path, jib, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private String child(Node node, String name) {
        try {
            return xpath.evaluate(name, node).trim();
        } catch (Exception e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
