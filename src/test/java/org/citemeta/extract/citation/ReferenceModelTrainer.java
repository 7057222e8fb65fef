package org.citemeta.extract.citation;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the reference labeller shipped as {@code reference-labeller.bin.gz}: synthetic references rendered
 * through CSL styles ({@link SyntheticReferences}), token features ({@link ReferenceFeatures}, the rule labeller's
 * answer included), an averaged structured perceptron over a first-order linear chain ({@link LinearChainModel}).
 * No evaluation data is read. Single thread, deterministic for a given seed.
 * <p>Run: {@code ./mvnw -B -Ptrain test-compile exec:exec} (arguments: references per style, epochs, seed, output).
 */
public final class ReferenceModelTrainer {
    private ReferenceModelTrainer() {
    }

    /** -Dtrain.noRules=true: train without the rule labeller's answer as features (for comparison). */
    static final boolean NO_RULES = Boolean.getBoolean("train.noRules");

    /** Share of tokens trained without their word features. */
    static final double LEXICAL_DROPOUT = Double.parseDouble(System.getProperty("train.dropout", "0.25"));

    /**
     * -Dtrain.mix=K: K models, each on its own synthetic data (seeds seed, seed + 1, ...), averaged weight by weight
     * (parameter mixing). One model follows the seed closely in which references it happened to draw; the average
     * of several is steadier.
     */
    static final int MIX = Integer.getInteger("train.mix", 1);

    /**
     * -Dtrain.edges=true: also weigh edge features ({@link ReferenceFeatures#edges}) per label pair. Off by default:
     * the shipped model has none (see "Retraining tried" in the package README for what they gave).
     */
    static final boolean EDGES = Boolean.getBoolean("train.edges");

    record Example(int[][] features, int[][] edges, int[] labels, ModelTokens tokens) {
    }

