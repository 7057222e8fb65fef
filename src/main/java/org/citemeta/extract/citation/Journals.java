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
 * abbreviation" pairs from JabRef's journal lists, MIT; rebuilt by {@code src/test/tools/journals-from-jabref.sh}).
 * A name is compared word by word on {@link ModelTokens}: case, final periods and punctuation are ignored and
 * "&amp;" is "and", so "Phys. Rev. Lett.", "Phys Rev Lett" and "PHYS. REV. LETT." are the same name. Names are kept
 * as 64-bit hashes of their word sequences, every prefix marked, so a scan stops at the first word no name continues
 * with. Loaded once, on first use; thread-safe.
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
    private static final byte PREFIX = 1;
    private static final byte COMPLETE = 2;

    private Journals() {
    }

    private static final class Holder {
        static final Table NAMES = load();
    }

    /** Open addressing over a power-of-two table of name-prefix hashes (0 is never a hash). */
    private static final class Table {
        final long[] keys;
        final byte[] flags;
        final int mask;
        int names;

        Table(int capacity) {
            int size = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
            keys = new long[size];
            flags = new byte[size];
            mask = size - 1;
        }

        byte get(long h) {
            for (int i = (int) (h ^ h >>> 32) & mask; ; i = i + 1 & mask) {
                if (keys[i] == h) {
                    return flags[i];
                }
                if (keys[i] == 0) {
                    return 0;
                }
            }
        }

        void mark(long h, byte flag) {
            int i = (int) (h ^ h >>> 32) & mask;
            while (keys[i] != 0 && keys[i] != h) {
                i = i + 1 & mask;
            }
            keys[i] = h;
            if ((flag & COMPLETE) != 0 && (flags[i] & COMPLETE) == 0) {
                names++;
            }
            flags[i] |= flag;
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

    /** Whether the tokens {@code from..to} (inclusive; punctuation skipped) are a known journal name. */
    static boolean known(ModelTokens t, int from, int to) {
        long h = START;
        boolean any = false;
        for (int k = from; k <= to; k++) {
            long w = word(t.word[k]);
            if (w == STOP) {
                return false;
            }
            if (w != SKIP) {
                h = ReferenceFeatures.mix(h, w);
                any = true;
            }
        }
        return any && (Holder.NAMES.get(h) & COMPLETE) != 0;
    }

    /**
     * The last token of the longest known name that starts at word token {@code from} ({@code words} from
     * {@link #words}), or -1.
     */
    static int longestFrom(long[] words, int from) {
        if (from >= words.length || words[from] == SKIP || words[from] == STOP) {
            return -1;
        }
        Table table = Holder.NAMES;
        long h = START;
        int best = -1;
        int n = 0;
        for (int k = from; k < words.length && n < MAX_WORDS; k++) {
            long w = words[k];
            if (w == STOP) {
                break;
            }
            if (w == SKIP) {
                continue;
            }
            h = ReferenceFeatures.mix(h, w);
            n++;
            byte f = table.get(h);
            if (f == 0) {
                break;
            }
            if ((f & COMPLETE) != 0) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The first token of the longest known name that ends at word token {@code end} and starts no earlier than
     * {@code min}, or -1.
     */
    static int longestEndingAt(ModelTokens t, int min, int end) {
        if (end < 0 || end >= t.count) {
            return -1;
        }
        long last = word(t.word[end]);
        if (last == SKIP || last == STOP) {
            return -1;
        }
        int best = -1;
        int words = 0;
        for (int b = end; b >= Math.max(0, min) && words < MAX_WORDS; b--) {
            long w = word(t.word[b]);
            if (w == STOP) {
                break;
            }
            if (w == SKIP) {
                continue;
            }
            words++;
            if (known(t, b, end)) {
                best = b;
            }
        }
        return best;
    }

    /** The journals as {name, abbreviation} pairs (training data, test scope). */
    static List<String[]> pairs() {
        List<String[]> out = new ArrayList<>();
        read(line -> {
            int eq = line.indexOf(" = ");
            if (eq > 0) {
                out.add(new String[]{line.substring(0, eq).strip(), line.substring(eq + 3).strip()});
            }
        });
        return out;
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

    private static Table load() {
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
        Table table = new Table(names.size() * 4);
        for (String name : names) {
            long[] w = words(ModelTokens.of(name));
            long h = START;
            boolean any = false;
            boolean ok = true;
            for (long x : w) {
                if (x == STOP) {
                    ok = false; // a name with a number or a quote ("2D Materials") is never matched
                    break;
                }
                if (x != SKIP) {
                    h = ReferenceFeatures.mix(h, x);
                    table.mark(h, PREFIX);
                    any = true;
                }
            }
            if (ok && any) {
                table.mark(h, COMPLETE);
            }
        }
        return table;
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
