package vn.newsroom.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo caption line: the caption proper and the credit that ends it.
 *
 * @param caption what the photo shows; empty when the line is only a credit ({@code Ảnh: AKP})
 * @param credit  who took or supplied it
 */
record PhotoCaption(String caption, String credit) {

    /** {@code Quang cảnh Hội nghị. (Ảnh: Hải Tiến)} */
    private static final Pattern IN_BRACKETS =
            Pattern.compile("(?<caption>.*?)\\s*\\(\\s*Ảnh\\s*:\\s*(?<credit>[^()]+?)\\s*\\)");

    /**
     * {@code Đoàn Việt Nam dự hội nghị. Ảnh: AKP}, or without the colon when the credit is an
     * acronym ({@code ... tại hội nghị. Ảnh BNG}). "Ảnh" must open the line or a sentence, so
     * "ảnh hưởng" or "chụp ảnh" inside a sentence is never read as a credit.
     */
    private static final Pattern AFTER_SENTENCE = Pattern.compile(
            "(?:(?<caption>.*[.!?…])\\s+)?Ảnh(?:\\s*:\\s*(?<credit>\\S.*?)|\\s+(?<acronym>[\\p{Lu}\\d][\\p{Lu}\\d/&+.-]*))");

    /** Both patterns need the word "Ảnh": looking for it first spares most lines two scans with backtracking. */
    private static final String PHOTO = "Ảnh";

    static Optional<PhotoCaption> in(String line) {
        if (!line.contains(PHOTO)) {
            return Optional.empty();
        }
        Matcher m = IN_BRACKETS.matcher(line);
        if (m.matches()) {
            return Optional.of(new PhotoCaption(m.group("caption"), m.group("credit")));
        }
        m = AFTER_SENTENCE.matcher(line);
        if (m.matches()) {
            String caption = m.group("caption") == null ? "" : m.group("caption");
            String credit = m.group("credit") != null ? m.group("credit") : m.group("acronym");
            return Optional.of(new PhotoCaption(caption, credit));
        }
        return Optional.empty();
    }
}
