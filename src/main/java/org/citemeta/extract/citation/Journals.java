package org.citemeta.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Journal names and their ISO 4 abbreviations known to the parser ({@code journals.txt.gz}: 15,465 "name =
 * abbreviation" pairs from JabRef's journal lists, MIT, and 64 written for citemeta in
 * {@code src/test/tools/journals-supplement.txt}; rebuilt by {@code src/test/tools/journals-from-jabref.sh}),
 * and the names derived from them at build time ({@code JournalVariants}: each full name abbreviated with the word
 * abbreviations the pairs use, names cut before a subtitle; one name per line).
 * A name is compared word by word on {@link ModelTokens}: case, final periods and punctuation are ignored and
 * "&amp;" is "and", so "Phys. Rev. Lett.", "Phys Rev Lett" and "PHYS. REV. LETT." are the same name. Names are kept
 * as 64-bit hashes of their word sequences. Loaded once, on first use; thread-safe.
 */
final class Journals {
    static final String RESOURCE = "/org/citemeta/extract/citation/journals.txt.gz";
    /** Longest name in words that is looked up. */
    static final int MAX_WORDS = 12;
    /** {@link #words} value of punctuation inside a name ("Ann. Phys. (N.Y.)", "Atmos.-Ocean"). */
    static final long SKIP = 0;
    /** {@link #words} value of a token no name contains (a number, a quote). */
    static final long STOP = Long.MIN_VALUE;
    private static final long START = 0x6A09E667F3BCC909L;

    private Journals() {
    }

    private static final class Holder {
        static final Table[] TABLES = load();
        static final Table NAMES = TABLES[0];
        /** The words the names abbreviate with a final period ("Compos.", "Technol."), as {@link #word} hashes. */
        static final Table ABBREVIATED = TABLES[1];
    }

    /** Open addressing over a power-of-two table of name hashes (0 is never a hash). */
    private static final class Table {
        final long[] keys;
        final int mask;
        int names;

        Table(int capacity) {
            int size = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
            keys = new long[size];
            mask = size - 1;
        }

        boolean contains(long h) {
            for (int i = (int) (h ^ h >>> 32) & mask; ; i = i + 1 & mask) {
                if (keys[i] == h) {
                    return true;
                }
                if (keys[i] == 0) {
                    return false;
                }
            }
        }

        void add(long h) {
            int i = (int) (h ^ h >>> 32) & mask;
            while (keys[i] != 0 && keys[i] != h) {
                i = i + 1 & mask;
            }
            if (keys[i] == 0) {
                keys[i] = h;
                names++;
            }
        }
    }

    /** Number of distinct names (after normalisation). */
    static int size() {
        return Holder.NAMES.names;
    }

    /** Per token: the hash of its normalised word, {@link #SKIP} for punctuation inside names, else {@link #STOP}. */
    static long[] words(ModelTokens t) {
        long[] w = new long[t.count];
        for (int k = 0; k < t.count; k++) {
            w[k] = word(t.word[k]);
        }
        return w;
    }

    /**
     * Whether the tokens {@code from..to} (inclusive; punctuation skipped) are a known journal name, as written or,
     * failing that, with the words that extraction glued together taken apart ({@link #glued}: "Journalof Quiet
     * Harbours", "Quays andCranes").
     */
    static boolean known(ModelTokens t, int from, int to) {
        long[] words = words(t);
        if (known(words, from, to)) {
            return true;
        }
        long[][] parts = glued(t);
        if (parts == null) {
            return false;
        }
        long h = gluedHash(words, parts, from, to);
        return h != 0 && Holder.NAMES.contains(h);
    }

    /** A lower-case letter followed by a capital inside a word ("ReviewLetters", "andSoil"). */
    private static final java.util.regex.Pattern CASE_JOIN = java.util.regex.Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** A connector glued to the end of a word of at least four letters ("Annalsof", "Plantand"). */
    private static final java.util.regex.Pattern CONNECTOR_END = java.util.regex.Pattern.compile("(\\p{L}{4,})(of|and)");

