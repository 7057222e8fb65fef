package org.citemeta.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.citation.ReferenceExtractor;
import org.citemeta.kb.OrgLinker;
import org.citemeta.kb.SharedData;

/**
 * Robustness fuzzer of the whole engine, run by hand (NOT by the test suite: it takes minutes and needs the ROR
 * subset of ../shared/data for the linker). It feeds mutated and generated inputs to three targets and reports every
 * case slower than 1 s per 10,000 characters (at least {@link #MIN_SLOW_MS} ms, so that JIT and GC noise on a short
 * string is no finding) and every exception, each with its input saved for replay:
 * <ul>
 *   <li>{@code entities}: {@link EntityExtractor#extract(String)} on documents (normalisation, references, annotator);</li>
 *   <li>{@code references}: {@link ReferenceExtractor#extract(String)} alone on the same documents;</li>
 *   <li>{@code linker}: {@link OrgLinker#match(String)} (the {@code /entities/match} path) and
 *       {@link OrgLinker#linkEntity} (the ingestion path) on affiliation strings.</li>
 * </ul>
 * Inputs: the seeds ({@code seeds/}), the text of the development gold documents dev_d01..dev_d46 only (never d47 and
 * later nor the held-out ones), and invented text and affiliations. Mutations: runs of one word, mark, capital,
 * initial or digit up to 10,000 characters (alone, inside, after a document, under a "References" heading), spaced
 * capitals "A . B . C", repeated punctuation, one very long line, no newlines, only newlines, unicode (combining
 * marks, RTL, CJK, emoji, NUL, BOM), mixed scripts, markdown noise, cut and spliced real text.
 * <p>
 * Each case runs on a worker thread with a hard limit (at least {@link #HARD_MIN_MS} ms); a case past it is a
 * finding, its worker's stack is saved next to the input (the frame that loops, usually a regular expression: an
 * interrupt does not stop one) and the worker is stopped with {@code Thread.stop} (Java 17), so that the run goes on.
 * <pre>
 * ./mvnw -o -q -Pbench test-compile
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat /tmp/cp-F1.txt) org.citemeta.fuzz.FuzzTool \
 *     [--targets entities,references,linker] [--seed 1] [--out /tmp/citemeta-fuzz] [--quick]
 * # replay one saved input (prints the time; the stack of a stuck case after the hard limit):
 * java -Xmx3g -cp ... org.citemeta.fuzz.FuzzTool --replay linker /tmp/citemeta-fuzz/linker-slow-0003.txt
 * </pre>
 * The folder of shared data is found as {@link SharedData} finds it ({@code -Dcitemeta.shared.data=/work/shared/data}
 * from a worktree that is no sibling of {@code shared}).
 */
public final class FuzzTool {
    static final long MIN_SLOW_MS = 250;
    static final long HARD_MIN_MS = 20_000;
    static final int MAX_RUN = 10_000;
    private static final Pattern DEV_GOLD = Pattern.compile("dev_d(0[1-9]|[1-3]\\d|4[0-6])_[^/]*\\.txt");

    private static final List<String> UNITS = List.of("A", "A ", "A.", "A. ", "A . ", "A.B. ", "Ab ", "AB ", "ABC-",
            "word ", "Word ", "The ", "of ", "and ", "1", "1 ", "1.", "1, ", "12-", "1999 ", "(1999) ", "[1]", "[1] ",
            ". ", ".", ",", ", ", ";", ":", "-", "–", "—", "(", ")", "()", "[", "]", "{", "'", "\"", "“", "*", "**",
            "_", "#", "# ", "|", "| ", "/", "\\", "&", "@", "...", "!", "?", " ", "\t", "\n", "\n\n", "\r\n",
            "é", "e\u0301", "\u0301", "\u05d0", "\u0627\u0644", "中", "中国 ", "😀", "\u0000", "\uFEFF", "\u200b",
            "University ", "University of ", "Department of ", "Institute ", "Dr. ", "Prof. ", "Mr ", "et al. ",
            "et al., ", "J. Smith, ", "Smith J, ", "Smith, J., ", "Smith J. ", "J.-P. ", "van der ", "O'", "Mc",
            "Inc. ", "Co., ", "Ltd ", "GmbH ", "S.A. ", "Vol. 1, ", "pp. ", "doi:", "http://", "www.", "e-mail: ",
            "A-", "A/", "A&B ", "NASA ", "N.A.S.A. ", "CERN ", "Collaboration ", "Science ", "Nature 1, 2 (2000). ");