    public static void main(String[] args) throws Exception {
        int perStyle = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261129L;
        Path outPath = Path.of(args.length > 3 ? args[3]
                : "src/main/resources/org/citemeta/extract/citation/reference-labeller.bin.gz");
        long t0 = System.nanoTime();
        List<LinearChainModel> models = new ArrayList<>();
        for (int run = 0; run < MIX; run++) {
            models.add(trainOne(perStyle, epochs, seed + run, run == 0 && args.length > 4 ? Integer.parseInt(args[4]) : 0));
        }
        LinearChainModel model = models.size() == 1 ? models.get(0) : average(models);
        Files.createDirectories(outPath.getParent());
        try (OutputStream os = Files.newOutputStream(outPath)) {
            model.write(os);
        }
        System.out.printf(Locale.ROOT, "model written to %s (%d bytes, %d runs mixed), total %.1f s%n", outPath,
                Files.size(outPath), models.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** The weight-by-weight mean of models (a feature a model lacks has weight 0 there). */
    static LinearChainModel average(List<LinearChainModel> models) {
        int l = models.get(0).labels;
        int cap = 0;
        for (LinearChainModel m : models) {
            cap += m.index.size();
        }
        LinearChainModel.FeatureIndex index = new LinearChainModel.FeatureIndex(cap);
        float[] w = new float[cap * l];
        float[] tr = new float[models.get(0).trans.length];
        float n = models.size();
        for (LinearChainModel m : models) {
            long[] keys = m.index.byRow();
            for (int f = 0; f < keys.length; f++) {
                int row = index.add(keys[f]);
                for (int y = 0; y < l; y++) {
                    w[row * l + y] += m.weights[f * l + y] / n;
                }
            }
            for (int k = 0; k < tr.length; k++) {
                tr[k] += m.trans[k] / n;
            }
        }
        int ll = l * l;
        int edgeCap = 0;
        for (LinearChainModel m : models) {
            edgeCap += m.edgeIndex.size();
        }
        LinearChainModel.FeatureIndex edgeIndex = new LinearChainModel.FeatureIndex(edgeCap);
        float[] e = new float[edgeCap * ll];
        for (LinearChainModel m : models) {
            long[] keys = m.edgeIndex.byRow();
            for (int f = 0; f < keys.length; f++) {
                int row = edgeIndex.add(keys[f]);
                for (int j = 0; j < ll; j++) {
                    e[row * ll + j] += m.edgeWeights[f * ll + j] / n;
                }
            }
        }
        return new LinearChainModel(l, index, java.util.Arrays.copyOf(w, index.size() * l), tr, edgeIndex,
                java.util.Arrays.copyOf(e, edgeIndex.size() * ll));
    }

    static LinearChainModel trainOne(int perStyle, int epochs, long seed, int peek) throws Exception {
        long t0 = System.nanoTime();
        List<SyntheticReferences.Sample> samples = SyntheticReferences.generate(perStyle, seed, SyntheticReferences.STYLES,
                List.of("en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL"));
        System.out.printf(Locale.ROOT, "generated %d references in %.1f s%n", samples.size(), (System.nanoTime() - t0) / 1e9);
        if (peek > 0) {
            // a peek at the data
            Random r = new Random(1);
            for (int i = 0; i < peek; i++) {
                SyntheticReferences.Sample s = samples.get(r.nextInt(samples.size()));
                ModelTokens t = ModelTokens.of(s.text());
                int[] y = SyntheticReferences.tokenLabels(t, s.labels());
                StringBuilder b = new StringBuilder(s.style()).append(" | ");
                for (int k = 0; k < t.count; k++) {
                    b.append(t.word[k]).append('/').append((y[k] == 0 ? "-" : RefLabel.NAMES.get(y[k]).substring(0, 2))).append(' ');
                }
                System.out.println(b);
            }
        }
        return train(samples, epochs, seed);
    }

    static LinearChainModel train(List<SyntheticReferences.Sample> samples, int epochs, long seed) {
        long t0 = System.nanoTime();
        RuleFieldLabeller rules = new RuleFieldLabeller();
        // pass 1: tokens, the rule answer, the lexical dropout mask and feature counts
        Random drop = new Random(seed + 1);
        Map<Long, int[]> counts = new HashMap<>();
        List<Example> data = new ArrayList<>(samples.size());
        List<long[][]> hashed = new ArrayList<>(samples.size());
        Map<Long, int[]> edgeCounts = new HashMap<>();
        List<long[][]> hashedEdges = new ArrayList<>(samples.size());
        List<ModelTokens> tokens = new ArrayList<>(samples.size());
        for (SyntheticReferences.Sample s : samples) {
            ModelTokens t = ModelTokens.of(s.text());
            byte[] rule = NO_RULES ? null : ModelFieldLabeller.project(s.text(), t, rules.label(s.text()));
            // lexical dropout: real references are full of words the synthetic pools never had, so the model
            // must also learn to label a token from its shape and context alone
            boolean[] dropWord = new boolean[t.count];
            for (int k = 0; k < t.count; k++) {
                dropWord[k] = drop.nextDouble() < LEXICAL_DROPOUT;
            }
            long[][] fs = ReferenceFeatures.extract(t, rule, dropWord);
            count(counts, fs);
            hashed.add(fs);
            tokens.add(t);
            long[][] es = EDGES ? ReferenceFeatures.edges(t, rule) : new long[t.count][0];
            count(edgeCounts, es);
            hashedEdges.add(es);
        }
        LinearChainModel.FeatureIndex index = frequent(counts);
        counts = null;
        LinearChainModel.FeatureIndex edgeIndex = frequent(edgeCounts);
        edgeCounts = null;
        // pass 2: examples as feature rows
        for (int i = 0; i < samples.size(); i++) {
            ModelTokens t = tokens.get(i);
            int[][] ids = rows(hashed.get(i), index);
            hashed.set(i, null);
            data.add(new Example(ids, rows(hashedEdges.get(i), edgeIndex),
                    SyntheticReferences.tokenLabels(t, samples.get(i).labels()), t));
            hashedEdges.set(i, null);
        }
        System.out.printf(Locale.ROOT, "features: %d, edge features: %d, examples: %d, prepared in %.1f s%n",
                index.size(), edgeIndex.size(), data.size(), (System.nanoTime() - t0) / 1e9);

        int l = RefLabel.COUNT;
        int nf = index.size();
        float[] w = new float[nf * l];
        float[] wu = new float[nf * l];
        float[] tr = new float[(l + 1) * l];
        float[] tru = new float[(l + 1) * l];
        int ll = l * l;
        float[] ew = new float[edgeIndex.size() * ll];
        float[] ewu = new float[edgeIndex.size() * ll];
        int c = 1;
        Random rnd = new Random(seed);
        List<Example> order = new ArrayList<>(data);
        // hold out 5% to print a token accuracy per epoch
        int held = Math.max(1, data.size() / 20);
        java.util.Collections.shuffle(order, rnd);
        List<Example> dev = order.subList(0, held);
        List<Example> trainSet = new ArrayList<>(order.subList(held, order.size()));
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(trainSet, rnd);
            int errors = 0;
            int total = 0;
            for (Example ex : trainSet) {
                int n = ex.labels.length;
                if (n == 0) {
                    continue;
                }
                int[] pred = decode(ex, w, tr, ew, l);
                boolean wrong = false;
                for (int k = 0; k < n; k++) {
                    total++;
                    if (pred[k] != ex.labels[k]) {
                        errors++;
                        wrong = true;
                    }
                }
                if (wrong) {
                    for (int k = 0; k < n; k++) {
                        int g = ex.labels[k];
                        int p = pred[k];
                        if (g != p) {
                            for (int f : ex.features[k]) {
                                w[f * l + g] += 1;
                                wu[f * l + g] += c;
                                w[f * l + p] -= 1;
                                wu[f * l + p] -= c;
                            }
                        }
                        int gp = k == 0 ? 0 : ex.labels[k - 1] + 1;
                        int pp = k == 0 ? 0 : pred[k - 1] + 1;
                        if (gp != pp || g != p) {
                            tr[gp * l + g] += 1;
                            tru[gp * l + g] += c;
                            tr[pp * l + p] -= 1;
                            tru[pp * l + p] -= c;
                            if (k > 0) {
                                for (int f : ex.edges[k]) {
                                    int gi = f * ll + (gp - 1) * l + g;
                                    int pi = f * ll + (pp - 1) * l + p;
                                    ew[gi] += 1;
                                    ewu[gi] += c;
                                    ew[pi] -= 1;
                                    ewu[pi] -= c;
                                }
                            }
                        }
                    }
                }
                c++;
            }
            float[] aw = average(w, wu, c);
            float[] at = average(tr, tru, c);
            float[] ae = average(ew, ewu, c);
            int devErr = 0;
            int devTotal = 0;
            for (Example ex : dev) {
                int[] pred = decode(ex, aw, at, ae, l);
                for (int k = 0; k < pred.length; k++) {
                    devTotal++;
                    if (pred[k] != ex.labels[k]) {
                        devErr++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "epoch %d: train token error %.4f, held-out token error %.4f (%.1f s)%n",
                    epoch + 1, errors / (double) Math.max(1, total), devErr / (double) Math.max(1, devTotal),
                    (System.nanoTime() - t0) / 1e9);
        }
        return new LinearChainModel(l, index, average(w, wu, c), average(tr, tru, c), edgeIndex, average(ew, ewu, c));
    }

    private static float[] average(float[] w, float[] u, int c) {
        float[] a = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = w[i] - u[i] / c;
        }
        return a;
    }

    private static void count(Map<Long, int[]> counts, long[][] features) {
        for (long[] tok : features) {
            for (long f : tok) {
                counts.computeIfAbsent(f, k -> new int[1])[0]++;
            }
        }
    }

    /** The index of the features seen three times or more. */
    private static LinearChainModel.FeatureIndex frequent(Map<Long, int[]> counts) {
        int kept = 0;
        for (int[] c : counts.values()) {
            if (c[0] >= 3) {
                kept++;
            }
        }
        LinearChainModel.FeatureIndex index = new LinearChainModel.FeatureIndex(kept);
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] >= 3) {
                index.add(e.getKey());
            }
        }
        return index;
    }

    /** Each token's features as rows of the index (features seen fewer than three times are not in it). */
    private static int[][] rows(long[][] hashed, LinearChainModel.FeatureIndex index) {
        int[][] out = new int[hashed.length][];
        for (int k = 0; k < hashed.length; k++) {
            int[] buf = new int[hashed[k].length];
            int m = 0;
            for (long f : hashed[k]) {
                int id = index.get(f);
                if (id >= 0) {
                    buf[m++] = id;
                }
            }
            out[k] = java.util.Arrays.copyOf(buf, m);
        }
        return out;
    }

    private static int[] decode(Example ex, float[] w, float[] tr, float[] ew, int l) {
        int n = ex.features.length;
        float[] emit = new float[n * l];
        for (int k = 0; k < n; k++) {
            sum(ex.features[k], w, l, emit, k * l);
        }
        LinearChainModel.constrain(emit, ex.tokens, l);
        float[] edge = null;
        if (ew.length > 0) {
            int ll = l * l;
            edge = new float[n * ll];
            for (int k = 1; k < n; k++) {
                sum(ex.edges[k], ew, ll, edge, k * ll);
            }
        }
        return LinearChainModel.viterbi(emit, n, l, tr, edge);
    }

    /** Adds to {@code out[offset ..]} the weight rows ({@code width} wide) of the given features. */
    private static void sum(int[] rows, float[] w, int width, float[] out, int offset) {
        for (int f : rows) {
            int base = f * width;
            for (int j = 0; j < width; j++) {
                out[offset + j] += w[base + j];
            }
        }
    }
}