    /**
     * Per token, the word hashes of the words that extraction glued into it, a lower-case letter followed by a capital
     * ("ReviewLetters", "andSoil") or a final "of" / "and" after at least four letters ("Annalsof", "Plantand"),
     * or null for a token that is one word; null when no token is glued.
     */
    static long[][] glued(ModelTokens t) {
        long[][] out = null;
        for (int k = 0; k < t.count; k++) {
            String w = t.word[k];
            if (w.length() < 4 || !Character.isLetter(w.charAt(0)) || !maybeGlued(w)) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String piece : CASE_JOIN.split(w)) {
                java.util.regex.Matcher m = CONNECTOR_END.matcher(piece);
                if (m.matches()) {
                    parts.add(m.group(1));
                    parts.add(m.group(2));
                } else {
                    parts.add(piece);
                }
            }
            if (parts.size() < 2) {
                continue;
            }
            if (out == null) {
                out = new long[t.count][];
            }
            out[k] = new long[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                out[k][i] = word(parts.get(i));
            }
        }
        return out;
    }

    /** The cheap look before {@link #glued}'s patterns: a lower-case letter before a capital, or a final "of" / "and". */
    private static boolean maybeGlued(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return true;
            }
        }
        String v = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return v.length() >= 6 && v.endsWith("of") || v.length() >= 7 && v.endsWith("and");
    }

    /** As {@link #nameHash}, with each glued token's words ({@link #glued}) in its place; 0 when none is glued. */
    private static long gluedHash(long[] words, long[][] parts, int from, int to) {
        long h = 0;
        boolean any = false;
        for (int k = from; k <= to; k++) {
            long w = words[k];
            if (w == STOP) {
                return 0;
            }
            if (parts[k] != null) {
                any = true;
                for (long p : parts[k]) {
                    h = ReferenceFeatures.mix(h == 0 ? START : h, p);
                }
            } else if (w != SKIP) {
                h = ReferenceFeatures.mix(h == 0 ? START : h, w);
            }
        }
        return any ? h : 0;
    }

    /** As {@link #known(ModelTokens, int, int)}, on the word hashes of {@link #words}. */
    private static boolean known(long[] words, int from, int to) {
        long h = nameHash(words, from, to);
        return h != 0 && Holder.NAMES.contains(h);
    }

    /** The hash of the words {@code from..to}, or 0 when there is none or a token is no word nor punctuation. */
    private static long nameHash(long[] words, int from, int to) {
        long h = 0;
        for (int k = from; k <= to; k++) {
            long w = words[k];
            if (w == STOP) {
                return 0;
            }
            if (w != SKIP) {
                h = ReferenceFeatures.mix(h == 0 ? START : h, w); // mix never gives 0
            }
        }
        return h;
    }

    /**
     * The first token of the longest known name that ends at word token {@code end} and starts no earlier than
     * {@code min}, or -1.
     */
    static int longestEndingAt(ModelTokens t, int min, int end) {
        if (end < 0 || end >= t.count) {
            return -1;
        }
        long[] words = words(t);
        if (words[end] == SKIP || words[end] == STOP) {
            return -1;
        }
        int best = -1;
        int n = 0;
        for (int b = end; b >= Math.max(0, min) && n < MAX_WORDS; b--) {
            if (words[b] == STOP) {
                break;
            }
            if (words[b] == SKIP) {
                continue;
            }
            n++;
            if (known(words, b, end)) {
                best = b;
            }
        }
        if (best < 0) {
            long[][] parts = glued(t);
            n = 0;
            for (int b = end; parts != null && b >= Math.max(0, min) && n < MAX_WORDS; b--) {
                if (words[b] == STOP) {
                    break;
                }
                if (words[b] == SKIP) {
                    continue;
                }
                n++;
                long h = gluedHash(words, parts, b, end);
                if (h != 0 && Holder.NAMES.contains(h)) {
                    best = b;
                }
            }
        }
        return best;
    }

    /** The number of words of the longest known name that starts at token {@code b}, or 0. */
    static int knownFrom(ModelTokens t, int b) {
        long[] words = words(t);
        if (b >= t.count || words[b] == SKIP || words[b] == STOP) {
            return 0;
        }
        long h = START;
        int count = 0;
        int best = 0;
        for (int k = b; k < t.count && count < MAX_WORDS; k++) {
            long w = words[k];
            if (w == STOP) {
                break;
            }
            if (w == SKIP) {
                continue;
            }
            h = ReferenceFeatures.mix(h, w);
            count++;
            if (Holder.NAMES.contains(h)) {
                best = count;
            }
        }
        long[][] parts = best > 0 ? null : glued(t);
        count = 0;
        for (int k = b; parts != null && k < t.count && count < MAX_WORDS; k++) {
            if (words[k] == STOP) {
                break;
            }
            if (words[k] == SKIP) {
                continue;
            }
            count++;
            long g = gluedHash(words, parts, b, k);
            if (g != 0 && Holder.NAMES.contains(g)) {
                best = count;
            }
        }
        return best;
    }

    /** A word lower-cased without its final period ("&amp;" is "and") as a hash; SKIP or STOP otherwise. */
    private static long word(String w) {
        if (w.equals("&")) {
            return hash("and");
        }
        if (w.isEmpty()) {
            return STOP;
        }
        if (!Character.isLetter(w.charAt(0))) {
            return w.length() == 1 && ".,:;-()'/".indexOf(w.charAt(0)) >= 0 ? SKIP : STOP;
        }
        String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return hash(s.toLowerCase(Locale.ROOT));
    }

    private static long hash(String s) {
        long h = ReferenceFeatures.mix(s.hashCode(), s.length());
        return h == SKIP || h == STOP ? 1 : h;
    }

    /**
     * Whether {@code w} is a word with a final period that some known name abbreviates that way ("Compos.",
     * "Struct."): a journal abbreviation, not the end of a sentence.
     */
    static boolean abbreviation(String w) {
        return w.length() > 2 && w.endsWith(".") && Character.isLetter(w.charAt(0)) && Holder.ABBREVIATED.contains(word(w));
    }

    private static Table[] load() {
        List<String> names = new ArrayList<>();
        read(line -> {
            int eq = line.indexOf(" = ");
            if (eq > 0) {
                names.add(line.substring(0, eq).strip());
                names.add(line.substring(eq + 3).strip());
            } else {
                names.add(line.strip());
            }
        });
        Table table = new Table(names.size());
        java.util.Set<Long> abbreviated = new java.util.HashSet<>();
        for (String name : names) {
            // a name with a number or a quote ("2D Materials") has no hash and is never matched
            ModelTokens t = ModelTokens.of(name);
            long[] w = words(t);
            long h = nameHash(w, 0, w.length - 1);
            if (h != 0) {
                table.add(h);
            }
            for (int k = 0; k < t.count; k++) {
                if (t.word[k].length() > 2 && t.word[k].endsWith(".") && w[k] != SKIP && w[k] != STOP) {
                    abbreviated.add(w[k]);
                }
            }
        }
        Table words = new Table(abbreviated.size());
        abbreviated.forEach(words::add);
        return new Table[]{table, words};
    }

    private static void read(java.util.function.Consumer<String> lines) {
        try (InputStream raw = Journals.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