    private static final List<String> AFFILIATIONS = List.of(
            "Department of Physics, University of Oxford, Oxford OX1 3PU, UK",
            "Max Planck Institute for Astronomy, Königstuhl 17, 69117 Heidelberg, Germany",
            "Instituto de Física, Universidad Nacional Autónoma de México, Ciudad de México, Mexico",
            "CNRS, Laboratoire de Physique, École Normale Supérieure, Paris, France",
            "1 School of Medicine, Tsinghua University, Beijing 100084, China",
            "Dept. of Chem. Eng., MIT, Cambridge, MA 02139, USA",
            "Division of Cardiology, Massachusetts General Hospital and Harvard Medical School, Boston, MA",
            "Istituto Nazionale di Fisica Nucleare, Sezione di Roma, Italy",
            "Faculty of Science, The University of Tokyo, 7-3-1 Hongo, Bunkyo-ku, Tokyo 113-0033, Japan",
            "National Center for Atmospheric Research, Boulder, Colorado",
            "Indian Institute of Technology Bombay, Powai, Mumbai 400076, India",
            "ETH Zürich", "CSIC", "Universidade de São Paulo (USP), São Paulo, SP, Brasil",
            "a Key Laboratory of Marine Ecology, Ocean University of China, Qingdao, Shandong, PR China",
            "Department of Surgery, Karolinska Institutet and Karolinska University Hospital, Stockholm, Sweden",
            "University of California, Los Angeles (UCLA), Los Angeles, CA 90095-1569, United States of America",
            "Helmholtz-Zentrum Dresden-Rossendorf (HZDR), Bautzner Landstraße 400, 01328 Dresden, Deutschland",
            "Московский государственный университет имени М. В. Ломоносова, Москва, Россия",
            "北京大学物理学院, 北京 100871, 中国", "Tel Aviv University, Ramat Aviv, Israel; אוניברסיטת תל אביב",
            "Dept of Biology & Ecology Inst., Univ. of X-Y-Z, A.B.C. Bldg., Rm. 1-2-3, P.O. Box 12, Z-12345 Town");

    private final Path out;
    private final Random rnd;
    private final Map<String, int[]> stats = new LinkedHashMap<>(); // target -> cases, slow, exceptions, stuck
    private final Map<String, long[]> sizes = new LinkedHashMap<>(); // target -> chars, nanos, worst ms per 10k chars
    private ExecutorService worker = newWorker();
    private final AtomicReference<Thread> workerThread = new AtomicReference<>();
    private int findings;

