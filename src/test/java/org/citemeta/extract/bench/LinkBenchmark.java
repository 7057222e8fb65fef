package org.citemeta.extract.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.citemeta.extract.Entity;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.EntityType;
import org.citemeta.extract.Extraction;
import org.citemeta.kb.LinkCandidate;
import org.citemeta.kb.OrgLinker;
import org.citemeta.kb.SharedData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine with the ROR subset of ../shared/data loaded: extraction of the fixed corpus of
 * {@link ExtractBenchmark} with every organisation and facility linked to ROR (one operation = the corpus once),
 * and the linker alone on Crossref affiliation strings (one operation = {@link #AFFILIATIONS} strings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LinkBenchmark {
    static final int AFFILIATIONS = 2_000;

    private EntityExtractor extractor;
    private OrgLinker linker;
    private List<String> corpus;
    private List<String> affiliations;

    /** The first {@link #AFFILIATIONS} affiliation strings of the Crossref file. */
    public static List<String> affiliations() {
        try {
            return SharedData.crossref().stream().limit(AFFILIATIONS).map(SharedData.Gold::affiliation).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Setup
    public void setup() {
        extractor = new EntityExtractor();
        linker = SharedData.subsetLinker();
        corpus = ExtractBenchmark.corpus();
        affiliations = affiliations();
    }

    @Benchmark
    public void extractAndLinkCorpus(Blackhole bh) {
        for (String doc : corpus) {
            Extraction x = extractor.extract(doc);
            Set<String> countries = new HashSet<>();
            for (Entity e : x.entities()) {
                if (e.type() == EntityType.LOCATION && e.countryCode() != null) {
                    countries.add(e.countryCode());
                }
            }
            for (Entity e : x.entities()) {
                if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.FACILITY) {
                    LinkCandidate c = linker.linkEntity(e.name(), e.aliases(), e.countryCode(), countries);
                    bh.consume(c);
                }
            }
            bh.consume(x);
        }
    }

    @Benchmark
    public void matchAffiliations(Blackhole bh) {
        for (String a : affiliations) {
            bh.consume(linker.match(a));
        }
    }
}
