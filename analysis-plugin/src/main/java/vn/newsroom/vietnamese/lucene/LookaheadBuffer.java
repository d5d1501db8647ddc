package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A window over a Reader that guarantees some chars of lookahead and tracks the absolute offset. */
final class LookaheadBuffer {

    private final char[] chars;
    /** Absolute offset in the input of {@code chars[0]}. */
    private int bufferStart;
    private int position;
    private int limit;
    private boolean exhausted;

    /** {@code capacity} bounds the lookahead that {@link #fill} can guarantee. */
    LookaheadBuffer(int capacity) {
        chars = new char[capacity];
    }

    /** Ensures {@code needed} chars are buffered unless input ends first; returns whether any char is left. */
    boolean fill(Reader input, int needed) throws IOException {
        if (limit - position < needed && !exhausted) {
            compact();
            while (limit - position < needed && !exhausted) {
                int read = input.read(chars, limit, chars.length - limit);
                if (read < 0) {
                    exhausted = true;
                } else {
                    limit += read;
                }
            }
        }
        return position < limit;
    }

    private void compact() {
        System.arraycopy(chars, position, chars, 0, limit - position);
        bufferStart += position;
        limit -= position;
        position = 0;
    }

    int available() {
        return limit - position;
    }

    int codePointAt(int ahead) {
        return Character.codePointAt(chars, position + ahead, limit);
    }

    /** Copies the next {@code count} chars to {@code target} and moves past them; returns {@code count}. */
    int copyTo(char[] target, int targetOffset, int count) {
        System.arraycopy(chars, position, target, targetOffset, count);
        position += count;
        return count;
    }

    /** Copies {@code count} chars from {@code ahead} chars on into {@code target}, without moving. */
    void copyAhead(int ahead, int count, CharTermAttribute target) {
        target.copyBuffer(chars, position + ahead, count);
    }

    void advance(int count) {
        position += count;
    }

    /** Absolute input offset of the next unread char. */
    int offset() {
        return bufferStart + position;
    }

    void clear() {
        bufferStart = 0;
        position = 0;
        limit = 0;
        exhausted = false;
    }
}
