package org.citemeta.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Normalises a document for extraction while keeping a per-character map back to the original:
 * <ol>
 *   <li>Unicode NFC; curly quotes to straight ones; every dash to '-'; exotic spaces to ' '; soft hyphens dropped;
 *       at most {@link #MAX_MARKS_IN_A_ROW} non-spacing marks in a row ({@link #fewMarks(Buf)});</li>
 *   <li>markdown emphasis markers ({@code **bold**}, {@code *italic*}) removed;</li>
 *   <li>line-end hyphenation ("Am-\nerica") joined;</li>
 *   <li>PDF layout noise: a paragraph ending without punctuation whose sentence resumes (lower-case start) a few
 *       blocks later is rejoined with its continuation, and the blocks in between (pull quote, author bio) are
 *       moved after it and marked {@link BlockKind#PULL_QUOTE} or {@link BlockKind#DISPLACED}.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

    private static final int MAX_SPLICED_BLOCKS = 5;
    private static final int MAX_SPLICED_BLOCK_LENGTH = 700;

    public NormalizedText normalize(String original) {
        Buf a = stageChars(original);
        fewMarks(a);
        return stageBlocks(original, a);
    }

    /** Non-spacing marks kept in a row (see {@link #fewMarks(Buf)}). */
    public static final int MAX_MARKS_IN_A_ROW = 4;

    /**
     * {@code s} with at most {@link #MAX_MARKS_IN_A_ROW} non-spacing marks in a row (the others dropped), for strings
     * that come without a document (reference strings of {@code POST /citations/parse}); the reason is
     * {@link #fewMarks(Buf)}'s: on the reference parser's patterns 25 s for 8,000 marks, 115 s for 16,000.
     */
    public static String fewMarks(String s) {
        StringBuilder b = null;
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            run = Character.getType(cp) == Character.NON_SPACING_MARK ? run + 1 : 0;
            if (run > MAX_MARKS_IN_A_ROW && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && run <= MAX_MARKS_IN_A_ROW) {
                b.append(s, i, next);
            }
            i = next;
        }
        return b == null ? s : b.toString();
    }

    /**
     * Drops the non-spacing marks after the {@link #MAX_MARKS_IN_A_ROW}th in a row. A {@code \b} of java.util.regex on a
     * non-spacing mark looks back over all the marks before it for their base character, so on a run of thousands of
     * marks ("Zalgo" text, a broken PDF text layer) every {@code \b} of the engine's patterns costs the run's length at
     * each position: the reference markers' pattern alone took 7 s on 16,000 marks and grew with the square of the run,
     * with no loop boundary where a time limit could stop it (the fuzzer of 7 Dec 2026,
     * src/test/java/org/citemeta/fuzz/README.md). Ordinary writing stacks fewer (after NFC Vietnamese one, pointed Hebrew
     * with an accent up to four), so the figures do not change; the last kept mark stands for the dropped ones in the
     * offsets.
     */
    private static void fewMarks(Buf b) {
        int w = 0;
        int run = 0;
        for (int r = 0; r < b.len; ) {
            int cp = Character.codePointAt(b.chars, r, b.len);
            int n = Character.charCount(cp);
            run = Character.getType(cp) == Character.NON_SPACING_MARK ? run + 1 : 0;
            if (run <= MAX_MARKS_IN_A_ROW) {
                for (int k = 0; k < n; k++) {
                    b.chars[w] = b.chars[r + k];
                    b.map[w++] = b.map[r + k];
                }
            } else if (w > 0) {
                b.map[w - 1] = Math.max(b.map[w - 1], b.map[r + n - 1]); // the kept run ends where the dropped marks end
            }
            r += n;
        }
        b.len = w;
    }

    /** A growable char buffer with the original offset of each char. */
    private static final class Buf {
        char[] chars;
        int[] map;
        int len;

        Buf(int cap) {
            chars = new char[Math.max(16, cap)];
            map = new int[Math.max(16, cap)];
        }

        void add(char c, int orig) {
            if (len == chars.length) {
                chars = Arrays.copyOf(chars, len * 2);
                map = Arrays.copyOf(map, len * 2);
            }
            chars[len] = c;
            map[len++] = orig;
        }

        char last() {
            return len == 0 ? '\n' : chars[len - 1];
        }
    }

    /** Character mapping used by normalisation (quotes, dashes, spaces); 0 means drop. */
    public static char mapCharPublic(char c) {
        return mapChar(c);
    }

    static char mapChar(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            case '\u00A0': case '\u2002': case '\u2003': case '\u2007': case '\u2009': case '\u200A': case '\u202F':
            case '\t': case '\f':
                return ' ';
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\uFEFF':
                return 0;
            default:
                return c;
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private Buf stageChars(String s) {
        int n = s.length();
        Buf b = new Buf(n + 16);
        boolean nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!nfc && (c >= 0x80 || i + 1 < n && isMark(s.codePointAt(i + 1)))) {
                int j = i + Character.charCount(s.codePointAt(i));
                while (j < n && isMark(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                String norm = Normalizer.normalize(s.substring(i, j), Normalizer.Form.NFC);
                for (int k = 0; k < norm.length(); k++) {
                    char m = mapChar(norm.charAt(k));
                    if (m != 0) {
                        b.add(m, k == norm.length() - 1 ? j - 1 : i); // the cluster's last char ends at its end
                    }
                }
                i = j;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                    continue;
                }
                b.add('\n', i++);
                continue;
            }
            if (c == '*') {
                int j = i;
                while (j < n && s.charAt(j) == '*') {
                    j++;
                }
                boolean prevSpace = i == 0 || Character.isWhitespace(s.charAt(i - 1));
                boolean nextSpace = j >= n || Character.isWhitespace(s.charAt(j));
                if (prevSpace && nextSpace) { // a bullet or a lone star: keep
                    for (int k = i; k < j; k++) {
                        b.add('*', k);
                    }
                } else if (!prevSpace && !nextSpace && j - i == 1 && i > 0
                        && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(j))) {
                    b.add('*', i); // A*STAR
                }
                i = j;
                continue;
            }
            if ((c == '-' || c == '\u00AD' || c == '\u2010') && i + 1 < n && s.charAt(i + 1) == '\n'
                    && Character.isLetter(b.last()) && i + 2 < n && Character.isLowerCase(s.charAt(i + 2))) {
                i += 2; // line-end hyphenation: "Am-\nerica" -> "America"
                continue;
            }
            char m = mapChar(c);
            if (m != 0) {
                b.add(m, i);
            }
            i++;
        }
        return b;
    }

    private record Para(int start, int end) { // in stage-A offsets, trimmed
    }

    private NormalizedText stageBlocks(String original, Buf a) {
        String s = new String(a.chars, 0, a.len);
        List<Para> paras = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = n;
            int j = i;
            while (j < n) {
                if (s.charAt(j) == '\n') {
                    int k = j + 1;
                    while (k < n && s.charAt(k) != '\n' && Character.isWhitespace(s.charAt(k))) {
                        k++;
                    }
                    if (k >= n || s.charAt(k) == '\n') {
                        end = j;
                        break;
                    }
                }
                j++;
            }
            int e = end;
            while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
                e--;
            }
            paras.add(new Para(start, e));
            i = end;
        }

        Buf out = new Buf(n + 16);
        List<TextBlock> blocks = new ArrayList<>();
        boolean[] used = new boolean[paras.size()];
        for (int p = 0; p < paras.size(); p++) {
            if (used[p]) {
                continue;
            }
            Para para = paras.get(p);
            int cont = findContinuation(s, paras, p, used);
            if (out.len > 0) {
                separator(out, a, para.start, "\n\n");
            }
            int bs = out.len;
            copy(out, a, para);
            used[p] = true;
            if (cont > 0) {
                separator(out, a, paras.get(cont).start, " ");
                copy(out, a, paras.get(cont));
                used[cont] = true;
                blocks.add(new TextBlock(BlockKind.BODY, bs, out.len));
                for (int q = p + 1; q < cont; q++) {
                    Para d = paras.get(q);
                    separator(out, a, d.start, "\n\n");
                    int ds = out.len;
                    copy(out, a, d);
                    used[q] = true;
                    blocks.add(new TextBlock(isPullQuote(s, d) ? BlockKind.PULL_QUOTE : BlockKind.DISPLACED, ds, out.len));
                }
            } else {
                blocks.add(new TextBlock(isPullQuote(s, para) ? BlockKind.PULL_QUOTE : BlockKind.BODY, bs, out.len));
            }
        }
        int[] map = Arrays.copyOf(out.map, out.len);
        return new NormalizedText(original, new String(out.chars, 0, out.len), map, blocks);
    }

    /** Index of the paragraph continuing the unfinished sentence of paragraph p, or -1. */
    private int findContinuation(String s, List<Para> paras, int p, boolean[] used) {
        Para para = paras.get(p);
        if (para.end - para.start < 80) {
            return -1;
        }
        char last = s.charAt(para.end - 1);
        if (!(Character.isLetter(last) || last == ',')) {
            return -1;
        }
        for (int q = p + 1; q < paras.size() && q <= p + MAX_SPLICED_BLOCKS; q++) {
            if (used[q]) {
                return -1;
            }
            Para cand = paras.get(q);
            char first = s.charAt(cand.start);
            if (Character.isLowerCase(first)) {
                return q == p + 1 ? -1 : q; // adjacent lower-case paragraph: ordinary break, nothing spliced
            }
            if (cand.end - cand.start > MAX_SPLICED_BLOCK_LENGTH) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isPullQuote(String s, Para para) {
        String t = s.substring(para.start, para.end).trim();
        if (t.length() < 20 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            return false;
        }
        String inner = t.substring(1, t.length() - 1).trim();
        if (inner.endsWith(".")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        int first = s.indexOf(inner);
        return first >= 0 && (first < para.start || first > para.end) || s.indexOf(inner, para.end) >= 0
                || s.lastIndexOf(inner, para.start - 1) >= 0;
    }

    private static void copy(Buf out, Buf a, Para p) {
        for (int k = p.start; k < p.end; k++) {
            out.add(a.chars[k], a.map[k]);
        }
    }

    private static void separator(Buf out, Buf a, int nextStart, String sep) {
        int orig = out.len == 0 ? 0 : out.map[out.len - 1] + 1;
        for (int k = 0; k < sep.length(); k++) {
            out.add(sep.charAt(k), orig);
        }
    }
}
