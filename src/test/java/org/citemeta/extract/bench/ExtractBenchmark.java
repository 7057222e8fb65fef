package org.citemeta.extract.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.Extraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link EntityExtractor#extract(String)} on a fixed corpus: the two seeds and every gold
 * document, repeated {@link #REPEAT} times. One operation = the whole corpus once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
    static final int REPEAT = 10;

    private EntityExtractor extractor;
    private List<String> corpus;

    /** The fixed corpus (gold documents incl. seeds, repeated). */
    public static List<String> corpus() {
        try {
            Path dir = Path.of(ExtractBenchmark.class.getResource("/org/citemeta/extract/gold").toURI());
            List<String> docs = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    docs.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < REPEAT; i++) {
                out.addAll(docs);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whitespace-separated tokens in the corpus (the unit of the tokens/s figure). */
    public static long whitespaceTokens(List<String> docs) {
        long n = 0;
        for (String d : docs) {
            String s = d.strip();
            if (!s.isEmpty()) {
                n += s.split("\\s+").length;
            }
        }
        return n;
    }

    @Setup
    public void setup() {
        extractor = new EntityExtractor();
        corpus = corpus();
    }

    @Benchmark
    public void extractCorpus(Blackhole bh) {
        for (String doc : corpus) {
            Extraction x = extractor.extract(doc);
            bh.consume(x);
        }
    }
}
