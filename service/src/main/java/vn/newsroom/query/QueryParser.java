package vn.newsroom.query;

import java.util.ArrayList;
import java.util.List;
import vn.newsroom.query.ParsedQuery.Group;
import vn.newsroom.query.ParsedQuery.Operand;
import vn.newsroom.query.ParsedQuery.Phrase;
import vn.newsroom.query.ParsedQuery.Word;

/**
 * Reads the query language of {@code q}; every string is a valid query, so a user never sees a parse error.
 *
 * <ul>
 *   <li>Words are separated by spaces; all of them must match (with or without marks).</li>
 *   <li>{@code "..."} (straight or curly quotes) is a phrase; an unclosed quote runs to the end.</li>
 *   <li>{@code -word} or {@code -"a phrase"} excludes; a dash inside a word ({@code COVID-19}) or before a digit
 *       (a minus sign: {@code -30 độ}) does not.</li>
 *   <li>{@code OR} in capitals between two operands that are not excluded makes either one enough; anywhere
 *       else (first, last, next to an exclusion) it is ignored. Lower-case {@code or} is an ordinary word.</li>
 *   <li>Operands without a letter or digit ({@code ...}, {@code (}) are ignored.</li>
 *   <li>Past a limit, operands are left out and the text ends before them: a long pasted text is searched by its
 *       beginning rather than refused (as web search engines do).</li>
 * </ul>
 */
public final class QueryParser {

    private static final String OR = "OR";

    private QueryParser() {
    }

    /** One lexical item: an operand (perhaps excluded), or OR in capitals. */
    private record Item(Operand operand, boolean excluded, boolean or) {

        boolean positive() {
            return operand != null && !excluded && !or;
        }
    }

    public static ParsedQuery parse(String q) {
        return parse(q, Integer.MAX_VALUE);
    }

    /** @param maxOperands words, phrases and exclusions kept, in typed order; the text ends after the last one */
    public static ParsedQuery parse(String q, int maxOperands) {
        String cleaned = Text.clean(q == null ? "" : q);
        List<Item> lexed = lex(cleaned);
        List<Item> items = limit(lexed, maxOperands);
        String text = items.size() == lexed.size() ? cleaned : cleaned.substring(0, items.getLast().operand().end());
        List<List<Operand>> required = new ArrayList<>();
        List<Operand> excluded = new ArrayList<>();
        boolean joinNext = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.or()) {
                joinNext = isOperator(items, i);
            } else if (item.excluded()) {
                excluded.add(item.operand());
            } else if (joinNext) {
                required.getLast().add(item.operand());
                joinNext = false;
            } else {
                required.add(new ArrayList<>(List.of(item.operand())));
            }
        }
        return new ParsedQuery(text, required.stream().map(Group::new).toList(), excluded);
    }

    private static List<Item> limit(List<Item> items, int maxOperands) {
        List<Item> kept = new ArrayList<>();
        int operands = 0;
        for (Item item : items) {
            if (!item.or() && ++operands > maxOperands) {
                break;
            }
            kept.add(item);
        }
        return kept;
    }

    /** OR joins only when both neighbours are operands that are not excluded; a dangling OR is dropped. */
    private static boolean isOperator(List<Item> items, int i) {
        return i > 0 && i < items.size() - 1 && items.get(i - 1).positive() && items.get(i + 1).positive();
    }

    private static List<Item> lex(String text) {
        List<Item> items = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int dashes = i;
            while (i < n && text.charAt(i) == '-') {
                i++;
            }
            if (i == n || isSpace(text.charAt(i))) {
                continue; // a lone dash
            }
            // a minus sign (-30 độ) is part of the number, not an exclusion
            boolean excluded = i > dashes && !Character.isDigit(text.charAt(i));
            i = excluded ? i : dashes;
            Operand operand;
            if (isQuote(text.charAt(i))) {
                int start = ++i;
                while (i < n && !isQuote(text.charAt(i))) {
                    i++;
                }
                operand = new Phrase(text.substring(start, i), start, i);
                i = Math.min(i + 1, n);
            } else {
                int start = i;
                while (i < n && !isSpace(text.charAt(i)) && !isQuote(text.charAt(i))) {
                    i++;
                }
                operand = new Word(text.substring(start, i), start, i);
            }
            if (Text.hasLetterOrDigit(operand.text())) {
                boolean or = !excluded && operand instanceof Word && operand.text().equals(OR);
                items.add(new Item(operand, excluded, or));
            }
        }
        return items;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„';
    }
}
