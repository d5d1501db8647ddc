package vn.newsroom.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a published date may come from: a metadata marker, or a full date in the lead. */
final class PublicationDates {

    /**
     * The marker some crawls put before the text, e.g. {@code " date 2022-11 Ngày 10/11, ..."}. Its
     * value may be malformed; the marker is still not article text.
     */
    private static final Pattern MARKER = Pattern.compile("\\A\\s*date\\s+(\\d\\S*)\\h*");

    /**
     * A full date: {@code 10/11/2022}, {@code 10-11-2022}, {@code 10.11.2022} (day first, four-digit
     * year) or {@code ngày 10 tháng 11 năm 2022}.
     */
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\d/.-])(?<d>\\d{1,2})\\s*(?<sep>[/.-])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<y>\\d{4})(?!\\d)"
                    + "|ngày\\s+(?<sd>\\d{1,2})\\s+tháng\\s+(?<sm>\\d{1,2})\\s+năm\\s+(?<sy>\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The marker's date ({@code null} when absent or unreadable) and the text after the marker. */
    record Marked(PublishedDate date, String rest) {
    }

    private PublicationDates() {
    }

    static Marked stripMarker(String text) {
        Matcher m = MARKER.matcher(text);
        if (!m.lookingAt()) {
            return new Marked(null, text);
        }
        return new Marked(readOrNull(m.group(1)), text.substring(m.end()));
    }

    private static PublishedDate readOrNull(String value) {
        try {
            return PublishedDate.parse(value);
        } catch (IllegalArgumentException unreadable) {
            return null; // an unreadable marker says nothing; the date stays unknown
        }
    }

    /**
     * The first real calendar date with day, month and year in {@code text}, or {@code null}.
     * "Ngày 10/11" has no year and is not one; neither is 30/02/2022.
     */
    static PublishedDate firstFullDate(String text) {
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            boolean numeric = m.group("d") != null;
            try {
                return PublishedDate.ofDay(
                        Integer.parseInt(m.group(numeric ? "y" : "sy")),
                        Integer.parseInt(m.group(numeric ? "m" : "sm")),
                        Integer.parseInt(m.group(numeric ? "d" : "sd")));
            } catch (IllegalArgumentException notACalendarDate) {
                // try the next candidate
            }
        }
        return null;
    }

    /**
     * The marker wins, but a full date in the text that falls inside it is the same date told more
     * precisely (marker 2022-11, lead "ngày 10/11/2022" → 2022-11-10).
     */
    static PublishedDate choose(PublishedDate marker, PublishedDate inText) {
        if (marker == null || inText == null) {
            return marker != null ? marker : inText;
        }
        boolean inside = !inText.firstDay().isBefore(marker.firstDay()) && !inText.lastDay().isAfter(marker.lastDay());
        return inside ? inText : marker;
    }
}
