package org.citemeta.extract.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citemeta.extract.citation.ReferenceParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link ReferenceParser#parse(String)} on a fixed, hand-written set of reference strings in the
 * common styles (no evaluation data). One operation = the whole set once; references/s = ops/s x
 * {@link #REFERENCES}.size(), for the default parser and for the rules alone. Run it like {@link ExtractBenchmark}
 * (JMH, 1 fork, 1 thread); {@link ExtractBenchmarkMain} also prints the model load time and the heap it retains. The evaluation test
 * also prints a quick one-thread references/s figure on the evaluation corpora.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReferenceParseBenchmark {
    public static final List<String> REFERENCES = List.of(
            "X. Yang et al. Science 379, 240–243; 2023",
            "Yang, X. et al. Science 379, 240 (2023)",
            "Smith, J. A., & Doe, B. (2019). A study of things. Journal of Stuff, 12(3), 45–67. https://doi.org/10.1000/xyz123",
            "Jones AB, Lee CD, Park EF. Effects of sleep on memory. J Clin Sleep Med 2015;11:123-9.",
            "[4] A. Kumar and B. Chen, \"Fast parsing of citations,\" IEEE Trans. Knowl. Data Eng., vol. 30, no. 4, pp. 700-712, 2018.",
            "Miller, Anna. \"Reading Old Maps.\" Journal of Historical Geography 45 (2014): 12–24.",
            "A. Author, Phys. Rev. Lett. 94, 102301 (2005).",
            "Kuhn, T. S. (1962). The Structure of Scientific Revolutions. Chicago: University of Chicago Press.",
            "Solon, G. (1999). Intergenerational mobility in the labor market. In O. Ashenfelter & D. Card (Eds.), "
                    + "Handbook of labor economics (Vol. 3, pp. 1761–1800). London: Elsevier.",
            "Smith, J. (2010). Growth of crystals. PhD thesis, University of Oxford.",
            "Vaswani, A. et al. Attention is all you need. arXiv:1706.03762 (2017).",
            "Wilkinson, M. D. et al. Sci. Data 3, 160018 (2016).");

    /** "model": the default parser (trained labeller with the rules as features); "rules": the rule labeller alone. */
    @Param({"model", "rules"})
    public String labeller;

    private ReferenceParser parser;

    @Setup
    public void setup() {
        parser = ReferenceParser.create("rules".equals(labeller));
    }

    @Benchmark
    public void parseAll(Blackhole bh) {
        for (String r : REFERENCES) {
            bh.consume(parser.parse(r));
        }
    }
}
