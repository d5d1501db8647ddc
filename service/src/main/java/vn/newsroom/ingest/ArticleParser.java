package vn.newsroom.ingest;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newsroom.vietnamese.VietnameseText;

/**
 * Splits a raw crawled article into title, lead, searchable body, captions, credits and date.
 *
 * <p>Each non-blank line is one paragraph. Lines are read as follows:
 * <ul>
 *   <li><b>Date marker.</b> A leading {@code date 2022-11} (or {@code date 2022}, {@code date
 *       2022-11-10}) is metadata, kept at its own precision, and removed from the text.</li>
 *   <li><b>Trailing blocks.</b> From a teaser heading ({@code Có thể bạn quan tâm}, {@code Tin liên
 *       quan}, {@code Bài liên quan}, {@code Xem thêm}) or a reader prompt ({@code * Mời bạn đọc
 *       ...}) to the end, nothing is the article: those are other articles' headlines and leads.</li>
 *   <li><b>Table pipes</b> left at either end of a line by the crawler are removed; a line of pipes
 *       alone disappears.</li>
 *   <li><b>Agency bylines</b>, a line holding only an agency ({@code TTXVN}, {@code (Theo VNA)},
 *       {@code THX/TTXVN}), go to the credits.</li>
 *   <li><b>Photo captions</b> end with a credit ({@code ... Ảnh: AKP}, {@code ... (Ảnh: Hải Tiến)},
 *       {@code ... Ảnh BNG}): the caption goes to the captions, the credit to the credits.</li>
 *   <li><b>Duplicated caption lines.</b> A line repeated on the next line is how these pages render a
 *       caption (photo alt text, then the visible caption); it is kept once, as a caption.</li>
 *   <li><b>Headline.</b> The first line is the title when it is article text (none of the above), is
 *       followed by more text, is at most {@value #MAX_HEADLINE_LENGTH} characters and does not end
 *       like a sentence ({@code . … , ; :}). So "Hợp tác ASEAN năm 2024: Bước chuyển quan trọng..."
 *       is a title, a leading photo caption is not, and a lead paragraph ("Ngày 10/11, các Bộ
 *       trưởng ... liên quan.") is not. Later short lines (cross-heads) stay in the body.</li>
 *   <li><b>Lead.</b> The first paragraph after the title.</li>
 *   <li><b>Published date.</b> The marker; otherwise the first full date (day, month and year) in
 *       the lead, where a dateline sits. A full date inside the marker's range refines it. A date
 *       without a year ("Ngày 10/11") is never completed by guessing, and dates further down the
 *       text are events, not publication: without either, the date is {@code null}.</li>
 * </ul>
 * Text is NFC-normalised first so that decomposed input matches the same patterns.
 */
@Singleton
public class ArticleParser {

    static final int MAX_HEADLINE_LENGTH = 200;

    private static final Pattern TRAILING_BLOCK = Pattern.compile(
            "(?:Có thể bạn quan tâm|Tin liên quan|Bài liên quan|Xem thêm)\\s*:?|\\*?\\s*Mời (?:bạn đọc|quý độc giả)\\s.*");
    private static final String AGENCY = "(?:TTXVN|VNA|Vietnam\\+|AFP|Reuters|AP|Xinhua|THX|Kyodo|Yonhap|Bernama|AKP)";
    private static final Pattern AGENCY_BYLINE =
            Pattern.compile("\\(?(?:Theo\\s+)?(?<agency>" + AGENCY + "(?:\\s*/\\s*" + AGENCY + ")*)\\)?\\.?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.…,;:][\"”’')\\]]*$");

    public ArticleParser() {
        // stateless; a public constructor lets plain unit tests and CDI both create it
    }

    /** Parses one raw article; never returns {@code null}. */
    public ParsedArticle parse(String raw) {
        return parse(raw, true);
    }

    /**
     * Parses the text of an article whose title is known from elsewhere (a JSON upload): the same rules, except
     * that no line is taken for the headline, so the first line stays text.
     */
    public ParsedArticle parseBody(String body) {
        return parse(body, false);
    }

    private ParsedArticle parse(String raw, boolean findTitle) {
        Objects.requireNonNull(raw, "raw");
        PublicationDates.Marked marked = PublicationDates.stripMarker(VietnameseText.compose(raw));
        List<String> lines = articleLines(marked.rest());

        String title = findTitle && isHeadline(lines) ? lines.get(0) : null;
        List<String> paragraphs = new ArrayList<>();
        Set<String> captions = new LinkedHashSet<>();
        Set<String> credits = new LinkedHashSet<>();
        for (int i = title == null ? 0 : 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher byline = AGENCY_BYLINE.matcher(line);
            if (byline.matches()) {
                credits.add(byline.group("agency"));
                continue;
            }
            Optional<PhotoCaption> photo = PhotoCaption.in(line);
            if (photo.isPresent()) {
                if (!photo.get().caption().isEmpty()) {
                    captions.add(photo.get().caption());
                }
                credits.add(photo.get().credit());
            } else if (repeatsNeighbour(lines, i)) {
                captions.add(line);
            } else {
                paragraphs.add(line);
            }
        }

        String lead = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        PublishedDate published = PublicationDates.choose(marked.date(), PublicationDates.firstFullDate(lead));
        return new ParsedArticle(title, lead, String.join("\n\n", paragraphs),
                List.copyOf(captions), List.copyOf(credits), published);
    }

    /** Cleaned, non-blank lines up to the first trailing block. */
    private static List<String> articleLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String rawLine : LineCleaner.lines(text)) {
            String line = LineCleaner.clean(rawLine);
            if (TRAILING_BLOCK.matcher(line).matches()) {
                break;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean isHeadline(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        String first = lines.get(0);
        return first.length() <= MAX_HEADLINE_LENGTH
                && !SENTENCE_END.matcher(first).find()
                && !AGENCY_BYLINE.matcher(first).matches()
                && PhotoCaption.in(first).isEmpty()
                && !repeatsNeighbour(lines, 0);
    }

    private static boolean repeatsNeighbour(List<String> lines, int i) {
        return (i > 0 && lines.get(i - 1).equals(lines.get(i)))
                || (i + 1 < lines.size() && lines.get(i + 1).equals(lines.get(i)));
    }
}
