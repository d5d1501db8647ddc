package vn.newsroom.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Image references and image tarballs. */
final class ContainerImages {

    private ContainerImages() {
    }

    /** An exact tag (not "latest") or a digest: what runs cannot change without the manifest changing. */
    static boolean isPinned(String image) {
        if (image == null) {
            return false;
        }
        if (image.matches(".+@sha256:[0-9a-f]{64}")) {
            return true;
        }
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        return colon > 0 && !lastSegment.substring(colon + 1).equals("latest");
    }

    static String repository(String image) {
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        return image.substring(0, image.length() - lastSegment.length()) + lastSegment.split("[:@]")[0];
    }

    /** The named top-level files of a Docker image archive (an uncompressed tar, as Jib's buildTar writes). */
    static Map<String, String> readFromTar(Path tar, Set<String> names) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "").trim();
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
                byte[] content = in.readNBytes((int) Math.min(size, Integer.MAX_VALUE));
                in.skipNBytes((512 - size % 512) % 512);
                if (names.contains(name)) {
                    files.put(name, new String(content, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
