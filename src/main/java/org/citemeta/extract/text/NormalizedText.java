package org.citemeta.extract.text;

import java.util.List;

/**
 * The normalised text of a document with a map from every normalised offset back to the original text.
 * Blocks may be reordered with respect to the original (spliced PDF blocks are moved after the sentence they
 * interrupted), so offsets map per character, not by a constant shift.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;
    private final List<TextBlock> blocks;

    NormalizedText(String original, String text, int[] toOriginal, List<TextBlock> blocks) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
        this.blocks = List.copyOf(blocks);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public List<TextBlock> blocks() {
        return blocks;
    }

    /** Original offset of the character at normalised offset {@code i}. */
    public int originalStart(int i) {
        if (text.isEmpty()) {
            return 0;
        }
        return toOriginal[Math.min(i, text.length() - 1)];
    }

    /** Original end offset (exclusive) of a span ending (exclusive) at normalised offset {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return Math.min(original.length(), toOriginal[end - 1] + 1);
    }

    /** The block containing normalised offset {@code i}, or null for separators. */
    public TextBlock blockAt(int i) {
        for (TextBlock b : blocks) {
            if (i >= b.start() && i < b.end()) {
                return b;
            }
        }
        return null;
    }
}
