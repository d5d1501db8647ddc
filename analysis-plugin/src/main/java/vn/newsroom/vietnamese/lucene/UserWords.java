package vn.newsroom.vietnamese.lucene;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import vn.newsroom.vietnamese.VietnameseText;

/**
 * Multi-syllable words ("hà nội", "đông nam á") that {@link VietnameseTokenizer} keeps as single
 * tokens. Stored as a tree of normalised syllables, so text matches whatever its case, composition
 * or tone placement. Words are split at whitespace; a single syllable is a token anyway and is
 * ignored.
 */
public final class UserWords {

    public static final UserWords NONE = new UserWords(List.of());

    private final Node root = new Node();

    public UserWords(Collection<String> words) {
        for (String word : words) {
            String[] syllables = VietnameseText.normalize(word).strip().split("\\s+");
            if (syllables.length > 1) {
                root.add(syllables);
            }
        }
    }

    boolean isEmpty() {
        return !root.hasNext();
    }

    Node root() {
        return root;
    }

    /** The words that continue with some syllables; marks where one of them is complete. */
    static final class Node {

        private final CharArrayMap<Node> next = new CharArrayMap<>(2, false);
        private boolean endsWord;

        private void add(String[] syllables) {
            Node node = this;
            for (String syllable : syllables) {
                Node child = node.next.get(syllable);
                if (child == null) {
                    child = new Node();
                    node.next.put(syllable, child);
                }
                node = child;
            }
            node.endsWord = true;
        }

        boolean hasNext() {
            return !next.isEmpty();
        }

        /** The node after this normalised syllable, or null if no word continues with it. */
        Node next(char[] syllable, int length) {
            return next.get(syllable, 0, length);
        }

        boolean endsWord() {
            return endsWord;
        }
    }
}
