package org.citemeta.extract.citation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain model over token labels: a weight per (feature, label) and per (previous label,
 * label), decoded with Viterbi. Trained as an averaged structured perceptron (test scope,
 * {@code ReferenceModelTrainer}); read-only and thread-safe once loaded.
 */
final class LinearChainModel {
    private static final int MAGIC = 0x434d5232; // "CMR2": hashed features
    private static final int MAGIC_EDGES = 0x434d5233; // "CMR3": and edge features
    final int labels;
    final FeatureIndex index;
    /** Emission weights, feature-major: w[f * labels + l]. */
    final float[] weights;
    /** Transition weights: trans[(prev + 1) * labels + l], prev = -1 for the start. */
    final float[] trans;
    /** Edge features ({@link ReferenceFeatures#edges}) and their weights per label pair: e[f * labels² + prev * labels + l]. */
    final FeatureIndex edgeIndex;
    final float[] edgeWeights;

    LinearChainModel(int labels, FeatureIndex index, float[] weights, float[] trans) {
        this(labels, index, weights, trans, new FeatureIndex(0), new float[0]);
    }

    LinearChainModel(int labels, FeatureIndex index, float[] weights, float[] trans, FeatureIndex edgeIndex,
            float[] edgeWeights) {
        this.labels = labels;
        this.index = index;
        this.weights = weights;
        this.trans = trans;
        this.edgeIndex = edgeIndex;
        this.edgeWeights = edgeWeights;
    }

    /** Whether the model weighs edge features (a model file of the older format has none). */
    boolean hasEdges() {
        return edgeIndex.size() > 0;
    }

    /** The best label sequence for tokens with the given hashed features and edge features (or null). */
    int[] decode(ModelTokens t, long[][] features, long[][] edges) {
        int n = features.length;
        if (n == 0) {
            return new int[0];
        }
        int l = labels;
        float[] emit = new float[n * l];
        for (int i = 0; i < n; i++) {
            sum(features[i], index, weights, l, emit, i * l);
        }
        constrain(emit, t, l);
        float[] edge = null;
        if (edges != null && hasEdges()) {
            int ll = l * l;
            edge = new float[n * ll];
            for (int i = 1; i < n; i++) {
                sum(edges[i], edgeIndex, edgeWeights, ll, edge, i * ll);
            }
        }
        return viterbi(emit, n, l, trans, edge);
    }

    /** Adds to {@code out[offset ..]} the weight rows ({@code width} wide) of the known features. */
    private static void sum(long[] features, FeatureIndex index, float[] weights, int width, float[] out, int offset) {
        for (long f : features) {
            int k = index.get(f);
            if (k >= 0) {
                int base = k * width;
                for (int j = 0; j < width; j++) {
                    out[offset + j] += weights[base + j];
                }
            }
        }
    }

    /** Feature hash to row: open addressing over a power-of-two table (0 is never a feature hash). */
    static final class FeatureIndex {
        private final long[] keys;
        private final int[] rows;
        private final int mask;
        private int size;

        FeatureIndex(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[cap];
            rows = new int[cap];
            mask = cap - 1;
        }

        int size() {
            return size;
        }

        int get(long key) {
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return rows[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        /** Adds the key with the next row number unless present; returns its row. */
        int add(long key) {
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return rows[i];
                }
                i = (i + 1) & mask;
            }
            if (size * 2 >= keys.length) {
                throw new IllegalStateException("feature index full");
            }
            keys[i] = key;
            rows[i] = size;
            return size++;
        }

