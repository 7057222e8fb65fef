package org.citemeta.extract.citation;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Development tool: the evaluation of {@link ReferenceEvaluationTest} for a model file given on the command line
 * (or the rules with "rules"), without Maven; prints per-field F1 for both corpora (all references) and the micro F1
 * of the held-out part (the split of {@link ReferenceEvaluationTest}). Errors of the development part only go to
 * target/err-&lt;model file name&gt;-&lt;corpus&gt;.txt (another folder with {@code -Deval.errors=DIR}), so that runs
 * of several models side by side keep their own. Measures only.
 * <p>Run: {@code java -cp <test classpath> org.citemeta.extract.citation.ReferenceModelEval /tmp/model.bin.gz}
 */
public final class ReferenceModelEval {
    private ReferenceModelEval() {
    }

    /** The name of the measured model file without ".bin.gz" ("rules" for the rules): the error files carry it. */
    private static String tag = "rules";

    public static void main(String[] args) throws Exception {
        tag = Path.of(args[0]).getFileName().toString().replaceFirst("\\.bin\\.gz$", "");
        FieldLabeller labeller;
        if (args[0].equals("rules")) {
            labeller = new RuleFieldLabeller();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                labeller = new ModelFieldLabeller(LinearChainModel.read(in));
            }
        }
        ReferenceParser parser = new ReferenceParser(labeller);
        if (args.length > 1 && args[1].equals("show")) {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
            System.out.println("# word/MODEL label/RULE labeller's label (the model reads it as a feature); the line"
                    + " \"->\" gives the FINAL fields, after the post-processing rules of ModelFieldLabeller.assemble");
            for (String l; (l = r.readLine()) != null; ) {
                String s = ReferenceParser.clean(l);
                ModelTokens t = ModelTokens.of(s);
                LabelledFields rf = new RuleFieldLabeller().label(s);
                byte[] rule = ModelFieldLabeller.project(s, t, rf);
                StringBuilder b = new StringBuilder();
                if (labeller instanceof ModelFieldLabeller m) {
                    int[] y = m.model().decode(t, ReferenceFeatures.extract(t, rule, null), ReferenceFeatures.edges(t, rule));
                    for (int k = 0; k < t.count; k++) {
                        b.append(t.word[k]).append('/').append((y[k] == 0 ? "-" : RefLabel.NAMES.get(y[k]).substring(0, 2)))
                                .append('/').append((rule[k] == 0 ? "-" : RefLabel.NAMES.get(rule[k]).substring(0, 2))).append(' ');
                    }
                    if (Boolean.getBoolean("show.final")) {
                        // -Dshow.final=true: the labels after the post-processing rules of assemble
                        int[] z = y.clone();
                        ModelFieldLabeller.assemble(s, t, z, rf, rule);
                        b.append("\n  =");
                        for (int k = 0; k < t.count; k++) {
                            b.append(' ').append(t.word[k]).append('/').append(z[k] == 0 ? "-" : RefLabel.NAMES.get(z[k]).substring(0, 2));
                        }
                    }
                }
                System.out.println(b);
                System.out.println("  -> " + parser.parse(l));
            }
            return;
        }
        Path dir = ReferenceEvaluationTest.DATA.resolve("grobid-citation/corpus");
        List<ReferenceEvaluationTest.Gold> grobid = ReferenceEvaluationTest.readGrobidCorpus(dir);
        List<ReferenceEvaluationTest.Gold> any = ReferenceEvaluationTest.readAnystyle(
                ReferenceEvaluationTest.DATA.resolve("anystyle/core.xml"));
        if (args.length > 1 && args[1].equals("speed")) {
            for (String name : List.of("grobid", "anystyle")) {
                List<ReferenceEvaluationTest.Gold> g = name.equals("grobid") ? grobid : any;
                for (int rep = 0; rep < 4; rep++) {
                    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    for (ReferenceEvaluationTest.Gold x : g) {
                        parser.parse(x.raw());
                    }
                    System.out.printf(Locale.ROOT, "%s: %.0f references/s wall, %.0f per CPU second of the thread%n", name,
                            g.size() / ((System.nanoTime() - t0) / 1e9), g.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9));
                }
            }
            return;
        }
        run("grobid", grobid, parser, ReferenceEvaluationTest.FIELDS);
        run("anystyle", any, parser, ReferenceEvaluationTest.FIELDS.stream().filter(f -> !f.equals("issue")).toList());
    }

    static void run(String name, List<ReferenceEvaluationTest.Gold> gold, ReferenceParser parser, List<String> fields)
            throws java.io.IOException {
        Path errors = Path.of(System.getProperty("eval.errors", "target"), "err-" + tag + "-" + name + ".txt");
        Files.createDirectories(errors.getParent());
        java.io.PrintWriter err = new java.io.PrintWriter(Files.newBufferedWriter(errors));
        err.println("# errors of the DEVELOPMENT part only (the held-out part is not listed: see ReferenceEvaluationTest)");
        ReferenceEvaluationTest.Counts micro = new ReferenceEvaluationTest.Counts();
        ReferenceEvaluationTest.Counts heldOut = new ReferenceEvaluationTest.Counts();
        List<Map<String, String>> preds = new ArrayList<>();
        for (ReferenceEvaluationTest.Gold g : gold) {
            preds.add(ReferenceEvaluationTest.predicted(parser.parse(g.raw())));
        }
        StringBuilder line = new StringBuilder(name).append(':');
        // the held-out part's figure per field too (a figure, not its errors)
        StringBuilder heldLine = new StringBuilder(name).append(", held-out part per field:");
        for (String f : fields) {
            ReferenceEvaluationTest.Counts c = new ReferenceEvaluationTest.Counts();
            ReferenceEvaluationTest.Counts h = new ReferenceEvaluationTest.Counts();
            for (int i = 0; i < gold.size(); i++) {
                ReferenceEvaluationTest.Gold g = gold.get(i);
                ReferenceEvaluationTest.Counts one = ReferenceEvaluationTest.compare(f, g, preds.get(i), err);
                c.add(one);
                if (g.heldOut()) {
                    heldOut.add(one);
                    h.add(one);
                }
            }
            micro.add(c);
            line.append(String.format(Locale.ROOT, " %s %.3f", f, c.f1()));
            heldLine.append(String.format(Locale.ROOT, " %s %.3f (P %.3f R %.3f)", f, h.f1(), h.p(), h.r()));
        }
        line.append(String.format(Locale.ROOT, " | MICRO %.4f (tp %d fp %d fn %d) | held-out MICRO %.4f (tp %d fp %d fn %d)",
                micro.f1(), micro.tp, micro.fp, micro.fn, heldOut.f1(), heldOut.tp, heldOut.fp, heldOut.fn));
        err.close();
        System.out.println(line);
        System.out.println(heldLine);
        ReferenceEvaluationTest.Counts conventions = new ReferenceEvaluationTest.Counts();
        Map<GoldConvention, Integer> kinds = GoldConvention.tally();
        Map<String, ReferenceEvaluationTest.Counts> perField = new java.util.LinkedHashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            conventions.add(GoldConvention.counts(gold.get(i).fields(), preds.get(i), fields, kinds, perField));
        }
        System.out.println(ReferenceEvaluationTest.conventionLine(name, conventions, kinds, perField));
    }
}
