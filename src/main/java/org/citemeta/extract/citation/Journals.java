package org.citemeta.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Journal names and their ISO 4 abbreviations known to the parser ({@code journals.txt.gz}: 29,609 names from
 * JabRef's journal lists, MIT; rebuilt by {@code src/test/tools/journals-from-jabref.sh}). A name is compared word by
 * word on {@link ModelTokens}: case, final periods and punctuation are ignored and "&amp;" is "and", so "Phys. Rev.
 * Lett.", "Phys Rev Lett" and "PHYS. REV. LETT." are the same name. Loaded once, on first use; thread-safe.
 */
final class Journals {
    static final String RESOURCE = "/org/citemeta/extract/citation/journals.txt.gz";
    /** Longest name in words that is looked up (longer names are rare and would only cost time). */
    static final int MAX_WORDS = 12;

    private Journals() {
    }

    private static final class Holder {
        static final Set<String> NAMES = load();
    }

    /** Number of distinct names (after normalisation). */
    static int size() {
        return Holder.NAMES.size();
    }

    /** Whether the word tokens {@code from..to} (inclusive; punctuation tokens skipped) are a known journal name. */
    static boolean known(ModelTokens t, int from, int to) {
        String key = key(t, from, to);
        return key != null && Holder.NAMES.contains(key);
    }

    /**
     * The first token of the longest known name that ends at word token {@code end} and starts no earlier than
     * {@code min}, or -1.
     */
    static int longestEndingAt(ModelTokens t, int min, int end) {
        if (end < 0 || end >= t.count || word(t.word[end]) == null) {
            return -1;
        }
        int best = -1;
        int words = 0;
        for (int b = end; b >= Math.max(0, min) && words < MAX_WORDS; b--) {
            if (word(t.word[b]) == null) {
                if (!skippable(t.word[b])) {
                    break;
                }
                continue;
            }
            words++;
            if (known(t, b, end)) {
                best = b;
            }
        }
        return best;
    }

    /** The normalised name of tokens {@code from..to}, or null when a token in between is neither word nor skippable. */
    static String key(ModelTokens t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            String w = word(t.word[k]);
            if (w == null) {
                if (!skippable(t.word[k])) {
                    return null;
                }
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** A word token lower-cased without its final period; "&amp;" is "and"; null for punctuation and numbers. */
    private static String word(String w) {
        if (w.equals("&")) {
            return "and";
        }
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return null;
        }
        String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return s.toLowerCase(Locale.ROOT);
    }

    /** Punctuation inside a journal name: "Ann. Phys. (N.Y.)", "Atmos.-Ocean", "Proc. R. Soc. A: Math.". */
    private static boolean skippable(String w) {
        return w.length() == 1 && ".,:;-()'\"/".indexOf(w.charAt(0)) >= 0;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>(1 << 16);
        try (InputStream raw = Journals.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return Set.of();
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                ModelTokens t = ModelTokens.of(line.strip());
                String key = t.count == 0 ? null : key(t, 0, t.count - 1);
                if (key != null) {
                    names.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