    private FuzzTool(Path out, long seed) {
        this.out = out;
        this.rnd = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("/tmp/citemeta-fuzz");
        Set<String> targets = Set.of("entities", "references", "linker");
        long seed = 1;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--targets" -> targets = Set.of(args[++i].split(","));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--quick" -> quick = true;
                case "--replay" -> {
                    replay(args[i + 1], Path.of(args[i + 2]));
                    return;
                }
                case "--scale" -> {
                    scale(args[i + 1], args[i + 2], args.length > i + 3 ? args[i + 3] : "", args.length > i + 4 ? args[i + 4] : "");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(out);
        new FuzzTool(out, seed).run(targets, quick);
        System.exit(0); // stopped workers may linger
    }

    private void run(Set<String> targets, boolean quick) throws Exception {
        long t0 = System.nanoTime();
        List<String> docs = documents();
        System.out.printf(Locale.ROOT, "%d documents (seeds + dev_d01..dev_d46)%n", docs.size());
        if (targets.contains("entities") || targets.contains("references")) {
            EntityExtractor entities = new EntityExtractor();
            ReferenceExtractor references = new ReferenceExtractor();
            entities.extract(docs.get(0)); // loads the model and the base outside the first case
            List<String[]> cases = documentCases(docs, quick);
            System.out.printf(Locale.ROOT, "%d document cases%n", cases.size());
            for (String[] c : cases) {
                if (targets.contains("references")) {
                    runCase("references", c[0], c[1], s -> references.extract(s));
                }
                if (targets.contains("entities")) {
                    runCase("entities", c[0], c[1], s -> entities.extract(s));
                }
            }
        }
        if (targets.contains("linker")) {
            long l0 = System.nanoTime();
            OrgLinker linker = SharedData.subsetLinker();
            System.out.printf(Locale.ROOT, "linker: %d organisations, built in %.1f s%n", linker.size(),
                    (System.nanoTime() - l0) / 1e9);
            List<String[]> cases = affiliationCases(docs, quick);
            System.out.printf(Locale.ROOT, "%d affiliation cases%n", cases.size());
            for (String[] c : cases) {
                runCase("linker", c[0], c[1], s -> linker.match(s));
                runCase("linkEntity", c[0], c[1], s -> linker.linkEntity(s, List.of(), null, Set.of()));
            }
        }
        System.out.printf(Locale.ROOT, "%nDone in %.0f s; %d findings in %s%n", (System.nanoTime() - t0) / 1e9, findings, out);
        for (Map.Entry<String, int[]> e : stats.entrySet()) {
            int[] s = e.getValue();
            long[] z = sizes.get(e.getKey());
            System.out.printf(Locale.ROOT, "%-11s cases %6d  chars %,11d  time %7.1f s  slow %d  exceptions %d  stuck %d"
                            + "  worst %.0f ms/10k chars%n", e.getKey(), s[0], z[0], z[1] / 1e9, s[1], s[2], s[3],
                    z[2] / 1000.0);
        }
    }

    // ---------------------------------------------------------------- inputs

    static List<String> documents() throws IOException {
        List<String> docs = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/org/citemeta/extract/gold"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    boolean seed = dir.endsWith("seeds") && name.endsWith(".txt");
                    if (seed || DEV_GOLD.matcher(name).matches()) {
                        docs.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        docs.add(INVENTED);
        return docs;
    }

    private static final String INVENTED = """
            Quantum widgets at room temperature

            Jane Q. Doe1, R. K. Smith2 and Zhang Wei1,2

            1 Department of Widgetry, University of Nowhere, Springfield, USA
            2 Institut für Widgetkunde, Musterstadt, Germany

            The ACME Widget Array (AWA) at the Nowhere Observatory measured the flux [1,2]. Funding came from the
            National Widget Foundation (NWF) and the European Widget Council (Ref. 3).

            References
            1. Doe, J. Q. & Smith, R. K. Widgets. Nature 500, 1–10 (2013).
            2. Zhang W, Doe JQ. A widget survey. J. Widget Res. 12(3):45-67; 2019. doi:10.1234/jwr.2019.045
            3. Smith RK (ed.) Handbook of Widgets, 2nd edn. Springer, Berlin, pp. 1-300 (2001).
            """;

    /** {name, text} of every document case. */
    private List<String[]> documentCases(List<String> docs, boolean quick) {
        List<String[]> cases = new ArrayList<>();
        int[] lengths = quick ? new int[]{1000, MAX_RUN} : new int[]{100, 1000, MAX_RUN};
        for (String unit : UNITS) {
            for (int n : lengths) {
                String run = runOf(unit, n);
                String doc = docs.get(rnd.nextInt(docs.size()));
                cases.add(new String[]{"run[" + esc(unit) + "]x" + n, run});
                cases.add(new String[]{"run-in-doc[" + esc(unit) + "]x" + n, insert(doc, run, rnd.nextInt(doc.length() + 1))});
                cases.add(new String[]{"run-after-doc[" + esc(unit) + "]x" + n, doc + "\n" + run});
                cases.add(new String[]{"run-in-references[" + esc(unit) + "]x" + n, INVENTED + run + "\n4. " + run});
            }
        }
        for (int n : lengths) {
            cases.add(new String[]{"spaced-capitals x" + n, spacedCapitals(n, " . ")});
            cases.add(new String[]{"spaced-initials x" + n, spacedCapitals(n, ". ")});
            cases.add(new String[]{"references-of-spaced-capitals x" + n, "References\n1. " + spacedCapitals(n, " . ")
                    + " Nature 1, 2 (2000).\n2. " + spacedCapitals(n, ". ")});
            cases.add(new String[]{"capital-words x" + n, capitalWords(n)});
            cases.add(new String[]{"only-newlines x" + n, "\n".repeat(n)});
            cases.add(new String[]{"digits x" + n, digits(n)});
        }
        for (int d = 0; d < docs.size(); d++) {
            String doc = docs.get(d);
            String id = "doc" + d;
            int variants = quick ? 3 : 10;
            for (int v = 0; v < variants; v++) {
                String[] m = mutate(doc, docs);
                cases.add(new String[]{id + ":" + m[0], m[1]});
            }
        }
        return cases;
    }

    /** {name, text} of every affiliation case. */
    private List<String[]> affiliationCases(List<String> docs, boolean quick) {
        List<String> base = new ArrayList<>(AFFILIATIONS);
        for (String doc : docs) { // affiliation-like lines of the documents
            for (String line : doc.split("\n")) {
                if (line.length() < 300 && line.matches("(?s).*\\b(Universit|Institut|Department|Laborator|College|Hospital|Centre|Center).*")) {
                    base.add(line.strip());
                }
            }
        }
        List<String[]> cases = new ArrayList<>();
        int[] lengths = quick ? new int[]{300, 2000} : new int[]{100, 300, 2000, MAX_RUN};
        for (String unit : UNITS) {
            for (int n : lengths) {
                String run = runOf(unit, n);
                String a = base.get(rnd.nextInt(base.size()));
                cases.add(new String[]{"run[" + esc(unit) + "]x" + n, run});
                cases.add(new String[]{"run-in-affiliation[" + esc(unit) + "]x" + n, insert(a, run, rnd.nextInt(a.length() + 1))});
                cases.add(new String[]{"run-after-affiliation[" + esc(unit) + "]x" + n, a + ", " + run});
            }
        }
        for (int n : lengths) {
            cases.add(new String[]{"spaced-capitals x" + n, spacedCapitals(n, " . ")});
            cases.add(new String[]{"spaced-initials x" + n, spacedCapitals(n, ". ")});
            cases.add(new String[]{"capital-words x" + n, capitalWords(n)});
            cases.add(new String[]{"digits x" + n, digits(n)});
            StringBuilder joined = new StringBuilder();
            while (joined.length() < n) {
                joined.append(base.get(rnd.nextInt(base.size()))).append("; ");
            }
            cases.add(new String[]{"joined-affiliations x" + n, joined.substring(0, n)});
        }
        int variants = quick ? 2 : 6;
        for (int i = 0; i < base.size(); i++) {
            for (int v = 0; v < variants; v++) {
                String[] m = mutate(base.get(i), base);
                cases.add(new String[]{"aff" + i + ":" + m[0], m[1].length() > MAX_RUN ? m[1].substring(0, MAX_RUN) : m[1]});
            }
        }
        return cases;
    }

    /** One random mutation of {@code s}: {name, text}. */
    private String[] mutate(String s, List<String> others) {
        int kind = rnd.nextInt(22);
        int at = rnd.nextInt(s.length() + 1);
        String other = others.get(rnd.nextInt(others.size()));
        return switch (kind) {
            case 0 -> new String[]{"no-newlines", s.replace('\n', ' ')};
            case 1 -> new String[]{"one-word-a-line", s.replace(' ', '\n')};
            case 2 -> new String[]{"combining-marks", everyLetter(s, c -> c + "\u0301\u0308")};
            case 3 -> new String[]{"rtl", "\u202e" + s.replace(" ", " \u200f\u05d0\u05d1 ") + "\u202c"};
            case 4 -> new String[]{"cjk", everyLetter(s, c -> rnd.nextInt(3) == 0 ? String.valueOf((char) (0x4e00 + rnd.nextInt(2000))) : c)};
            case 5 -> new String[]{"emoji", s.replace(" ", rnd.nextBoolean() ? " 😀 " : "👩‍🔬")};
            case 6 -> new String[]{"nul-bom", everyNth(s, 7, "\u0000") .replace("\n", "\n\uFEFF")};
            case 7 -> new String[]{"mixed-scripts", everyLetter(s, c -> switch (c) {
                case "a" -> "а"; case "e" -> "е"; case "o" -> "о"; case "A" -> "Α"; case "B" -> "Β"; case "p" -> "р";
                default -> c;
            })};
            case 8 -> new String[]{"markdown", markdown(s)};
            case 9 -> new String[]{"cut", s.substring(Math.min(at, s.length()), Math.min(s.length(), at + 1 + rnd.nextInt(3000)))};
            case 10 -> new String[]{"splice", s.substring(0, at) + other.substring(rnd.nextInt(other.length() + 1))};
            case 11 -> new String[]{"repeated", s.repeat(Math.max(1, MAX_RUN * 3 / Math.max(1, s.length())))};
            case 12 -> new String[]{"upper", s.toUpperCase(Locale.ROOT)};
            case 13 -> new String[]{"lower-no-punctuation", s.toLowerCase(Locale.ROOT).replaceAll("\\p{P}", "")};
            case 14 -> new String[]{"repeated-punctuation", s.replaceAll("(\\p{P})", "$1$1$1$1$1$1$1$1")};
            case 15 -> new String[]{"spaced-capitals-inside", insert(s, spacedCapitals(300 + rnd.nextInt(3000), " . "), at)};
            case 16 -> new String[]{"shuffled-lines", shuffledLines(s)};
            case 17 -> new String[]{"punctuation-lines", s.replace("\n",
                    "\n" + String.valueOf("-=*_#.".charAt(rnd.nextInt(6))).repeat(200) + "\n")};
            case 18 -> new String[]{"no-spaces", s.replace(" ", "")};
            case 19 -> new String[]{"crlf-tabs", s.replace("\n", "\r\n").replace(" ", "\t")};
            case 20 -> {
                String unit = UNITS.get(rnd.nextInt(UNITS.size()));
                yield new String[]{"run-inside[" + esc(unit) + "]", insert(s, runOf(unit, 50 + rnd.nextInt(MAX_RUN)), at)};
            }
            default -> new String[]{"doubled-words", s.replaceAll("(\\w+) ", "$1 $1 $1 ")};
        };
    }

    private static String runOf(String unit, int n) {
        StringBuilder b = new StringBuilder(n + unit.length());
        while (b.length() < n) {
            b.append(unit);
        }
        return b.toString();
    }

    private String spacedCapitals(int n, String sep) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append((char) ('A' + rnd.nextInt(26))).append(sep);
        }
        return b.toString();
    }

