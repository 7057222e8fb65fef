package org.citemeta.extract.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citemeta.extract.EntityType;
import org.citemeta.extract.text.TextNormalizer;
import org.citemeta.extract.text.Tokens;

/**
 * The built-in knowledge base: countries (JDK ISO list + hand-written variants and demonyms), regions,
 * subdivisions, cities, research organisations, facilities, programmes and journals, plus a list of given names.
 * Names are indexed in a token trie for leftmost-longest matching. Immutable after construction, thread-safe.
 */
public final class KnowledgeBase {
    private static final String BASE = "/org/citemeta/extract/kb/";

    /** Token trie node. */
    public static final class Node {
        /** The children, made on the first one: most nodes (the last words of names) have none. */
        private Map<String, Node> next;
        private KbEntry entry;

        public Node child(String token) {
            return next == null ? null : next.get(token);
        }

        private Node childOrNew(String token) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(token, k -> new Node());
        }

        public KbEntry entry() {
            return entry;
        }
    }

    private final Node root = new Node();
    /** The generated gazetteer's names, apart from the hand-written base's: no other lookup sees them. */
    private final Node gazetteer = new Node();
    private final Map<String, KbEntry> byId = new LinkedHashMap<>();
    private final Map<String, KbEntry> byKey = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    /**
     * Given names the entity engine reads and the reference parser does not: the generated list of many cultures
     * ({@code given-names-more.txt.gz}) and the hand-written {@code given-names-entities.txt}.
     */
    private final Set<String> moreGivenNames = new HashSet<>();
    private int names;

    private KnowledgeBase() {
    }

    /**
     * The knowledge base shipped in the jar, loaded once per class loader (a few seconds: the gazetteer has some
     * 98,000 names) and shared; it is immutable.
     */
    public static KnowledgeBase builtIn() {
        return Shipped.KB;
    }

    private static final class Shipped {
        static final KnowledgeBase KB = load();
    }

    private static KnowledgeBase load() {
        KnowledgeBase kb = new KnowledgeBase();
        kb.loadCountries();
        kb.loadPlaces();
        kb.loadOrganizations();
        kb.loadGivenNames();
        kb.loadMoreGivenNames();
        kb.loadGazetteer();
        return kb;
    }

    public Node root() {
        return root;
    }

    /** Trie of the gazetteer's places (cities, subdivisions) that the hand-written base does not name. */
    public Node gazetteerRoot() {
        return gazetteer;
    }

    public KbEntry byId(String id) {
        return byId.get(id);
    }

    /** Entry whose name or alias has this normalised key ({@link #key(String)}), or null. */
    public KbEntry byName(String surface) {
        return byKey.get(key(surface));
    }

    /** Every entry, in load order (read-only view). */
    public java.util.Collection<KbEntry> entries() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    public KbEntry country(String iso2) {
        return byId.get("country:" + iso2);
    }

    /** A given name of the hand-written list ({@code given-names.txt}), which the reference parser reads too. */
    public boolean isGivenName(String w) {
        return givenNames.contains(w);
    }

    /**
     * A given name of the hand-written list or of the generated one of many cultures ({@code given-names-more.txt.gz},
     * made by {@code src/tools/given-names}: "Emmanuel", "Farida", "Nomvula"); the generated list is evidence for a
     * person's name before a surname only, and leaves the reference parser (but for one rule that reads the file itself,
     * {@code SeriesAndBookRules.lastNameReadAsTitle}) and the place rules as they were; so does
     * the hand-written {@code given-names-entities.txt} (names that are also frequent family names: "Rahman", "Kamau").
     */
    public boolean isAnyGivenName(String w) {
        return givenNames.contains(w) || moreGivenNames.contains(w);
    }

    public int size() {
        return byId.size();
    }

    public int nameCount() {
        return names;
    }

    /** Lower case, accents removed, dashes and quotes made ASCII, spaces collapsed. */
    public static String key(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char m = TextNormalizerAccess.mapChar(c);
            if (m == 0) {
                continue;
            }
            if (Character.isWhitespace(m)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(m));
        }
        return b.toString();
    }

    private void add(KbEntry e, boolean indexNames) {
        byId.putIfAbsent(e.id(), e);
        index(e.name(), e);
        for (String a : e.aliases()) {
            index(a, e);
        }
    }

    private void index(String name, KbEntry e) {
        if (name == null || name.isBlank()) {
            return;
        }
        byKey.putIfAbsent(key(name), e);
        if (indexIn(root, name, e)) {
            names++;
        }
    }

    /** Adds the name to a trie; false when the trie already had an entry there that stays. */
    private static boolean indexIn(Node trie, String name, KbEntry e) {
        Tokens t = Tokens.of(new TextNormalizer().normalize(name).text());
        if (t.count == 0) {
            return false;
        }
        Node n = trie;
        for (int i = 0; i < t.count; i++) {
            n = n.childOrNew(t.word[i]);
        }
        if (n.entry == null || (n.entry.isNonMention() && !e.isNonMention())) {
            n.entry = e;
            return true;
        }
        return false;
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge base resource " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(
                    file.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String col(String[] f, int i) {
        return i < f.length ? f[i].trim() : "";
    }

    private static List<String> split(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private void loadCountries() {
        Map<String, List<String>> variants = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<String[]> extra = rows("countries.tsv");
        for (String[] f : extra) {
            String code = col(f, 0);
            String surface = col(f, 1);
            String kind = col(f, 2);
            if ("name".equals(kind)) {
                variants.computeIfAbsent(code, k -> new ArrayList<>()).add(surface);
                if (col(f, 3).contains("ambiguous")) {
                    ambiguous.add(surface);
                }
            }
        }
        for (String code : Locale.getISOCountries()) {
            String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String name = display.replaceAll("\\s*\\(.*\\)", "").replace(" SAR China", "").trim();
            List<String> aliases = new ArrayList<>();
            if (name.contains(" - ") || name.contains("&")) {
                aliases.add(name.replace("&", "and"));
                List<String> v = variants.get(code);
                name = v != null && !v.isEmpty() ? v.get(0) : name.replace("&", "and");
            } else if (name.startsWith("St. ")) {
                aliases.add("Saint " + name.substring(4));
            }
            aliases.addAll(variants.getOrDefault(code, List.of()));
            aliases.remove(name);
            boolean amb = ambiguous.contains(name);
            KbEntry e = new KbEntry("country:" + code, EntityType.LOCATION, "country", name, code, aliases, amb);
            // index unambiguous variants normally; an ambiguous surface keeps its flag through a separate entry
            byId.put(e.id(), e);
            index(name, e);
            for (String a : aliases) {
                index(a, ambiguous.contains(a) ? new KbEntry(e.id(), e.type(), e.kind(), e.name(), code,
                        e.aliases(), true) : e);
            }
        }
        for (String[] f : extra) {
            String kind = col(f, 2);
            if ("demonym".equals(kind) || "prefix".equals(kind)) {
                String code = col(f, 0);
                add(new KbEntry(kind + ":" + col(f, 1), EntityType.LOCATION, kind, col(f, 1), code, List.of(),
                        false), true);
            }
        }
    }

    private void loadPlaces() {
        for (String[] f : rows("places.tsv")) {
            String kind = col(f, 0);
            String cc = col(f, 1);
            String name = col(f, 2);
            KbEntry e = new KbEntry("place:" + key(name).replace(' ', '-'), EntityType.LOCATION, kind, name,
                    "-".equals(cc) ? null : cc, split(col(f, 3)), col(f, 4).contains("ambiguous"));
            add(e, true);
        }
    }

    /**
     * Cities and first-level subdivisions of the generated gazetteer ({@code gazetteer.tsv.gz}, made by
     * {@code src/tools/gazetteer}): loaded last, so a name the hand-written base knows keeps its entry; a given name
     * ("Florence", "Victoria") is left out. The entries have a trie of their own ({@link #gazetteerRoot()}), which
     * only the entity engine's place rules read: every entry needs context in the text.
     */
    private void loadGazetteer() {
        for (String[] f : rows("gazetteer.tsv.gz")) {
            String name = col(f, 2);
            if (isGivenName(name) || byKey.containsKey(key(name))) {
                continue;
            }
            // kinds and country codes shared, and the entries kept only in the gazetteer's trie (no other lookup
            // reads them): some 97,000 names
            String cc = col(f, 1).intern();
            KbEntry e = new KbEntry("geo:" + cc + ":" + key(name).replace(' ', '-'), EntityType.LOCATION,
                    col(f, 0).intern(), name, "-".equals(cc) ? null : cc, split(col(f, 3)), true);
            indexIn(gazetteer, name, e);
            String comma = commaBelow(name);
            if (!comma.equals(name)) {
                indexIn(gazetteer, comma, e);
            }
            for (String alias : e.aliases()) {
                // a second name passes the same test as the first ("Maria" for "María", "Petra" for "Wādī Mūsá")
                if (!isGivenName(alias) && !byKey.containsKey(key(alias))) {
                    indexIn(gazetteer, alias, e);
                }
            }
        }
    }

    /**
     * GeoNames writes Romanian names with the cedilla ("Iaşi", "Timişoara"), Romanian text with the comma below
     * ("Iași", "Timișoara"): the second spelling of a name that has ş or ţ.
     */
    static String commaBelow(String name) {
        return name.replace('\u015F', '\u0219').replace('\u015E', '\u0218').replace('\u0163', '\u021B')
                .replace('\u0162', '\u021A');
    }

    private void loadOrganizations() {
        for (String[] f : rows("organizations.tsv")) {
            EntityType type = EntityType.valueOf(col(f, 1));
            String flags = col(f, 5);
            String kind = flags.contains("journal") ? "journal" : type.name().toLowerCase(Locale.ROOT);
            String cc = col(f, 2);
            KbEntry e = new KbEntry("org:" + col(f, 0), type, kind, col(f, 3), "-".equals(cc) ? null : cc,
                    split(col(f, 4)), flags.contains("ambiguous") || flags.contains("journal"));
            add(e, true);
        }
    }

    private void loadGivenNames() {
        addWords("given-names.txt", givenNames);
    }

    private void loadMoreGivenNames() {
        addWords("given-names-more.txt.gz", moreGivenNames);
        addWords("given-names-entities.txt", moreGivenNames);
    }

    private static void addWords(String file, Set<String> into) {
        into.addAll(wordList(file));
    }

    /**
     * Every word of a word list of the base ({@code file} under {@code org/citemeta/extract/kb/}, gzipped when its
     * name ends in ".gz"; {@link #rows}: comment and blank lines skipped; several words a line allowed). Also read by
     * the reference parser, which shares the given-name lists.
     */
    public static Set<String> wordList(String file) {
        Set<String> out = new HashSet<>();
        for (String[] f : rows(file)) {
            for (String w : f[0].trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Bridge to the normaliser's character mapping (same package rules everywhere). */
    private static final class TextNormalizerAccess {
        static char mapChar(char c) {
            return org.citemeta.extract.text.TextNormalizer.mapCharPublic(c);
        }
    }
}
