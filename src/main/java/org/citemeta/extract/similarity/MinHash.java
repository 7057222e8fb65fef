package org.citemeta.extract.similarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of word shingles, for finding near-duplicate texts: the same article as clean web text
 * and as a PDF conversion with markdown emphasis, different quote and dash characters and spliced-in blocks.
 *
 * <p>Words are compared after NFKC, case folding and dropping everything that is not a letter or digit, so
 * typography does not matter. Two signatures estimate the Jaccard similarity of the texts' shingle sets; their
 * bands (locality-sensitive hashing) let a store find candidates without comparing every pair.
 */
public final class MinHash {

    /** Words per shingle. */
    public static final int SHINGLE = 5;
    /** Hash functions in a signature. */
    public static final int SIZE = 128;
    /** Rows per LSH band: a pair at Jaccard 0.6 shares a band with probability 0.99, at 0.3 with 0.23. */
    public static final int ROWS_PER_BAND = 4;
    public static final int BANDS = SIZE / ROWS_PER_BAND;

    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    private MinHash() {
    }

    /** The signature of a text: {@link #SIZE} minimum hash values. */
    public static int[] signature(String text) {
        List<String> words = words(text);
        long[] shingles = shingleHashes(words, text);
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(s ^ SEEDS[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures, in [0, 1]. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != SIZE || b.length != SIZE) {
            throw new IllegalArgumentException("signatures must have " + SIZE + " values");
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** One hash per band; texts that share any band value are near-duplicate candidates. */
    public static long[] bands(int[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = mix(h * 31 + signature[b * ROWS_PER_BAND + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    private static long[] shingleHashes(List<String> words, String text) {
        if (words.isEmpty()) {
            // No words at all (only punctuation or symbols): the text itself is the one shingle.
            return new long[] {hash(text)};
        }
        int n = Math.max(1, words.size() - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x51AFD7ED558CCD1L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                h = mix(h ^ hash(words.get(j)));
            }
            out[i] = h;
        }
        return out;
    }

    private static long hash(String s) {
        long h = 0xCBF29CE484222325L; // FNV-1a 64
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