    private String capitalWords(int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            int len = 1 + rnd.nextInt(8);
            b.append((char) ('A' + rnd.nextInt(26)));
            for (int i = 1; i < len; i++) {
                b.append((char) ('a' + rnd.nextInt(26)));
            }
            b.append(rnd.nextInt(4) == 0 ? ", " : " ");
        }
        return b.toString();
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(rnd.nextInt(10000)).append(" .,-:;()/".charAt(rnd.nextInt(9)));
        }
        return b.toString();
    }

    private static String everyLetter(String s, Function<String, String> f) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            b.append(Character.isLetter(cp) ? f.apply(c) : c);
        });
        return b.toString();
    }

    private static String everyNth(String s, int n, String put) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i % n == 0) {
                b.append(put);
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private String markdown(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            switch (rnd.nextInt(7)) {
                case 0 -> b.append("# ").append(line);
                case 1 -> b.append("> ").append(line);
                case 2 -> b.append("* **").append(line.replace(" ", "** _")).append("_");
                case 3 -> b.append("| ").append(line.replace(" ", " | ")).append(" |\n|---|---|");
                case 4 -> b.append("```\n").append(line).append("\n```");
                case 5 -> b.append("[").append(line).append("](http://example.org/").append(line.length()).append(")");
                default -> b.append(line);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private String shuffledLines(String s) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n")));
        java.util.Collections.shuffle(lines, rnd);
        return String.join("\n", lines);
    }

    private static String insert(String s, String put, int at) {
        return s.substring(0, at) + put + s.substring(at);
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- running

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            workerThread.set(t);
            return t;
        });
    }

    static long slowMs(int length) {
        return Math.max(MIN_SLOW_MS, length / 10); // 1 s per 10,000 characters
    }

    private void runCase(String target, String name, String input, Function<String, Object> f) throws IOException {
        int[] s = stats.computeIfAbsent(target, k -> new int[4]);
        long[] z = sizes.computeIfAbsent(target, k -> new long[3]);
        s[0]++;
        z[0] += input.length();
        long slow = slowMs(input.length());
        long hard = Math.max(HARD_MIN_MS, 20 * slow);
        Future<Object> run = worker.submit(() -> f.apply(input));
        long t0 = System.nanoTime();
        try {
            run.get(hard, TimeUnit.MILLISECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            z[1] += System.nanoTime() - t0;
            z[2] = Math.max(z[2], ms * 10_000_000L / Math.max(input.length(), 1000));
            if (ms > slow) {
                long again = timeAgain(f, input, hard);
                if (again > slow) {
                    s[1]++;
                    save(target, "slow", name, input, String.format(Locale.ROOT, "%d ms, then %d ms (limit %d ms)", ms, again, slow), null);
                }
            }
        } catch (TimeoutException e) {
            s[3]++;
            z[1] += System.nanoTime() - t0;
            Thread t = workerThread.get();
            StackTraceElement[] stack = t.getStackTrace();
            save(target, "stuck", name, input, "over " + hard + " ms", stack);
            stopWorker(t);
        } catch (java.util.concurrent.ExecutionException e) {
            s[2]++;
            z[1] += System.nanoTime() - t0;
            save(target, "exception", name, input, e.getCause().toString(), e.getCause().getStackTrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long timeAgain(Function<String, Object> f, String input, long hard) {
        Future<Object> run = worker.submit(() -> f.apply(input));
        long t0 = System.nanoTime();
        try {
            run.get(hard, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return hard;
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stopWorker(Thread t) {
        worker.shutdownNow();
        t.stop(); // Java 17: the only way to end a thread stuck in a regular expression
        worker = newWorker();
    }

    private void save(String target, String kind, String name, String input, String what, StackTraceElement[] stack)
            throws IOException {
        findings++;
        String base = String.format(Locale.ROOT, "%s-%s-%04d", target, kind, findings);
        Files.writeString(out.resolve(base + ".txt"), input, StandardCharsets.UTF_8);
        StringWriter w = new StringWriter();
        PrintWriter p = new PrintWriter(w);
        p.printf("%s %s: %s, %d chars: %s%n", target, kind, name, input.length(), what);
        if (stack != null) {
            for (StackTraceElement e : stack) {
                p.println("\tat " + e);
            }
        }
        p.flush();
        Files.writeString(out.resolve(base + ".info"), w.toString(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "FINDING %s %s %s (%d chars): %s%n", base, kind, name, input.length(), what);
        if (stack != null) {
            for (int i = 0; i < Math.min(stack.length, 25); i++) {
                if (!stack[i].getClassName().startsWith("java.util.regex") || i < 3) {
                    System.out.println("\tat " + stack[i]);
                }
            }
        }
    }

    // ---------------------------------------------------------------- replay

    /**
     * {@code --scale TARGET UNIT [BEFORE] [AFTER]}: the time of BEFORE + a run of UNIT + AFTER for runs of 1,000 to
     * 16,000 characters (Java escapes such as \\u0301 and \\n are read in UNIT, BEFORE and AFTER): whether a run
     * costs in proportion to its length or to its square.
     */
    private static void scale(String target, String unit, String before, String after) throws Exception {
        Function<String, Object> f = target(target);
        f.apply("Department of Physics, University of Oxford, UK. Nature 1, 2 (2000)."); // warm-up
        for (int n = 1000; n <= 16_000; n *= 2) {
            String input = unescape(before) + runOf(unescape(unit), n) + unescape(after);
            long t0 = System.nanoTime();
            f.apply(input);
            System.out.printf(Locale.ROOT, "%6d chars: %7d ms%n", input.length(), (System.nanoTime() - t0) / 1_000_000);
        }
        System.exit(0);
    }

    private static String unescape(String s) {
        return Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s.replace("\\n", "\n").replace("\\t", "\t"))
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    private static Function<String, Object> target(String target) {
        return switch (target) {
            case "entities" -> new EntityExtractor()::extract;
            case "references" -> new ReferenceExtractor()::extract;
            case "parser" -> new org.citemeta.extract.citation.ReferenceParser()::parse;
            case "linker" -> SharedData.subsetLinker()::match;
            case "linkEntity" -> {
                OrgLinker l = SharedData.subsetLinker();
                yield s -> l.linkEntity(s, List.of(), null, Set.of());
            }
            default -> throw new IllegalArgumentException("target: entities, references, linker or linkEntity");
        };
    }

    private static void replay(String target, Path file) throws Exception {
        String input = Files.readString(file, StandardCharsets.UTF_8);
        Function<String, Object> f = target(target);
        f.apply("Department of Physics, University of Oxford, UK"); // warm-up
        FuzzTool tool = new FuzzTool(Path.of("/tmp"), 0);
        Future<Object> run = tool.worker.submit(() -> f.apply(input));
        long t0 = System.nanoTime();
        try {
            Object r = run.get(10, TimeUnit.MINUTES);
            System.out.printf(Locale.ROOT, "%d chars in %d ms: %s%n", input.length(), (System.nanoTime() - t0) / 1_000_000,
                    String.valueOf(r).length() > 300 ? String.valueOf(r).substring(0, 300) + "..." : r);
        } catch (TimeoutException e) {
            System.out.println("still running after 10 min:");
            for (StackTraceElement el : tool.workerThread.get().getStackTrace()) {
                System.out.println("\tat " + el);
            }
        }
        System.exit(0);
    }
}
