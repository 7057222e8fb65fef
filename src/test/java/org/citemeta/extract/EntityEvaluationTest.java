package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.citemeta.extract.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision / recall / F1 of the entity mentions against the hand-written gold set in
 * {@code src/test/resources/org/citemeta/extract/gold} (see its README for the annotation rules).
 * Matching: per document, distinct (type, normalised surface) pairs; micro-averaged per set.
 * The development set (seeds + dev_*) must reach P >= 0.9 and R >= 0.9; the held-out set is only reported.
 */
class EntityEvaluationTest {
    private static EntityExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EntityExtractor();
    }

    /** Normalised surface used for matching. */
    static String norm(String s) {
        String k = KnowledgeBase.key(s);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        }
        k = k.trim();
        if (k.endsWith(".")) { // "Haddad A." / "New Phytol." ending a list or a sentence: the period is no evidence
            k = k.substring(0, k.length() - 1).trim();
        }
        return k;
    }

    record Doc(String name, String text, Set<String> gold) {
    }

    static List<Doc> docs(String prefix) throws IOException, URISyntaxException {
        Path dir = Path.of(EntityEvaluationTest.class.getResource("/org/citemeta/extract/gold").toURI());
        List<Doc> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> prefix.isEmpty() || f.getFileName().toString().startsWith(prefix))
                    .sorted().toList()) {
                String name = p.getFileName().toString().replace(".txt", "");
                Set<String> gold = new LinkedHashSet<>();
                for (String line : Files.readAllLines(dir.resolve(name + ".gold.tsv"), StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    gold.add(f[0] + "\t" + norm(f[1]));
                }
                out.add(new Doc(name, Files.readString(p, StandardCharsets.UTF_8), gold));
            }
        }
        return out;
    }

    static Set<String> predicted(Extraction x) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : x.mentions()) {
            out.add(m.type() + "\t" + norm(m.text()));
        }
        return out;
    }

    /** Counts per type: tp, fp, fn. */
    static final class Score {
        final String[] types = {"PERSON", "ORGANIZATION", "FACILITY", "LOCATION", "OTHER"};
        final int[][] c = new int[types.length + 1][3];

        void add(Set<String> gold, Set<String> pred) {
            for (String p : pred) {
                int ti = idx(p);
                c[ti][gold.contains(p) ? 0 : 1]++;
                c[types.length][gold.contains(p) ? 0 : 1]++;
            }
            for (String g : gold) {
                if (!pred.contains(g)) {
                    c[idx(g)][2]++;
                    c[types.length][2]++;
                }
            }
        }

        int idx(String pair) {
            String type = pair.substring(0, pair.indexOf('\t'));
            for (int i = 0; i < types.length; i++) {
                if (types[i].equals(type)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(type);
        }

        double p(int i) {
            return c[i][0] + c[i][1] == 0 ? 1 : c[i][0] / (double) (c[i][0] + c[i][1]);
        }

        double r(int i) {
            return c[i][0] + c[i][2] == 0 ? 1 : c[i][0] / (double) (c[i][0] + c[i][2]);
        }

        double f(int i) {
            double p = p(i);
            double r = r(i);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String table(String title) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%n%s%n%-13s %5s %5s %5s %7s %7s %7s%n", title, "type", "tp", "fp",
                    "fn", "P", "R", "F1"));
            for (int i = 0; i <= types.length; i++) {
                b.append(String.format(Locale.ROOT, "%-13s %5d %5d %5d %7.3f %7.3f %7.3f%n",
                        i == types.length ? "ALL" : types[i], c[i][0], c[i][1], c[i][2], p(i), r(i), f(i)));
            }
            return b.toString();
        }
    }

    static Score evaluate(List<Doc> docs, StringBuilder errors) {
        Score s = new Score();
        for (Doc d : docs) {
            Set<String> pred = predicted(extractor.extract(d.text()));
            s.add(d.gold(), pred);
            Set<String> fp = new TreeSet<>(pred);
            fp.removeAll(d.gold());
            Set<String> fn = new TreeSet<>(d.gold());
            fn.removeAll(pred);
            if (!fp.isEmpty() || !fn.isEmpty()) {
                errors.append(d.name()).append("\n");
                fp.forEach(x -> errors.append("   FP ").append(x.replace('\t', ' ')).append("\n"));
                fn.forEach(x -> errors.append("   FN ").append(x.replace('\t', ' ')).append("\n"));
            }
        }
        return s;
    }

    /**
     * The first held-out document whose errors had not been read when the engine was last changed: the documents from
     * it on measure the engine on text it was not tuned on, even indirectly (the gold README). Until the tenth session
     * of 7 Dec 2026 it was {@code heldout_d29}; that session read the errors of d29-d32 and changed the engine from
     * them. The eleventh read those of d33-d37 ({@link #READ_ELEVENTH}); d47-d51 were written blind in it.
     */
    static final String FIRST_UNREAD = "heldout_d47";

    /**
     * The second set of held-out documents written blind in the eleventh session (d58-d62), after the engine had
     * been changed from the errors of d33-d37; the first set (d47-d51) was written before.
     */
    static final String SECOND_BLIND = "heldout_d58";

    /** The first of the held-out documents whose errors the eleventh session of 7 Dec 2026 read (d33-d37). */
    static final String READ_ELEVENTH = "heldout_d33";

    /** The first development document added in the eleventh session of 7 Dec 2026 (dev_d52-d68). */
    static final String DEV_ADDED_ELEVENTH = "dev_d52";

    /** The held-out documents before this one (d10-d28) carry the floor of the held-out figures. */
    static final String FLOOR_END = "heldout_d29";

    @Test
    void developmentSetReachesNinetyPercentPrecisionAndRecall() throws Exception {
        List<Doc> dev = new ArrayList<>(docs("seed_"));
        dev.addAll(docs("dev_"));
        StringBuilder devErr = new StringBuilder();
        Score d = evaluate(dev, devErr);
        List<Doc> held = docs("heldout_");
        Score h = evaluate(held, new StringBuilder());
        // the errors of the unread documents are not printed: reading them would make them tuning data
        StringBuilder heldErr = new StringBuilder();
        evaluate(held.stream().filter(x -> x.name().compareTo(FIRST_UNREAD) < 0).toList(), heldErr);
        System.out.println(d.table("Entity mentions, development set (" + dev.size() + " documents)"));
        System.out.println("errors (dev):\n" + devErr);
        System.out.println(h.table("Entity mentions, HELD-OUT set (" + held.size() + " documents, not tuned on)"));
        System.out.println("errors (held-out, before " + FIRST_UNREAD + "; the later ones are not printed):\n" + heldErr);
        List<Doc> older = held.stream().filter(x -> x.name().compareTo(FLOOR_END) < 0).toList();
        List<Doc> readTenth = held.stream().filter(x -> x.name().compareTo(FLOOR_END) >= 0
                && x.name().compareTo(READ_ELEVENTH) < 0).toList();
        List<Doc> readEleventh = held.stream().filter(x -> x.name().compareTo(READ_ELEVENTH) >= 0
                && x.name().compareTo(FIRST_UNREAD) < 0).toList();
        List<Doc> unread = held.stream().filter(x -> x.name().compareTo(FIRST_UNREAD) >= 0).toList();
        Score o = evaluate(older, new StringBuilder());
        System.out.println(o.table("HELD-OUT, documents whose errors have been read (" + older.size() + ", d10-d28)"));
        System.out.println(evaluate(readTenth, new StringBuilder()).table("HELD-OUT, documents written blind and read "
                + "in the tenth session (" + readTenth.size() + ", from " + FLOOR_END + " to before " + READ_ELEVENTH + ")"));
        System.out.println(evaluate(readEleventh, new StringBuilder()).table("HELD-OUT, documents written blind and read "
                + "in the eleventh session (" + readEleventh.size() + ", from " + READ_ELEVENTH + " to before "
                + FIRST_UNREAD + ")"));
        System.out.println(evaluate(unread, new StringBuilder()).table("HELD-OUT, documents whose errors no change has "
                + "been made from (" + unread.size() + ", from " + FIRST_UNREAD + ")"));
        for (String[] part : new String[][] {{FIRST_UNREAD, SECOND_BLIND}, {SECOND_BLIND, "heldout_e"}}) {
            List<Doc> some = held.stream().filter(x -> x.name().compareTo(part[0]) >= 0
                    && x.name().compareTo(part[1]) < 0).toList();
            System.out.println(evaluate(some, new StringBuilder()).table("HELD-OUT, unread, of those written blind in "
                    + "the eleventh session (" + some.size() + ", from " + part[0] + " to before " + part[1] + ")"));
        }
        // the development documents the floor was set on (before the eleventh session), and those added since,
        // written to show what the engine missed on documents of new kinds (dev_d52-d68): each set has its floor
        List<Doc> devAdded = dev.stream().filter(x -> x.name().startsWith("dev_")
                && x.name().compareTo(DEV_ADDED_ELEVENTH) >= 0).toList();
        List<Doc> devBefore = dev.stream().filter(x -> !devAdded.contains(x)).toList();
        Score db = evaluate(devBefore, new StringBuilder());
        Score da = evaluate(devAdded, new StringBuilder());
        System.out.println(db.table("Development, the documents before the eleventh session (" + devBefore.size() + ")"));
        System.out.println(da.table("Development, added in the eleventh session (" + devAdded.size() + ", from "
                + DEV_ADDED_ELEVENTH + ")"));
        int all = d.types.length;
        assertTrue(d.p(all) >= 0.9, "dev precision " + d.p(all));
        // regression guards on the development documents, just under the measured figures (the 31 older ones R .957,
        // the twelve added in the eleventh session, dev_d52-d68, of kinds the engine missed most, R .883, after the
        // passes PlaceCues, OrganisationCues and ToolAndInfrastructureNames of the fourteenth session; 7 Dec 2026)
        assertTrue(db.r(all) >= 0.95, "dev recall (documents before the eleventh session) " + db.r(all));
        assertTrue(da.r(all) >= 0.87, "dev recall (documents added in the eleventh session) " + da.r(all));
        // regression guard on the held-out documents d10-d28, just under the measured figures (P .973, R .909;
        // 7 Dec 2026)
        assertTrue(o.p(all) >= 0.96, "held-out (d10-d28) precision " + o.p(all));
        assertTrue(o.r(all) >= 0.9, "held-out (d10-d28) recall " + o.r(all));
    }
}
