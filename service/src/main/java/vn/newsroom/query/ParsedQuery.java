package vn.newsroom.query;

import java.util.Arrays;
import java.util.List;

/**
 * What a user typed in {@code q}, as read by {@link QueryParser}: groups that must all match, each a set of
 * alternatives joined by {@code OR}, and operands that must not match.
 *
 * @param text     the text the operands' offsets refer to ({@code q} with control characters blanked)
 * @param required every group must match; within a group, any alternative
 * @param excluded no operand may match
 */
public record ParsedQuery(String text, List<Group> required, List<Operand> excluded) {

    public ParsedQuery {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    /** A word or a quoted phrase, with where it stands in {@link #text()}. */
    public sealed interface Operand permits Word, Phrase {

        String text();

        int start();

        int end();
    }

    /** Text without spaces, as typed; the analyzer still splits {@code COVID-19} into two adjacent terms. */
    public record Word(String text, int start, int end) implements Operand {
    }

    /** Text between quotes: its terms must appear in this order, next to each other. */
    public record Phrase(String text, int start, int end) implements Operand {
    }

    /** Alternatives joined by {@code OR}; a plain word is a group of one. */
    public record Group(List<Operand> alternatives) {

        public Group {
            alternatives = List.copyOf(alternatives);
        }

        boolean isPlainWord() {
            return alternatives.size() == 1 && alternatives.getFirst() instanceof Word;
        }
    }

    /** Whether anything must match: without it the query lists every article not excluded. */
    public boolean hasRequiredTerms() {
        return !required.isEmpty();
    }

    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** Plain words, each a group of its own: how many of them must match is the match strategy's choice. */
    public List<Word> words() {
        return required.stream().filter(Group::isPlainWord).map(group -> (Word) group.alternatives().getFirst()).toList();
    }

    /** Phrases and {@code OR} groups: these always must match. */
    public List<Group> strictGroups() {
        return required.stream().filter(group -> !group.isPlainWord()).toList();
    }

    /** The same query with every phrase and {@code OR} alternative as a plain word; exclusions stay. */
    public ParsedQuery loosened() {
        return new ParsedQuery(text, positives().stream()
                .map(operand -> new Group(List.of(new Word(operand.text(), operand.start(), operand.end()))))
                .toList(), excluded);
    }

    /** How many words must or may match, those of phrases and {@code OR} groups included. */
    public int wordCount() {
        return positives().stream().mapToInt(operand -> (int) Arrays.stream(operand.text().split("\\s+"))
                .filter(Text::hasLetterOrDigit).count()).sum();
    }

    /** Every operand that must or may match, in typed order. */
    public List<Operand> positives() {
        return required.stream().flatMap(group -> group.alternatives().stream()).toList();
    }
}