        /** The keys by row. */
        long[] byRow() {
            long[] out = new long[size];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    out[rows[i]] = keys[i];
                }
            }
            return out;
        }
    }

    /** Scores of labels a token cannot carry (a year without digits, a DOI that is not an identifier). */
    static final float FORBIDDEN = -1e6f;

    /** Adds {@link #FORBIDDEN} to the labels token i cannot carry; used in training and decoding alike. */
    static void constrain(float[] emit, ModelTokens t, int l) {
        for (int i = 0; i < t.count; i++) {
            String w = t.word[i];
            boolean digit = false;
            for (int c = 0; c < w.length() && !digit; c++) {
                digit = Character.isDigit(w.charAt(c));
            }
            // a Roman numeral is in one case: "Il" (Italian "the", "Il Nuovo Cimento") is none
            boolean roman = !digit && w.length() <= 6 && (w.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0)
                    || w.chars().allMatch(c -> "ivxlc".indexOf(c) >= 0));
            boolean ident = w.length() > 6 && (w.startsWith("http") || w.startsWith("www.") || w.startsWith("10.")
                    || w.regionMatches(true, 0, "doi", 0, 3) || w.regionMatches(true, 0, "arxiv", 0, 5));
            boolean dash = w.equals("-");
            if (!digit) {
                emit[i * l + RefLabel.YEAR] += FORBIDDEN;
                if (!dash) {
                    emit[i * l + RefLabel.PAGES] += FORBIDDEN;
                }
                if (!roman) {
                    emit[i * l + RefLabel.VOLUME] += FORBIDDEN;
                    emit[i * l + RefLabel.ISSUE] += FORBIDDEN;
                }
            }
            if (!ident) {
                emit[i * l + RefLabel.DOI] += FORBIDDEN;
                emit[i * l + RefLabel.URL] += FORBIDDEN;
            }
        }
    }

    /** Viterbi over emission scores, transitions and, where {@code edge} is not null, per-boundary pair scores. */
    static int[] viterbi(float[] emit, int n, int l, float[] trans, float[] edge) {
        float[] score = new float[n * l];
        int[] back = new int[n * l];
        for (int y = 0; y < l; y++) {
            score[y] = emit[y] + trans[y];
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    float s = score[(i - 1) * l + p] + trans[(p + 1) * l + y]
                            + (edge == null ? 0f : edge[(i * l + p) * l + y]);
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * l + y] = best + emit[i * l + y];
                back[i * l + y] = arg;
            }
        }
        int[] out = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
            if (score[(n - 1) * l + y] > best) {
                best = score[(n - 1) * l + y];
                out[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            out[i - 1] = back[i * l + out[i]];
        }
        return out;
    }

    /** Writes the model (gzip; features whose weights are all zero are left out). */
    void write(OutputStream os) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(os))) {
            out.writeInt(hasEdges() ? MAGIC_EDGES : MAGIC);
            out.writeInt(labels);
            writeRows(out, index, weights, labels);
            out.writeInt(trans.length);
            for (float v : trans) {
                out.writeFloat(v);
            }
            if (hasEdges()) {
                writeRows(out, edgeIndex, edgeWeights, labels * labels);
            }
        }
    }

    /** The count of rows with a weight that is not zero, then each of them: its feature hash and {@code width} weights. */
    private static void writeRows(DataOutputStream out, FeatureIndex index, float[] w, int width) throws IOException {
        long[] byRow = index.byRow();
        int kept = 0;
        for (int f = 0; f < byRow.length; f++) {
            kept += nonZero(w, f, width) ? 1 : 0;
        }
        out.writeInt(kept);
        for (int f = 0; f < byRow.length; f++) {
            if (nonZero(w, f, width)) {
                out.writeLong(byRow[f]);
                for (int j = 0; j < width; j++) {
                    out.writeFloat(w[f * width + j]);
                }
            }
        }
    }

    private static boolean nonZero(float[] w, int row, int width) {
        for (int j = 0; j < width; j++) {
            if (w[row * width + j] != 0f) {
                return true;
            }
        }
        return false;
    }

    /** Rows as {@link #writeRows} wrote them. */
    private record Rows(FeatureIndex index, float[] weights) {
        static Rows read(DataInputStream in, int width) throws IOException {
            int n = in.readInt();
            FeatureIndex index = new FeatureIndex(n);
            float[] w = new float[n * width];
            for (int f = 0; f < n; f++) {
                index.add(in.readLong());
                for (int j = 0; j < width; j++) {
                    w[f * width + j] = in.readFloat();
                }
            }
            return new Rows(index, w);
        }
    }

    static LinearChainModel read(InputStream is) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(is, 1 << 16)))) {
            int magic = in.readInt();
            if (magic != MAGIC && magic != MAGIC_EDGES) {
                throw new IOException("not a reference labeller model");
            }
            int labels = in.readInt();
            Rows rows = Rows.read(in, labels);
            float[] trans = new float[in.readInt()];
            for (int k = 0; k < trans.length; k++) {
                trans[k] = in.readFloat();
            }
            if (magic == MAGIC) {
                return new LinearChainModel(labels, rows.index(), rows.weights(), trans);
            }
            Rows edges = Rows.read(in, labels * labels);
            return new LinearChainModel(labels, rows.index(), rows.weights(), trans, edges.index(), edges.weights());
        }
    }
}
