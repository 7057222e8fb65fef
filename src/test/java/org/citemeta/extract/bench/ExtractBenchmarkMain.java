package org.citemeta.extract.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.citation.ReferenceParser;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractBenchmark} (1 fork, 1 thread) and prints tokens/s (= ops/s x whitespace tokens per op) and
 * the heap retained by a constructed engine (knowledge base loaded). Run with
 * {@code ./mvnw -B -Pbench test-compile exec:exec}. Then, when ../shared/data is present, {@link LinkBenchmark}: the
 * heap of the linker over the ROR subset, extraction + linking and affiliation matching throughput.
 */
public final class ExtractBenchmarkMain {
    private ExtractBenchmarkMain() {
    }

    /** The settings every benchmark here runs with: one fork, one thread, 3 x 3 s warm-up, 5 x 3 s measured. */
    private static Options oneThread(Class<?> benchmark) {
        return new OptionsBuilder()
                .include(benchmark.getSimpleName())
                .forks(1)
                .threads(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .jvmArgsAppend("-Xmx1g")
                .build();
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        // reference parsing first: model load time and retained heap (the first parser loads the shipped model;
        // the entity engine below builds a parser too)
        long beforeModel = usedAfterGc();
        long m0 = System.nanoTime();
        ReferenceParser parser = new ReferenceParser();
        long modelMs = (System.nanoTime() - m0) / 1_000_000;
        long afterModel = usedAfterGc();
        System.out.printf(Locale.ROOT, "%nreference parser (%s): model load %d ms, retained heap %.2f MB%n",
                ReferenceParser.defaultLabellerName(), modelMs, (afterModel - beforeModel) / 1e6);
        if (parser.parse("X. Yang et al. Science 379, 240-243; 2023").year() == null) {
            throw new IllegalStateException();
        }

        List<String> corpus = ExtractBenchmark.corpus();
        long tokens = ExtractBenchmark.whitespaceTokens(corpus);
        long chars = corpus.stream().mapToLong(String::length).sum();

        long before = usedAfterGc();
        long t0 = System.nanoTime();
        EntityExtractor engine = new EntityExtractor();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "engine construction (KB load): %d ms, %d KB entries, %d indexed names%n",
                loadMs, engine.knowledgeBase().size(), engine.knowledgeBase().nameCount());
        System.out.printf(Locale.ROOT, "engine retained heap after KB load: %.2f MB%n", (after - before) / 1e6);
        if (engine.extract("warm").mentions() == null) {
            throw new IllegalStateException();
        }

        Options opt = oneThread(ExtractBenchmark.class);
        Collection<RunResult> results = new Runner(opt).run();
        for (RunResult r : results) {
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "%ncorpus: %d documents, %d whitespace tokens, %d chars per op%n",
                    corpus.size(), tokens, chars);
            System.out.printf(Locale.ROOT, "throughput: %.2f ops/s (+- %.2f) = %.0f tokens/s (+- %.0f), %.0f docs/s, one thread%n",
                    ops, err, ops * tokens, err * tokens, ops * corpus.size());
        }

        // reference parsing: the same JMH settings, one operation = every reference of the fixed set once
        Options refs = oneThread(ReferenceParseBenchmark.class);
        int n = ReferenceParseBenchmark.REFERENCES.size();
        for (RunResult r : new Runner(refs).run()) {
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "%nreference parsing (%s): %.0f references/s (+- %.0f), one thread, %d hand-written references per op%n",
                    r.getParams().getParam("labeller"), ops * n, err * n, n);
        }

        // linking to ROR: needs the subset and the Crossref strings of ../shared/data
        if (!java.nio.file.Files.isRegularFile(org.citemeta.kb.SharedData.ROR_SUBSET)
                || !java.nio.file.Files.isRegularFile(org.citemeta.kb.SharedData.CROSSREF)) {
            System.out.println("\n../shared/data is absent: the ROR linking benchmark is skipped");
            return;
        }
        long beforeKb = usedAfterGc();
        long t1 = System.nanoTime();
        org.citemeta.kb.OrgLinker linker = org.citemeta.kb.SharedData.subsetLinker();
        long kbMs = (System.nanoTime() - t1) / 1_000_000;
        long afterKb = usedAfterGc();
        System.out.printf(Locale.ROOT, "%nROR subset linker: %d organisations, %d names, built in %d ms (streaming the gzip),"
                + " retained heap %.1f MB%n", linker.size(), linker.nameCount(), kbMs, (afterKb - beforeKb) / 1e6);
        long affTokens = ExtractBenchmark.whitespaceTokens(LinkBenchmark.affiliations());
        Options link = oneThread(LinkBenchmark.class);
        for (RunResult r : new Runner(link).run()) {
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            String label = r.getParams().getBenchmark();
            if (label.endsWith("extractAndLinkCorpus")) {
                System.out.printf(Locale.ROOT, "%nextraction + ROR linking of organisations/facilities (subset loaded): %.0f tokens/s"
                        + " (+- %.0f), %.0f docs/s, one thread%n", ops * tokens, err * tokens, ops * corpus.size());
            } else {
                System.out.printf(Locale.ROOT, "%naffiliation matching (subset loaded): %.0f tokens/s (+- %.0f), %.0f strings/s,"
                        + " one thread, %d Crossref strings per op (%d tokens)%n", ops * affTokens, err * affTokens,
                        ops * LinkBenchmark.AFFILIATIONS, LinkBenchmark.AFFILIATIONS, affTokens);
            }
        }
    }
}
