package vn.newsroom.marks;

import java.util.Arrays;

/**
 * Counts of ordered pairs of word ids, in one open-addressing table of primitives: a boxed map of a million pairs
 * would weigh several times as much. Not thread-safe; filled once, then only read.
 */
final class PairCounts {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] counts;
    private int size;

    PairCounts() {
        this(1 << 12);
    }

    private PairCounts(int capacity) {
        keys = new long[capacity];
        counts = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** Counts the pair once more; a pair not yet counted is left out once {@code maximum} pairs are. */
    void increment(int first, int second, int maximum) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = key(first, second);
        int slot = slot(key, keys);
        if (keys[slot] == EMPTY) {
            if (size >= maximum) {
                return;
            }
            keys[slot] = key;
            size++;
        }
        counts[slot]++;
    }

    int get(int first, int second) {
        long key = key(first, second);
        int slot = slot(key, keys);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    /**
     * The same counts in a table filled up to three quarters, to be only read: while counting, a half-empty table
     * keeps increments fast, which a finished model no longer needs.
     */
    PairCounts trimmed() {
        PairCounts trimmed = new PairCounts(Math.max(16, Integer.highestOneBit(size * 4 / 3) * 2));
        trimmed.insert(keys, counts);
        trimmed.size = size;
        return trimmed;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        insert(oldKeys, oldCounts);
    }

    private void insert(long[] fromKeys, int[] fromCounts) {
        for (int i = 0; i < fromKeys.length; i++) {
            if (fromKeys[i] != EMPTY) {
                int slot = slot(fromKeys[i], keys);
                keys[slot] = fromKeys[i];
                counts[slot] = fromCounts[i];
            }
        }
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }

    /** The key's slot, or the empty slot where it would go (linear probing). */
    private static int slot(long key, long[] keys) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
