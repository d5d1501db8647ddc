package vn.newsroom.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published, only as precisely as the source says it: a year, a month or a
 * day. A month is never rounded to a day, so {@code 2022-11} stays {@code 2022-11}.
 *
 * <p>String form (also the JSON form): {@code 2022}, {@code 2022-11} or {@code 2022-11-10}.
 *
 * @param year  the year, four digits
 * @param month 1-12, or {@code null} when only the year is known
 * @param day   day of month, or {@code null} when the day is not known (always {@code null} when
 *              {@code month} is)
 */
public record PublishedDate(int year, Integer month, Integer day) {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final String ACCEPTED_FORMS =
            "a published date is YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022, 2022-11, 2022-11-10)";

    public PublishedDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " is not four digits: " + ACCEPTED_FORMS);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("A day needs a month: " + ACCEPTED_FORMS);
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + ACCEPTED_FORMS, e);
        }
    }

    public static PublishedDate ofYear(int year) {
        return new PublishedDate(year, null, null);
    }

    public static PublishedDate ofMonth(int year, int month) {
        return new PublishedDate(year, month, null);
    }

    public static PublishedDate ofDay(int year, int month, int day) {
        return new PublishedDate(year, month, day);
    }

    /**
     * Reads the string form.
     *
     * @throws IllegalArgumentException naming the accepted forms, when {@code text} is not one of
     *                                  them or is not a real date (e.g. {@code 2022-02-30})
     */
    @JsonCreator
    public static PublishedDate parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Cannot read '" + text + "': " + ACCEPTED_FORMS);
        }
        return new PublishedDate(Integer.parseInt(m.group(1)), intOrNull(m.group(2)), intOrNull(m.group(3)));
    }

    private static Integer intOrNull(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this value covers, e.g. 2022-11-01 for {@code 2022-11}: the lower bound of a range query. */
    public LocalDate firstDay() {
        return switch (precision()) {
            case YEAR -> Year.of(year).atDay(1);
            case MONTH -> YearMonth.of(year, month).atDay(1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day this value covers, e.g. 2022-11-30 for {@code 2022-11}: the inclusive upper bound. */
    public LocalDate lastDay() {
        return switch (precision()) {
            case YEAR -> Year.of(year).atMonth(12).atEndOfMonth();
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> "%04d".formatted(year);
            case MONTH -> "%04d-%02d".formatted(year, month);
            case DAY -> "%04d-%02d-%02d".formatted(year, month, day);
        };
    }
}
