package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens of a reference string: words (letters, inner apostrophes and hyphens, with a trailing period kept
 * attached: "J.", "Lett.", "al."), numbers and single punctuation characters, each with its offsets. A word holds at
 * most {@value #MAX_HYPHENATED_PARTS} hyphenated parts after its first: java.util.regex recurses once per repetition
 * of a group, and a run of thousands ("a-b-c-…") overflowed the stack ({@code ReferenceParserFuzzTest}).
 */
final class RefTokens {
    private static final int MAX_HYPHENATED_PARTS = 20;
    /** A word with its inner apostrophes and hyphens and a trailing period; {@link ModelTokens} reads words so too. */
    static final String WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*){0,"
            + MAX_HYPHENATED_PARTS + "}\\.?";
    private static final Pattern TOKEN = Pattern.compile(WORD + "|\\d+|\\S");

    final String text;
    final String[] word;
    final int[] start;
    final int[] end;
    final int count;

    private RefTokens(String text, List<int[]> spans) {
        this.text = text;
        this.count = spans.size();
        this.word = new String[count];
        this.start = new int[count];
        this.end = new int[count];
        for (int i = 0; i < count; i++) {
            start[i] = spans.get(i)[0];
            end[i] = spans.get(i)[1];
            word[i] = text.substring(start[i], end[i]);
        }
    }

    static RefTokens of(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        return new RefTokens(text, spans);
    }

    String w(int i) {
        return i >= 0 && i < count ? word[i] : "";
    }

    boolean is(int i, String s) {
        return i >= 0 && i < count && word[i].equals(s);
    }

    boolean isLetterWord(int i) {
        return i >= 0 && i < count && Character.isLetter(word[i].charAt(0));
    }

    boolean isNumber(int i) {
        return i >= 0 && i < count && Character.isDigit(word[i].charAt(0));
    }

    /** No space between token i and token i+1. */
    boolean glued(int i) {
        return i >= 0 && i + 1 < count && end[i] == start[i + 1];
    }

    /** The word without a trailing period. */
    String bare(int i) {
        String x = w(i);
        return x.endsWith(".") ? x.substring(0, x.length() - 1) : x;
    }
}
