package vn.newsroom.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids. A client may choose one; otherwise it is derived from what the article says (its title and text
 * after parsing), so sending the same article again, as raw text or as JSON, replaces it instead of adding a copy.
 */
public final class ArticleIds {

    /** Safe in a URL path and well under Elasticsearch's 512-byte id limit. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._~-]{0,127}";
    public static final String PATTERN_MESSAGE = "must be 1 to 128 letters, digits, '.', '_', '~' or '-', starting with a"
            + " letter or digit";

    /** 80 bits of SHA-256: collisions stay improbable far beyond any news archive's size. */
    private static final int HEX_DIGITS = 20;

    private ArticleIds() {
    }

    /** The derived id: hex digits of the SHA-256 of the title (empty when none) and the text. */
    public static String fromContent(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0); // so that title "ab" + text "c" differs from title "a" + text "bc"
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
