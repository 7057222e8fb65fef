package org.citemeta.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision / recall / F1 of the linker's {@code chosen} link on the Crossref 2023 affiliation strings, against
 * the ROR subset (only rows whose gold id is in the subset count). Rows are split: odd rows (1st, 3rd ...) are
 * the development half the matcher was tuned on, even rows the held-out half. Skipped without ../shared/data.
 * {@code -Daffiliation.errors=FILE} writes the wrong and missed rows of the development half for study (a wrong
 * choice with its ROR relation to the gold organisation and whether the gold is a candidate at all).
 */
class AffiliationEvaluationTest {

    record Score(int gold, int chosen, int correct) {
        double precision() {
            return chosen == 0 ? 0 : (double) correct / chosen;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @Test
    void chosenLinksReachTheTargetsOnCrossrefAffiliations() throws Exception {
        assumeTrue(Files.isRegularFile(SharedData.ROR_SUBSET) && Files.isRegularFile(SharedData.CROSSREF),
                SharedData.ROOT.toAbsolutePath() + " (ROR subset, Crossref affiliations) is absent: evaluation skipped");
        long t0 = System.nanoTime();
        OrgLinker linker = SharedData.subsetLinker();
        long t1 = System.nanoTime();
        List<SharedData.Gold> gold = SharedData.crossref();
        String errorsFile = System.getProperty("affiliation.errors");
        int[][] counts = new int[2][3]; // [dev|held-out][gold, chosen, correct]
        int outside = 0;
        int reachable = 0; // rows whose gold organisation is among the candidates at all
        int wrongUnreachable = 0; // wrong choices where the gold organisation is not a candidate (not named)
        // wrong choices by how the chosen organisation relates to the gold one in ROR (the gold's parent, its child,
        // "related", none): a diagnostic for the precision target, which counts all of them as wrong
        java.util.Map<String, Integer> wrongByRelation = new java.util.TreeMap<>();
        // wrong choices unrelated to the gold in ROR, by whether the string also names the gold organisation in full
        // (the gold is a candidate found by EXACT or PHRASE: a string naming several organisations, of which the gold
        // takes one), names it otherwise, or not at all (the gold is no candidate)
        java.util.Map<String, Integer> unrelatedByGold = new java.util.TreeMap<>();
        java.util.Map<MatchingType, int[]> byType = new java.util.EnumMap<>(MatchingType.class); // chosen, correct (both halves)
        long tokens = 0;
        long t2 = System.nanoTime();
        try (PrintWriter errors = errorsFile == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(errorsFile)))) {
            for (SharedData.Gold g : gold) {
                if (g.ror() == null || linker.get(g.ror()) == null) {
                    outside++;
                    continue;
                }
                int half = g.row() % 2 == 0 ? 0 : 1; // row 0 is the 1st row: an odd row, development
                List<LinkCandidate> found = linker.match(g.affiliation());
                tokens += g.affiliation().split("\\s+").length;
                LinkCandidate chosen = found.stream().filter(LinkCandidate::chosen).findFirst().orElse(null);
                boolean goldFound = found.stream().anyMatch(c -> c.org().id().equals(g.ror()));
                reachable += goldFound ? 1 : 0;
                wrongUnreachable += chosen != null && !goldFound ? 1 : 0;
                counts[half][0]++;
                if (chosen != null) {
                    int[] t = byType.computeIfAbsent(chosen.matchingType(), k -> new int[2]);
                    t[0]++;
                    t[1] += chosen.org().id().equals(g.ror()) ? 1 : 0;
                    counts[half][1]++;
                    if (chosen.org().id().equals(g.ror())) {
                        counts[half][2]++;
                    } else {
                        String relation = relation(chosen.org(), g.ror());
                        wrongByRelation.merge(relation, 1, Integer::sum);
                        if (relation.equals("none")) {
                            MatchingType goldType = found.stream().filter(c -> c.org().id().equals(g.ror()))
                                    .map(LinkCandidate::matchingType).findFirst().orElse(null);
                            unrelatedByGold.merge(goldType == null ? "gold no candidate"
                                    : goldType == MatchingType.EXACT || goldType == MatchingType.PHRASE
                                            ? "gold named in full too" : "gold a candidate otherwise", 1, Integer::sum);
                        }
                    }
                }
                if (errors != null && half == 0 && (chosen == null || !chosen.org().id().equals(g.ror()))) {
                    errors.printf("%s\tgold=%s %s\tchosen=%s%n", g.affiliation().replaceAll("\\s+", " "), g.ror(), linker.get(g.ror()).name(),
                            chosen == null ? "-" : chosen.org().id() + " " + chosen.org().name() + " " + chosen.matchingType()
                                    + " (" + relation(chosen.org(), g.ror()) + ", gold " + (goldFound ? "a" : "no") + " candidate)");
                    for (LinkCandidate c : found.subList(0, Math.min(4, found.size()))) {
                        errors.printf("\t\t%.3f %s %s %s [%s] %s%n", c.score(), c.matchingType(), c.org().id(), c.org().name(),
                                c.substring(), c.org().country());
                    }
                }
            }
        }
        long t3 = System.nanoTime();
        Score dev = new Score(counts[0][0], counts[0][1], counts[0][2]);
        Score held = new Score(counts[1][0], counts[1][1], counts[1][2]);
        Score all = new Score(dev.gold() + held.gold(), dev.chosen() + held.chosen(), dev.correct() + held.correct());
        System.out.printf("Linker: %,d organisations, %,d names, built in %.1f s%n", linker.size(), linker.nameCount(),
                (t1 - t0) / 1e9);
        System.out.printf("Crossref 2023: %,d rows, %,d with the gold id outside the subset (not counted)%n", gold.size(), outside);
        for (var e : List.of(java.util.Map.entry("development (odd rows, tuned on)", dev),
                java.util.Map.entry("held-out (even rows)", held), java.util.Map.entry("all", all))) {
            Score s = e.getValue();
            System.out.printf("  %-34s gold %,5d chosen %,5d correct %,5d  P %.3f  R %.3f  F1 %.3f%n", e.getKey(),
                    s.gold(), s.chosen(), s.correct(), s.precision(), s.recall(), s.f1());
        }
        System.out.printf("  gold among the candidates (the recall a perfect choice would reach): %,d of %,d rows, %.3f;%n"
                + "  wrong choices whose gold organisation is no candidate at all: %,d of %,d%n", reachable, all.gold(),
                (double) reachable / all.gold(), wrongUnreachable, all.chosen() - all.correct());
        int parentOrChild = wrongByRelation.getOrDefault("parent", 0) + wrongByRelation.getOrDefault("child", 0);
        System.out.printf("  wrong choices by the chosen organisation's ROR relation to the gold one: %s;%n"
                + "  precision if the gold's parent or child counted as right (not the target's measure): %.3f%n",
                wrongByRelation, (double) (all.correct() + parentOrChild) / all.chosen());
        System.out.printf("  wrong choices unrelated to the gold, by what the string says of the gold: %s%n", unrelatedByGold);
        byType.forEach((type, t) -> System.out.printf("  chosen by %-13s %,5d, precision %.3f%n", type, t[0], (double) t[1] / t[0]));
        System.out.printf("  one thread, one cold pass (JIT warming up; the JMH benchmark gives the steady rate):"
                + " %,.0f affiliations/s, %,.0f tokens/s%n", all.gold() / ((t3 - t2) / 1e9),
                tokens / ((t3 - t2) / 1e9));
        assertTrue(all.gold() > 6000, "the subset should cover most gold ids");
        // regression floors just under the measured figures (all rows P 0.920, R 0.858, held-out F1 0.881; 7 Dec 2026,
        // twelfth session); the precision target (P >= 0.95 with R >= 0.85) is not reached and so not asserted
        assertTrue(all.precision() >= 0.919, "precision fell: " + all.precision());
        assertTrue(all.recall() >= 0.857, "recall fell: " + all.recall());
        assertTrue(held.f1() >= 0.880, "held-out F1 fell: " + held.f1());
    }

    /** How {@code chosen} relates to the organisation {@code goldId}: "parent" when it is the gold's parent, "child",
     * "related", or "none". */
    static String relation(OrgRecord chosen, String goldId) {
        return chosen.relations().stream().filter(r -> r.id().equals(goldId)).map(r -> switch (r.type()) {
            case "child" -> "parent"; // the gold is the chosen one's child
            case "parent" -> "child";
            default -> r.type();
        }).findFirst().orElse("none");
    }
}
