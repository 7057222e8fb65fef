package org.citemeta.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citemeta.extract.kb.KbEntry;
import org.citemeta.extract.kb.KnowledgeBase;

/**
 * Links a mention or a raw affiliation string to organisations of the knowledge base: candidates with a score and
 * a matching type, and a conservative {@code chosen} one (at most one; never an acronym alone without context to
 * support it: a country or city, the words before its bracket, or the context {@link AbstentionRules} reads). Names
 * are kept in a token trie (folded: lower case, no accents, punctuation as spaces);
 * countries and cities named in the text choose between organisations sharing a name, and the most specific
 * organisation named wins over its parent. Inactive and withdrawn organisations are candidates but never chosen
 * (ROR's affiliation matching answers active records unless asked for all); one that ROR says was succeeded by
 * exactly one active organisation links that successor, a retired school without a successor its one active parent.
 * Immutable and thread-safe once built; framework-free.
 */
public final class OrgLinker {

    /** Token trie node; {@code orgs} are the organisations whose name ends here. */
    private static final class Node {
        private Map<String, Node> next;
        private int[] orgs; // organisation index * 2 + 1 when the name is one of its labels
        private boolean generic;
        /** The name ending here is one only as the whole of its segment (the flagship campus of a state university). */
        private boolean segmentOnly;
        /** The name is one several organisations share without their cities (chosen only with a kin named). */
        private boolean shared;

        Node child(String w) {
            return next == null ? null : next.get(w);
        }
    }

    /** A folded token of the input with its segment (text between commas, semicolons, brackets) and offsets. */
    private record Tok(String w, String raw, int seg, int start, int end) {
    }

    /** A run of tokens that is a name of some organisations. */
    private record Span(int from, int to, int[] orgs, int[] labels, boolean generic, boolean derived) {
    }

    /** Names whose every word is this common (in more organisations' names) need a country or city to be chosen. */
    static final int GENERIC_DF = 120;

    private final OrgRecord[] orgs;
    private final Map<String, Integer> index;
    private final Node root;
    private final Map<String, int[]> acronyms;
    private final Map<String, String> countryNames;
    private final String[] cities;
    private final int[][] parents;
    private final int[][] children;
    private final int[] successor;
    /**
     * A retired organisation whose successor is a new one (a merger or a new name), not an older one that absorbed it:
     * established after it, or in a year not given and with two predecessors or more.
     */
    private final boolean[] newlyFounded;
    private final int nameCount;
    /** Common-terms index: every name as canonical word ids, the organisation (code) it names, postings, weights. */
    private final int[][] nameWords;
    private final int[] nameOrg;
    /** The names (indexes into {@code nameWords}) of each organisation. */
    private final int[][] orgNames;
    private final int[][] postings;
    private final float[] idf;
    private final Map<String, Integer> vocab;
    private final String[] words;
    /** Words of the cities and countries of the organisations. */
    private final Set<String> places;
    /** Adjectives of countries ("italian") and the country's ISO code. */
    private final Map<String, String> demonyms = new HashMap<>();
    /** "X" of a university named "X University" (or "X University in C", C its city): its schools are "X School of ...". */
    private final Map<String, int[]> schoolHeads;
    /** The heads that are proper names (no common word, place or stop word): "Yale", not "Washington" or "State". */
    private final Set<String> properHeads;

    private OrgLinker(Builder b) {
        this.orgs = b.orgs.toArray(new OrgRecord[0]);
        this.index = b.index;
        this.root = b.root;
        this.acronyms = new HashMap<>(b.acronyms.size() * 2);
        b.acronyms.forEach((k, v) -> acronyms.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.countryNames = b.countryNames;
        if (b.kb != null) {
            // the built-in base's country names and variants (not the ambiguous ones: "Jordan", "Georgia" ...)
            for (KbEntry e : b.kb.entries()) {
                if (!e.isCountry()) {
                    continue;
                }
                List<String> names = new ArrayList<>(e.aliases());
                names.add(e.name());
                for (String n : names) {
                    KbEntry indexed = b.kb.byName(n);
                    if (indexed != null && indexed.isCountry() && !indexed.ambiguous()) {
                        countryNames.putIfAbsent(fold(n), e.country());
                    }
                }
            }
        }
        if (b.kb != null) {
            for (KbEntry e : b.kb.entries()) {
                if ("demonym".equals(e.kind()) && e.country() != null && !fold(e.name()).contains(" ")) {
                    demonyms.putIfAbsent(fold(e.name()), e.country());
                }
            }
        }
        this.nameCount = b.names;
        this.vocab = b.vocab;
        this.words = new String[b.vocab.size()];
        b.vocab.forEach((w, id) -> words[id] = w);
        this.nameWords = b.nameWords.toArray(new int[0][]);
        this.nameOrg = b.nameOrg.stream().mapToInt(Integer::intValue).toArray();
        int[] perOrg = new int[b.orgs.size()];
        for (int o : nameOrg) {
            perOrg[o]++;
        }
        this.orgNames = new int[perOrg.length][];
        for (int o = 0; o < perOrg.length; o++) {
            orgNames[o] = new int[perOrg[o]];
        }
        Arrays.fill(perOrg, 0);
        for (int k = 0; k < nameOrg.length; k++) {
            orgNames[nameOrg[k]][perOrg[nameOrg[k]]++] = k;
        }
        int[] df = new int[words.length];
        for (int[] ws : nameWords) {
            for (int w : ws) {
                df[w]++;
            }
        }
        this.postings = new int[words.length][];
        for (int w = 0; w < words.length; w++) {
            postings[w] = new int[df[w]];
        }
        int[] fill = new int[words.length];
        for (int i = 0; i < nameWords.length; i++) {
            for (int w : nameWords[i]) {
                postings[w][fill[w]++] = i;
            }
        }
        this.idf = new float[words.length];
        for (int w = 0; w < words.length; w++) {
            idf[w] = (float) Math.log((nameWords.length + 1.0) / (df[w] + 0.5));
        }
        this.cities = new String[orgs.length];
        this.parents = new int[orgs.length][];
        for (int i = 0; i < orgs.length; i++) {
            cities[i] = orgs[i].city() == null ? null : fold(orgs[i].city());
            parents[i] = orgs[i].relations().stream().filter(r -> r.type().equals("parent"))
                    .map(r -> index.get(r.id())).filter(x -> x != null).mapToInt(Integer::intValue).toArray();
        }
        List<List<Integer>> ch = new ArrayList<>();
        for (int i = 0; i < orgs.length; i++) {
            ch.add(new ArrayList<>(0));
        }
        for (int i = 0; i < orgs.length; i++) {
            for (int p : parents[i]) {
                ch.get(p).add(i);
            }
        }
        this.children = new int[orgs.length][];
        this.successor = new int[orgs.length];
        this.newlyFounded = new boolean[orgs.length];
        for (int i = 0; i < orgs.length; i++) {
            children[i] = ch.get(i).stream().mapToInt(Integer::intValue).toArray();
            successor[i] = -1;
            if (!orgs[i].active()) {
                List<Integer> succ = orgs[i].relations().stream().filter(r -> r.type().equals("successor"))
                        .map(r -> index.get(r.id())).filter(x -> x != null && orgs[x].active()).toList();
                if (succ.size() == 1) {
                    successor[i] = succ.get(0);
                    Integer was = orgs[i].established();
                    Integer is = orgs[succ.get(0)].established();
                    // established after it, or in a year ROR does not give from two organisations or more (a merger)
                    newlyFounded[i] = was != null && is != null && is >= was || is == null && orgs[succ.get(0)].relations()
                            .stream().filter(r -> r.type().equals("predecessor")).count() >= 2;
                }
                // a retired school without one: its one active parent ("X School of Medicine", withdrawn: X University)
                if (succ.isEmpty() && orgs[i].types().contains("education")) {
                    int[] activeParents = Arrays.stream(parents[i]).filter(p -> orgs[p].active()).toArray();
                    if (activeParents.length == 1) {
                        successor[i] = activeParents[0];
                    }
                }
            }
        }
        freeze(root, true, b.df, b.places);
        this.places = Set.copyOf(b.places);
        this.schoolHeads = new HashMap<>();
        this.properHeads = new HashSet<>();
        b.schoolHeads.forEach((head, os) -> {
            schoolHeads.put(head, os.stream().mapToInt(Integer::intValue).toArray());
            boolean proper = true;
            for (String w : head.split(" ")) {
                proper &= !STOP.contains(w) && b.df.getOrDefault(w, 0) <= GENERIC_DF && !b.places.contains(w);
            }
            if (proper) {
                properHeads.add(head);
            }
        });
    }

    /** Marks generic names: every word common (a place name is never common: it locates the organisation). */
    private static void freeze(Node n, boolean generic, Map<String, Integer> df, Set<String> places) {
        n.generic = generic;
        if (n.next != null) {
            n.next = Map.copyOf(n.next);
            for (Map.Entry<String, Node> c : n.next.entrySet()) {
                String w = c.getKey();
                freeze(c.getValue(), generic && df.getOrDefault(w, 0) > GENERIC_DF && !places.contains(w), df, places);
            }
        }
    }

    /** Collects organisations, then {@link #build()}s the linker. Not thread-safe. */
    public static final class Builder {
        private final List<OrgRecord> orgs = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Node root = new Node();
        private final Map<String, List<Integer>> acronyms = new HashMap<>();
        private final Map<String, String> countryNames = new HashMap<>();
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, Integer> df = new HashMap<>();
        private final Set<String> places = new HashSet<>();
        private final Map<String, Integer> vocab = new HashMap<>();
        private final List<int[]> nameWords = new ArrayList<>();
        private final List<Integer> nameOrg = new ArrayList<>();
        private final KnowledgeBase kb;
        private final Map<String, Set<Integer>> schoolHeads = new HashMap<>();
        private int names;

        public Builder(KnowledgeBase kb) {
            this.kb = kb;
        }

        /** Adds (or replaces, by id) an organisation. */
        public Builder add(OrgRecord r) {
            Integer known = index.get(r.id());
            if (known != null) {
                orgs.set(known, r); // names of the replaced record stay indexed: rebuild for a clean base
                return this;
            }
            int i = orgs.size();
            orgs.add(r);
            index.put(r.id(), i);
            Set<String> seen = new HashSet<>();
            Set<String> words = new HashSet<>();
            for (OrgRecord.Name n : r.names()) {
                if (n.kind().equals("acronym")) {
                    String a = acronymKey(n.value());
                    if (a != null && seen.add("A" + a)) {
                        acronyms.computeIfAbsent(a, k -> new ArrayList<>(1)).add(i);
                    }
                    continue;
                }
                String f = fold(n.value());
                int code = i * 2 + (n.kind().equals("label") ? 1 : 0);
                String head = beforeDash(n.value());
                if (head != null && head.strip().indexOf(' ') < 0 && isCapitalised(head.strip())) {
                    // "QIT - Quillon Institute of Tides": an acronym before the dash, chosen only with a country (not a name)
                    String a = acronymKey(head.strip());
                    if (a != null && seen.add("A" + a)) {
                        acronyms.computeIfAbsent(a, k -> new ArrayList<>(1)).add(i);
                    }
                } else if (head != null) {
                    // "Leibniz Institute on Aging - Fritz Lipmann Institute" is written "Leibniz Institute on Aging"
                    cityLess.add(fold(head));
                    cityLessOrg.add(i);
                }
                List<String> forms = new ArrayList<>(f.startsWith("the ") ? List.of(f, f.substring(4)) : List.of(f));
                String bare = withoutCountry(n.value(), r.countryName());
                if (bare != null) {
                    forms.add(fold(bare)); // "Eli Lilly (United States)" is written "Eli Lilly"
                }
                for (String form : List.copyOf(forms)) {
                    String noZu = withoutZu(form);
                    if (noZu != null) {
                        forms.add(noZu); // "Universität zu Lübeck" is written "Universität Lübeck"
                    }
                }
                for (String form : List.copyOf(forms)) {
                    String joined = joinedInitials(form);
                    if (joined != null) {
                        forms.add(joined); // "U.S. Army ..." is written "US Army ..."
                    }
                }
                for (String form : forms) {
                    if (form.isEmpty() || !seen.add(form)) {
                        continue;
                    }
                    Node node = root;
                    for (String w : form.split(" ")) {
                        String t = tokens.computeIfAbsent(spelling(w), x -> x);
                        words.add(t);
                        if (node.next == null) {
                            node.next = new HashMap<>(2);
                        }
                        node = node.next.computeIfAbsent(t, x -> new Node());
                    }
                    node.orgs = node.orgs == null ? new int[] {code} : append(node.orgs, code);
                    names++;
                    cityLess(form, r.city(), i);
                    swapped(form, r.city(), i);
                    english(form, i);
                    // "Università degli Studi di Firenze" written "University of Firenze", "Technische Universität
                    // Dresden" "Technical University Dresden" (one name when no other has it)
                    for (String it : LinkChoiceRules.englishForms(form)) {
                        swapped.add(it);
                        swappedOrg.add(i);
                    }
                    schoolHead(form, r, i);
                    int[] cw = canonicalWords(form.split(" "), vocab, true);
                    if (cw.length >= 2) {
                        nameWords.add(cw);
                        nameOrg.add(i);
                    }
                }
            }
            for (String w : words) {
                df.merge(w, 1, Integer::sum);
            }
            if (r.country() != null && r.countryName() != null) {
                countryNames.putIfAbsent(fold(r.countryName()), r.country());
                places.addAll(List.of(fold(r.countryName()).split(" ")));
            }
            if (r.city() != null) {
                places.addAll(List.of(fold(r.city()).split(" ")));
            }
            return this;
        }

        /** A hyphen, an en dash and an em dash between spaces: "X - Y" is a name and a second one. */
        private static final List<String> SPACED_DASHES = List.of(" - ", " \u2013 ", " \u2014 ");

        /** The words of a name before a spaced dash; null when it has none. */
        private static String beforeDash(String name) {
            int d = -1;
            for (String dash : SPACED_DASHES) {
                int k = name.indexOf(dash);
                if (k > 0 && (d < 0 || k < d)) {
                    d = k;
                }
            }
            return d > 0 ? name.substring(0, d) : null;
        }

        /** The folded name without the "zu" before its last word ("universitat zu lubeck"); null when it has none. */
        private static String withoutZu(String form) {
            int k = form.lastIndexOf(" zu ");
            if (k <= 0 || form.indexOf(' ', k + 4) >= 0) {
                return null;
            }
            return form.substring(0, k) + form.substring(k + 3);
        }

        /** The folded name with its runs of single letters ("u s army") joined ("us army"); null when it has none. */
        private static String joinedInitials(String form) {
            String[] ws = form.split(" ");
            StringBuilder b = new StringBuilder();
            boolean joined = false;
            for (int k = 0; k < ws.length; k++) {
                boolean single = ws[k].length() == 1 && Character.isLetter(ws[k].charAt(0));
                boolean prevSingle = k > 0 && ws[k - 1].length() == 1 && Character.isLetter(ws[k - 1].charAt(0));
                if (single && prevSingle) {
                    b.append(ws[k]);
                    joined = true;
                } else {
                    b.append(b.length() > 0 ? " " : "").append(ws[k]);
                }
            }
            return joined ? b.toString() : null;
        }

        /** The name without the country ROR adds in brackets to company names ("Xenon Pharmaceuticals (Canada)"). */
        private static String withoutCountry(String name, String country) {
            String tail = country == null ? null : "(" + country + ")";
            if (tail == null || !name.endsWith(tail)) {
                return null;
            }
            String bare = name.substring(0, name.length() - tail.length()).strip();
            return bare.isEmpty() ? null : bare;
        }

        /** Remembers X of an active university named "X University" or "X University in/at C" (C its city). */
        private void schoolHead(String form, OrgRecord r, int org) {
            if (!r.active() || !r.types().contains("education")) {
                return;
            }
            String f = form;
            String c = r.city() == null ? "" : fold(r.city());
            for (String p : List.of(" in ", " at ")) {
                if (!c.isEmpty() && f.endsWith(" university" + p + c)) {
                    f = f.substring(0, f.length() - p.length() - c.length());
                }
            }
            if (!f.endsWith(" university")) {
                return;
            }
            String head = f.substring(0, f.length() - " university".length());
            String[] ws = head.split(" ");
            if (ws.length > 3) {
                return;
            }
            for (String w : ws) {
                if (w.isEmpty() || STOP.contains(w) || ORG_WORDS.contains(w) || UNIT_WORDS.contains(w) || UNIT_HEADS.contains(w)
                        || Character.isDigit(w.charAt(0))) {
                    return;
                }
            }
            schoolHeads.computeIfAbsent(head, x -> new HashSet<>()).add(org);
        }

        /** One organisation names the other as parent, child or related. */
        private boolean kin(int a, int b) {
            String ia = orgs.get(a).id();
            String ib = orgs.get(b).id();
            return orgs.get(a).relations().stream().anyMatch(r -> r.id().equals(ib) && !r.type().equals("successor")
                    && !r.type().equals("predecessor"))
                    || orgs.get(b).relations().stream().anyMatch(r -> r.id().equals(ia) && !r.type().equals("successor")
                    && !r.type().equals("predecessor"));
        }

        /**
         * {@code head} as a name of every organisation of {@code own}, on the terms of a city-less name: a distinctive
         * name that no organisation has yet, beginning no other's name but theirs and their kin's, not going on from
         * another's.
         */
        private void addShared(String head, Set<Integer> own) {
            if (!distinctive(head)) {
                return;
            }
            Node node = root;
            for (String w : head.split(" ")) {
                node = node.next == null ? null : node.next.get(tokens.getOrDefault(spelling(w), spelling(w)));
                if (node == null) {
                    break;
                }
                if (node.orgs != null && !onlyOrgs(node, own, false)) {
                    return; // another organisation's name begins it
                }
            }
            if (node != null && (node.orgs != null || !onlyOrgs(node, own, true))) {
                return;
            }
            node = path(head);
            node.orgs = own.stream().mapToInt(o -> o * 2).toArray();
            node.shared = true;
            names++;
        }

        /**
         * No organisation but those of {@code own} (and their kin, {@code kinToo}) has a name at or below this node.
         */
        private boolean onlyOrgs(Node n, Set<Integer> own, boolean kinToo) {
            if (n.orgs != null) {
                for (int o : n.orgs) {
                    if (!own.contains(o >> 1) && !(kinToo && own.stream().anyMatch(x -> kin(x, o >> 1)))) {
                        return false;
                    }
                }
            }
            if (n.next != null) {
                for (Node c : n.next.values()) {
                    if (!onlyOrgs(c, own, kinToo)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private final List<String> swapped = new ArrayList<>();
        private final List<Integer> swappedOrg = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();
        private final List<Integer> droppedOrg = new ArrayList<>();
        private final List<String> droppedName = new ArrayList<>();

        /**
         * "X University of C" as "C X University" and back, C the organisation's city, X one or two words; "University
         * Hospital C", "University Hospital of C", "C University Hospital" and "Universitätsklinikum C" as the other
         * three (English) ones.
         */
        private void swapped(String form, String city, int org) {
            String c = city == null ? "" : fold(city);
            if (c.isEmpty()) {
                return;
            }
            List<String> hospital = List.of("university hospital " + c, "university hospital of " + c,
                    c + " university hospital");
            if (hospital.contains(form) || form.equals("universitatsklinikum " + c)) {
                for (String h : hospital) {
                    if (!h.equals(form)) {
                        swapped.add(h);
                        swappedOrg.add(org);
                    }
                }
            }
            String ofCity = " university of " + c;
            if (form.endsWith(ofCity)) {
                String head = form.substring(0, form.length() - ofCity.length());
                int words = head.split(" ").length;
                if (!head.isEmpty() && !head.startsWith("the ")) {
                    if (words <= 2) {
                        swapped.add(c + " " + head + " university");
                        swappedOrg.add(org);
                    }
                    // "Philipps University of Marburg" as "University of Marburg" when the words dropped are a proper name
                    if (words <= 3) {
                        dropped.add(head);
                        droppedOrg.add(org);
                        droppedName.add(ofCity.substring(1));
                    }
                }
            } else if (form.startsWith(c + " ") && form.endsWith(" university")
                    && form.length() > c.length() + " university".length() + 1) {
                String head = form.substring(c.length() + 1, form.length() - " university".length());
                if (!head.isEmpty() && head.split(" ").length <= 2) {
                    swapped.add(head + ofCity);
                    swappedOrg.add(org);
                }
            }
        }

        /** "Université", "Universität", "Università", "Universidad", "Universidade" and "Universiteit" opening a name. */
        private static final List<String> UNIVERSITY_WORDS = List.of("universite ", "universitat ", "universita ",
                "universidad ", "universidade ", "universiteit ");

        /**
         * A name opening with "University" in another language and a proper name, not "of" ("Université Grenoble
         * Alpes"), also with the English word ("University Grenoble Alpes"), when no organisation has that name and no
         * other would get it too.
         */
        private void english(String form, int org) {
            for (String u : UNIVERSITY_WORDS) {
                if (form.startsWith(u) && form.length() > u.length()) {
                    String rest = form.substring(u.length());
                    if (!STOP.contains(rest.split(" ")[0])) {
                        swapped.add("university " + rest);
                        swappedOrg.add(org);
                    }
                }
            }
        }

        /** Names that end with the organisation's city, without it ("Johannes Gutenberg University"), and their org. */
        private final List<String> cityLess = new ArrayList<>();
        private final List<Integer> cityLessOrg = new ArrayList<>();

        /** Remembers {@code form} without its final city ("... Mainz", "... of Marburg"), added in {@link #build()}. */
        private void cityLess(String form, String city, int org) {
            String c = city == null ? "" : fold(city);
            if (c.isEmpty() || !form.endsWith(" " + c)) {
                return;
            }
            String head = form.substring(0, form.length() - c.length() - 1).strip();
            for (String tail : List.of(" of", " at", " in", " zu", " de", " di")) {
                if (head.endsWith(tail)) {
                    head = head.substring(0, head.length() - tail.length()).strip();
                }
            }
            String first = head.split(" ")[0];
            if (head.indexOf(' ') > 0 && !first.equals("the") && !UNIT_HEADS.contains(first) && !UNIT_WORDS.contains(first)) {
                cityLess.add(head);
                cityLessOrg.add(org);
            }
        }

        public OrgLinker build() {
            // a name without its city is one more alias when it is distinctive (a word that is not common), names no
            // other organisation, begins no other's name but its parent's, children's or related ones' ("University of
            // Massachusetts" of its campuses; "Radboud University" of its medical center is fine) and does not go on
            // from another's ("German Center for Neurodegenerative Diseases DZNE" of a site); so is the part of a name
            // before a spaced dash
            for (int k = 0; k < cityLess.size(); k++) {
                String head = cityLess.get(k);
                int own = cityLessOrg.get(k);
                if (!distinctive(head)) {
                    continue;
                }
                Node node = root;
                boolean foreignPrefix = false;
                for (String w : head.split(" ")) {
                    node = node.next == null ? null : node.next.get(tokens.getOrDefault(spelling(w), spelling(w)));
                    if (node == null) {
                        break;
                    }
                    foreignPrefix |= node.orgs != null && !onlyOrgs(node, Set.of(own), false);
                }
                if (foreignPrefix || node != null && (node.orgs != null || !onlyOrgs(node, Set.of(own), true))) {
                    continue;
                }
                node = path(head);
                node.orgs = new int[] {own * 2};
                names++;
            }
            flagships();
            // a name without its city that several organisations share ("Swiss Federal Institute of Technology" of
            // the one in Zurich and the one in Lausanne): a name of them all, when it begins no other's name
            for (Map.Entry<String, Set<Integer>> e : LinkChoiceRules.sharedCityLessNames(cityLess, cityLessOrg,
                    o -> orgs.get(o).active()).entrySet()) {
                addShared(e.getKey(), e.getValue());
            }
            // the city written on the other side ("Medical University of Vienna" / "Vienna Medical University"):
            // one more name when no organisation has it and no other organisation would have it too
            Map<String, Set<Integer>> swaps = new LinkedHashMap<>();
            for (int k = 0; k < swapped.size(); k++) {
                swaps.computeIfAbsent(swapped.get(k), x -> new HashSet<>()).add(swappedOrg.get(k));
            }
            // a name without a head that is a proper name ("Philipps"; not "Technical", "State", "Free")
            for (int k = 0; k < dropped.size(); k++) {
                boolean proper = true;
                for (String w : dropped.get(k).split(" ")) {
                    proper &= !STOP.contains(w) && df.getOrDefault(spelling(w), 0) <= GENERIC_DF && !places.contains(w);
                }
                if (proper) {
                    swaps.computeIfAbsent(droppedName.get(k), x -> new HashSet<>()).add(droppedOrg.get(k));
                }
            }
            for (Map.Entry<String, Set<Integer>> e : swaps.entrySet()) {
                if (e.getValue().size() != 1) {
                    continue;
                }
                Node node = root;
                for (String w : e.getKey().split(" ")) {
                    node = node == null || node.next == null ? null : node.next.get(tokens.getOrDefault(spelling(w), spelling(w)));
                }
                if (node != null && node.orgs != null) {
                    continue;
                }
                node = path(e.getKey());
                node.orgs = new int[] {e.getValue().iterator().next() * 2};
                names++;
            }
            return new OrgLinker(this);
        }

        /** Times as many children as any other campus the flagship of a state university has in the base. */
        static final int FLAGSHIP_CHILDREN = 10;

        /**
         * "University of X" shared by the city-less names of campuses ("University of North Carolina" of "... at Chapel
         * Hill" and "... at Charlotte"): one more name of the campus with children in the base, at least ten times as
         * many as any other (the flagship), when no organisation has that name; a name only as the whole of its segment
         * ("University of Texas Dallas" names another campus).
         */
        private void flagships() {
            int[] kids = new int[orgs.size()];
            for (OrgRecord r : orgs) {
                for (OrgRecord.Relation rel : r.relations()) {
                    Integer p = index.get(rel.id());
                    if (rel.type().equals("parent") && p != null) {
                        kids[p]++;
                    }
                }
            }
            Map<String, Set<Integer>> shared = new LinkedHashMap<>();
            for (int k = 0; k < cityLess.size(); k++) {
                if (cityLess.get(k).startsWith("university of ") && orgs.get(cityLessOrg.get(k)).active()) {
                    shared.computeIfAbsent(cityLess.get(k), x -> new HashSet<>()).add(cityLessOrg.get(k));
                }
            }
            for (Map.Entry<String, Set<Integer>> e : shared.entrySet()) {
                int top = -1;
                int next = 0;
                for (int o : e.getValue()) {
                    if (top < 0 || kids[o] > kids[top]) {
                        next = top < 0 ? 0 : Math.max(next, kids[top]);
                        top = o;
                    } else {
                        next = Math.max(next, kids[o]);
                    }
                }
                if (e.getValue().size() < 2 || kids[top] < 2 || kids[top] < FLAGSHIP_CHILDREN * next
                        || !distinctive(e.getKey())) {
                    continue;
                }
                Node node = path(e.getKey());
                if (node.orgs == null) {
                    node.orgs = new int[] {top * 2};
                    node.segmentOnly = true;
                    names++;
                }
            }
        }

        /** A word of the name is not common (a place name may be). */
        private boolean distinctive(String name) {
            for (String w : name.split(" ")) {
                if (!STOP.contains(w) && df.getOrDefault(spelling(w), 0) <= GENERIC_DF) {
                    return true;
                }
            }
            return false;
        }

        /** The trie node of a folded name, made with the nodes before it when missing. */
        private Node path(String form) {
            Node node = root;
            for (String w : form.split(" ")) {
                String t = tokens.computeIfAbsent(spelling(w), x -> x);
                if (node.next == null) {
                    node.next = new HashMap<>(2);
                }
                node = node.next.computeIfAbsent(t, x -> new Node());
            }
            return node;
        }
    }

    /** Words that carry no meaning in a name. */
    private static final Set<String> STOP = Set.of("of", "the", "and", "de", "la", "le", "les", "der", "die", "das",
            "fur", "di", "du", "des", "del", "da", "do", "dos", "for", "at", "in", "y", "e", "et", "und", "a", "an", "on");
    /** The same word in other languages and abbreviations (common-terms matching only). */
    private static final Map<String, String> CANON = Map.ofEntries(
            Map.entry("universite", "university"), Map.entry("universitat", "university"),
            Map.entry("universidad", "university"), Map.entry("universita", "university"),
            Map.entry("universidade", "university"), Map.entry("universiteit", "university"),
            Map.entry("univ", "university"), Map.entry("uni", "university"), Map.entry("universitaet", "university"),
            Map.entry("institut", "institute"), Map.entry("instituto", "institute"), Map.entry("istituto", "institute"),
            Map.entry("inst", "institute"), Map.entry("centre", "center"), Map.entry("centro", "center"),
            Map.entry("zentrum", "center"), Map.entry("ctr", "center"), Map.entry("hopital", "hospital"),
            Map.entry("hospital", "hospital"), Map.entry("ospedale", "hospital"), Map.entry("hosp", "hospital"),
            Map.entry("nacional", "national"), Map.entry("nationale", "national"), Map.entry("nazionale", "national"),
            Map.entry("natl", "national"), Map.entry("dept", "department"), Map.entry("departement", "department"),
            Map.entry("departamento", "department"), Map.entry("dipartimento", "department"),
            Map.entry("tech", "technology"), Map.entry("technol", "technology"), Map.entry("sci", "science"),
            Map.entry("sciences", "science"), Map.entry("ciencias", "science"),
            Map.entry("med", "medical"), Map.entry("medicine", "medical"), Map.entry("research", "research"),
            Map.entry("st", "saint"), Map.entry("ste", "saint"), Map.entry("technische", "technical"),
            Map.entry("technical", "technical"), Map.entry("tecnologia", "technology"),
            Map.entry("college", "college"), Map.entry("coll", "college"), Map.entry("lab", "laboratory"),
            Map.entry("laboratoire", "laboratory"), Map.entry("laboratorio", "laboratory"), Map.entry("labs", "laboratory"));

    /** Canonical word ids of a name (stop words and numbers dropped); unknown words get -1 unless {@code add}. */
    private static int[] canonicalWords(String[] ws, Map<String, Integer> vocab, boolean add) {
        int[] out = new int[ws.length];
        int n = 0;
        for (String w : ws) {
            if (w.isEmpty() || STOP.contains(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            String c = CANON.getOrDefault(w, w);
            Integer id = vocab.get(c);
            if (id == null && add) {
                id = vocab.size();
                vocab.put(c, id);
            }
            int v = id == null ? -1 : id;
            boolean dup = false;
            for (int k = 0; k < n; k++) {
                dup |= out[k] == v && v >= 0;
            }
            if (!dup) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Two spellings of one word: equal, one a prefix (5+ letters) of the other, or one edit apart (6+ letters). */
    private static boolean near(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.min(la, lb) >= 5 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        if (Math.min(la, lb) < 6 || Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    /**
     * Candidates of one segment by the weighted words it shares with names (COMMON_TERMS, FUZZY when spelled apart).
     * {@code within} receives the organisations one of whose names (two words or more) the segment holds whole, with
     * only generic words added ("Fred Hutchinson Cancer Research Center" holds "Fred Hutchinson Cancer Center").
     */
    private List<LinkCandidate> commonTerms(String[] segWords, String substring, Set<Integer> within) {
        int[] q = canonicalWords(segWords, vocab, false);
        if (q.length < 2) {
            return List.of();
        }
        double qWeight = 0;
        String[] qWords = new String[q.length];
        for (int k = 0; k < q.length; k++) {
            qWeight += q[k] >= 0 ? idf[q[k]] : MAX_IDF;
        }
        int k0 = 0;
        for (String w : segWords) {
            if (w.isEmpty() || STOP.contains(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            if (k0 < qWords.length) {
                qWords[k0++] = CANON.getOrDefault(w, w);
            }
        }
        Map<Integer, Integer> hits = new HashMap<>();
        for (int w : q) {
            if (w >= 0 && postings[w].length <= MAX_POSTINGS) {
                for (int name : postings[w]) {
                    hits.merge(name, 1, Integer::sum);
                }
            }
        }
        List<LinkCandidate> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
            int[] nw = nameWords[h.getKey()];
            if (h.getValue() * 2 < Math.min(nw.length, q.length)) {
                continue;
            }
            double nWeight = 0;
            for (int w : nw) {
                nWeight += idf[w];
            }
            double common = 0;
            double adjust = 0;
            boolean fuzzy = false;
            boolean[] used = new boolean[nw.length];
            for (int k = 0; k < q.length; k++) {
                for (int m = 0; m < nw.length; m++) {
                    if (used[m]) {
                        continue;
                    }
                    if (q[k] >= 0 && q[k] == nw[m]) {
                        used[m] = true;
                        common += idf[nw[m]];
                        break;
                    }
                }
            }
            for (int k = 0; k < q.length; k++) {
                if (q[k] >= 0 && contains(nw, q[k])) {
                    continue;
                }
                for (int m = 0; m < nw.length; m++) {
                    if (!used[m] && qWords[k] != null && near(qWords[k], words[nw[m]])) {
                        used[m] = true;
                        common += idf[nw[m]] * 0.9;
                        if (q[k] < 0) {
                            adjust += MAX_IDF - idf[nw[m]]; // an unknown spelling weighs what it stands for
                        }
                        fuzzy = true;
                        break;
                    }
                }
            }
            double sim = common / Math.max(qWeight - adjust, nWeight);
            if (!fuzzy && nw.length >= 2 && sim >= COMMON_MIN) {
                boolean whole = true;
                for (boolean u : used) {
                    whole &= u;
                }
                for (int k = 0; whole && k < q.length; k++) {
                    whole = q[k] >= 0 && (contains(nw, q[k]) || GENERIC_EXTRA.contains(words[q[k]]));
                }
                if (whole) {
                    within.add(nameOrg[h.getKey()]);
                }
            }
            if (sim >= COMMON_MIN) {
                out.add(new LinkCandidate(orgs[nameOrg[h.getKey()]], round(0.9 * sim),
                        fuzzy ? MatchingType.FUZZY : MatchingType.COMMON_TERMS, substring, false));
            }
        }
        return out;
    }

    /** Words that make a phrase the name of an organisation rather than a place or a subject. */
    private static final Set<String> ORG_WORDS = Set.of("university", "universitat", "universite", "universidad",
            "universita", "universidade", "college", "institute", "institut", "instituto", "istituto", "hospital",
            "center", "school", "academy", "laboratory", "laboratories", "foundation", "clinic", "council", "agency",
            "ministry", "society", "company", "corporation", "inc", "ltd", "gmbh", "museum", "library", "observatory",
            "centrum", "zentrum", "centro");

    /** Words a name may add to the text of a common-terms match that is chosen without a country. */
    private static final Set<String> GENERIC_EXTRA = Set.of("institute", "research", "university", "center", "college",
            "foundation", "school", "and", "of", "the", "for", "inc", "ltd", "gmbh", "medicine", "medical");

    /**
     * The name is the text (two words or more) and generic words only ("Scripps Research" of "Scripps Research
     * Institute"): no place or other distinctive word of the name is missing from the text.
     */
    private static boolean extension(String text, String name) {
        Set<String> t = contentWords(text);
        Set<String> n = contentWords(name);
        if (t.size() < 2 || !n.containsAll(t)) {
            return false;
        }
        n.removeAll(t);
        return !n.isEmpty() && GENERIC_EXTRA.containsAll(n);
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : fold(s).split(" ")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(spelling(w));
            }
        }
        return out;
    }

    /** A common-terms match this close is chosen without a country ("University of Nebraska Omaha"). */
    static final double COMMON_TERMS_ALONE = 0.899;
    /** Words before a name in its segment saying the affiliation is another organisation ("corporate member of"). */
    private static final Set<String> MEMBERSHIP = Set.of("member", "affiliated", "venture", "partner");

    /**
     * A system of institutions ("University of California System") matched by fewer words: a campus is meant, so
     * the system is no choice for "University of California" alone.
     */
    private static boolean umbrella(String name, String text) {
        return fold(name).contains(" system") && !fold(text).contains(" system");
    }

    /** Share of the weighted words a name and a segment must have in common to be a candidate. */
    static final double COMMON_MIN = 0.8;
    /** ... and to be chosen (with the organisation's country named in the string). */
    static final double COMMON_CHOOSE = 0.85;
    private static final float MAX_IDF = 12f;
    private static final int MAX_POSTINGS = 1_000;

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    public static Builder builder(KnowledgeBase kb) {
        return new Builder(kb);
    }

    public int size() {
        return orgs.length;
    }

    public int nameCount() {
        return nameCount;
    }

    public OrgRecord get(String id) {
        Integer i = index.get(id);
        return i == null ? null : orgs[i];
    }

    // ---- folding ------------------------------------------------------------------------------------------

    /** Lower case, accents removed, '&' as "and", apostrophes dropped, other punctuation as spaces. */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        foldInto(s, 0, s.length(), b);
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }

    private static void foldInto(String s, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            appendFolded(s.charAt(i), b);
        }
    }

    private static void appendFolded(char c, StringBuilder b) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (c == '\'') {
                return;
            } else if (c == '&') {
                space(b);
                b.append("and ");
            } else {
                space(b);
            }
            return;
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        for (int k = 0; k < d.length(); k++) {
            char x = d.charAt(k);
            if (Character.getType(x) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(x)) {
                switch (x) {
                    case 'ß' -> b.append("ss");
                    case 'ł', 'Ł' -> b.append('l');
                    case 'ø', 'Ø' -> b.append('o');
                    case 'đ', 'Đ' -> b.append('d');
                    case 'æ', 'Æ' -> b.append("ae");
                    case 'œ', 'Œ' -> b.append("oe");
                    case 'ı' -> b.append('i');
                    default -> b.append(Character.toLowerCase(x));
                }
            } else if (x < 128) {
                appendFolded(x, b);
            } else {
                space(b);
            }
        }
    }

    /** One spelling of words written two ways in names (British and American English, "Centre" / "Center"). */
    private static final Map<String, String> SPELLING = Map.of("centre", "center", "centres", "centers",
            "programme", "program", "programmes", "programs", "organisation", "organization",
            "organisations", "organizations", "paediatric", "pediatric", "paediatrics", "pediatrics",
            "agriculture", "agricultural"); // "X Agriculture University" for "X Agricultural University", and back

    static String spelling(String w) {
        String l = latin(w);
        return SPELLING.getOrDefault(l, l);
    }

    /** The quotation marks that open or close a quoted name. */
    private static final String QUOTES = "\"\u201C\u201D\u00AB\u00BB\u201E";

    /**
     * The words between quotation marks inside a segment ("FSBEI of HE «Zorkutsk State University»"), two or more and
     * not the whole segment, as one more range for the common-terms look-up.
     */
    private static void quoted(String text, List<Tok> toks, int[] segStart, int[] segEnd, List<int[]> ranges) {
        int n = toks.size();
        int i = 0;
        while (i < n) {
            int open = -1;
            for (int k = i; k < segEnd[i]; k++) {
                boolean quoteBefore = charBetween(text, k == 0 ? 0 : toks.get(k - 1).end(), toks.get(k).start(), QUOTES);
                if (quoteBefore && open >= 0) {
                    if (k - open >= 2 && (open > segStart[i] || k < segEnd[i])) {
                        ranges.add(new int[] {open, k});
                    }
                    open = -1;
                } else if (quoteBefore) {
                    open = k;
                }
            }
            int last = segEnd[i] - 1;
            int after = last + 1 < n ? toks.get(last + 1).start() : text.length();
            boolean quoteAfter = charBetween(text, toks.get(last).end(), after, QUOTES);
            if (open >= 0 && quoteAfter && segEnd[i] - open >= 2 && open > segStart[i]) {
                ranges.add(new int[] {open, segEnd[i]});
            }
            i = segEnd[i];
        }
    }

    /** Cyrillic letters that look like Latin ones, lower case, and the Latin letter each is mistaken for. */
    private static final String CYRILLIC_LOOKALIKES = "аеорсухіјѕ";
    private static final String LATIN_LOOKALIKES = "aeopcyxijs";

    /**
     * A Latin word with a Cyrillic look-alike letter inside ("Stаte" typed with a Cyrillic "а") in Latin letters; a
     * word without a Latin letter (a Cyrillic word) stays as it is.
     */
    static String latin(String w) {
        boolean lat = false;
        boolean cyr = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            lat |= c >= 'a' && c <= 'z';
            cyr |= CYRILLIC_LOOKALIKES.indexOf(c) >= 0;
        }
        if (!lat || !cyr) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int k = CYRILLIC_LOOKALIKES.indexOf(c);
            b.append(k >= 0 ? LATIN_LOOKALIKES.charAt(k) : c);
        }
        return b.toString();
    }

    private static void space(StringBuilder b) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
        }
    }

    /** The acronyms (as indexed) of the words in capitals joined to token {@code ti} by a dash: "MRC" of "MRC-LMB". */
    private static Set<String> joinedAcronyms(String text, List<Tok> toks, int ti) {
        Set<String> out = new HashSet<>();
        for (int k : new int[] {ti - 1, ti + 1}) {
            if (k < 0 || k >= toks.size() || !isCapitalised(toks.get(k).raw()) || acronymKey(toks.get(k).raw()) == null) {
                continue;
            }
            String gap = k < ti ? text.substring(toks.get(k).end(), toks.get(ti).start())
                    : text.substring(toks.get(ti).end(), toks.get(k).start());
            if (AbstentionRules.joiningDash(gap)) {
                out.add(acronymKey(toks.get(k).raw()));
            }
        }
        return out;
    }

    /** The acronyms of an organisation's parents in ROR, as indexed. */
    private List<String> parentAcronyms(int o) {
        List<String> out = new ArrayList<>();
        for (int p : parents[o]) {
            for (OrgRecord.Name nm : orgs[p].names()) {
                if (nm.kind().equals("acronym")) {
                    out.add(acronymKey(nm.value()));
                }
            }
        }
        return out;
    }

    /** Acronym as indexed: letters and digits only, upper case; null when it has fewer than two letters. */
    static String acronymKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
                letters += Character.isLetter(c) ? 1 : 0;
            } else if (c != '.' && c != '-' && c != '&' && c != ' ') {
                return null;
            }
        }
        return letters >= 2 ? b.toString() : null;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == '|' || c == '\n'
                || c == '\r' || c == ':' || c == '/';
    }

    private static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int seg = 0;
        int start = -1;
        boolean sawSep = false;
        int i = 0;
        while (i <= s.length()) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean sep = i < s.length() && isSeparator(c);
            int before = b.length();
            if (!sep) {
                appendFolded(c, b);
            }
            // a token ends where folding produced a space (or a separator / the end came)
            int sp = b.indexOf(" ");
            while (sp >= 0 || (sep && b.length() > 0)) {
                String w = sp >= 0 ? b.substring(0, sp) : b.toString();
                b.delete(0, sp >= 0 ? sp + 1 : b.length());
                if (!w.isEmpty()) {
                    if (sawSep && !out.isEmpty()) {
                        seg++;
                    }
                    sawSep = false;
                    int st = start < 0 ? i : start;
                    out.add(new Tok(spelling(w), s.substring(st, Math.max(st, i)).strip(), seg, st, i));
                }
                start = -1;
                sp = b.indexOf(" ");
            }
            if (sep) {
                sawSep = true;
                start = -1;
            } else if (b.length() > 0 && start < 0 && before == 0) {
                start = i;
            }
            i++;
        }
        return out;
    }

    // ---- linking ------------------------------------------------------------------------------------------

    /** Links a raw affiliation string. */
    public List<LinkCandidate> match(String text) {
        return match(text, Set.of());
    }

    /**
     * Links {@code text}; {@code contextCountries} (ISO codes of the document around a mention, the country the
     * mention is known to be in) support acronyms and choose between organisations sharing a name.
     */
    public List<LinkCandidate> match(String text, Set<String> contextCountries) {
        return match(text, contextCountries, true);
    }

    /** {@code commonTerms}: also look for names sharing most words (not needed to link an entity by its name). */
    private List<LinkCandidate> match(String text, Set<String> contextCountries, boolean commonTerms) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        text = entities(text);
        List<Tok> toks = tokenize(text);
        int n = toks.size();
        if (n == 0) {
            return List.of();
        }
        int[] segStart = new int[n];
        int[] segEnd = new int[n];
        for (int i = 0; i < n; i++) {
            segStart[i] = i > 0 && toks.get(i - 1).seg() == toks.get(i).seg() ? segStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            segEnd[i] = i < n - 1 && toks.get(i + 1).seg() == toks.get(i).seg() ? segEnd[i + 1] : i + 1;
        }
        // 1. names: every run of tokens that is a name (single words only as a whole segment)
        List<Span> spans = new ArrayList<>();
        Set<Span> sharedSpans = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            Node node = root;
            for (int j = i; j < n; j++) {
                node = node.child(toks.get(j).w());
                if (node == null) {
                    break;
                }
                if (j > i && bracketBetween(text, toks.get(j - 1), toks.get(j))) {
                    break; // a name does not go on past a bracket: "(LIFE), University of Leipzig" is no "Life University"
                }
                if (node.orgs != null && !(node.segmentOnly && j + 1 != segEnd[i])) {
                    boolean single = j == i;
                    // "X and <name>", "X and Y Centre for ...": two organisations, X no head of a longer name
                    boolean cut = j + 1 < segEnd[i] && CONTINUATIONS.contains(toks.get(j + 1).w())
                            && !ofOwnCountry(toks, j + 1, segEnd[i], node.orgs) // not "... Council of Italy"
                            && !(toks.get(j + 1).w().equals("and")
                                && (nameStartsAt(toks, j + 2) || orgWordIn(toks, j + 2, segEnd[i])));
                    if (!cut && (!single || (segStart[i] == i && (segEnd[i] == i + 1 || companySuffix(toks, i + 1, segEnd[i])
                            || numbersOnly(toks, i + 1, segEnd[i]))))) {
                        int[] os = new int[node.orgs.length];
                        int[] ls = new int[node.orgs.length];
                        for (int k = 0; k < os.length; k++) {
                            os[k] = node.orgs[k] >> 1;
                            ls[k] = node.orgs[k] & 1;
                        }
                        Span span = new Span(i, j + 1, os, ls, node.generic, false);
                        spans.add(span);
                        if (node.shared) {
                            sharedSpans.add(span);
                        }
                    }
                }
            }
        }
        // a school named by the head of its university's name ("Yale School of Public Health", "Washington University
        // School of Medicine"): the university, when no name covers those words
        if (!schoolHeads.isEmpty()) {
            schoolSpans(toks, segEnd, spans);
        }
        // drop spans strictly inside a longer matched span
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) {
            boolean inside = false;
            for (Span o : spans) {
                if (o != s && o.from() <= s.from() && o.to() >= s.to() && (o.to() - o.from()) > (s.to() - s.from())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(s);
            }
        }
        // 2. countries named in the text (segment tails, not inside an organisation's name)
        Set<String> countries = new HashSet<>();
        boolean[] countryWord = new boolean[n]; // the words of a country ending a segment ("Beijing 100049 China")
        for (int i = 0; i < n; i++) {
            if (segEnd[i] != i + 1) {
                continue;
            }
            // the longest tail that is a country ("Papua New Guinea", not Guinea as well), and none after "New": "New
            // Jersey", "New Mexico" and "New South Wales" are no countries
            StringBuilder tail = new StringBuilder();
            String found = null;
            int foundFrom = -1;
            for (int k = i; k >= Math.max(segStart[i], i - 3); k--) {
                tail.insert(0, toks.get(k).w() + (tail.length() > 0 ? " " : ""));
                String cc = country(tail.toString());
                if (cc != null && !insideName(kept, k, i + 1)) {
                    found = cc;
                    foundFrom = k;
                }
            }
            for (int k = found == null ? i + 1 : foundFrom; k <= i; k++) {
                countryWord[k] = true;
            }
            boolean pair = false; // "Israel–Canada", "Sino-German": two countries joined by a dash name a partnership
            if (found != null && foundFrom > segStart[i]) {
                String gap = text.substring(toks.get(foundFrom - 1).end(), toks.get(foundFrom).start());
                pair = (gap.equals("-") || gap.equals("\u2013") || gap.equals("\u2010")) && country(toks.get(foundFrom - 1).w()) != null;
            }
            if (found != null && !pair && !(foundFrom > segStart[i] && toks.get(foundFrom - 1).w().equals("new"))) {
                countries.add(found);
            }
        }
        String folded = outsideNames(toks, kept, countryWord);
        Map<Integer, LinkCandidate> best = new LinkedHashMap<>();
        Set<Integer> named = new HashSet<>();
        for (Span s : kept) {
            for (int o : s.orgs()) {
                named.add(o);
            }
        }
        // 3. score name candidates and resolve each span to at most one organisation
        List<int[]> resolved = new ArrayList<>(); // {org, spanIndex}
        Map<Span, Integer> keptIndex = new java.util.IdentityHashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            keptIndex.put(kept.get(k), k);
        }
        for (Span s : spans) {
            int si = keptIndex.getOrDefault(s, -1);
            boolean whole = s.from() == 0 && s.to() == n;
            boolean aligned = segStart[s.from()] == s.from() && segEnd[s.to() - 1] == s.to();
            MatchingType type = s.derived() ? MatchingType.HEURISTICS : whole ? MatchingType.EXACT : MatchingType.PHRASE;
            double base = whole ? 1.0 : aligned ? 0.95 : 0.8;
            String sub = text.substring(toks.get(s.from()).start(), toks.get(s.to() - 1).end()).strip();
            int bestOrg = -1;
            int bestSupport = Integer.MIN_VALUE;
            int ties = 0;
            int[] supports = new int[s.orgs().length];
            String demonymCc = segStart[s.from()] < s.from() ? demonyms.get(toks.get(s.from() - 1).w()) : null;
            for (int k = 0; k < s.orgs().length; k++) {
                int o = s.orgs()[k];
                int support = support(o, countries, contextCountries, folded, named) + s.labels()[k];
                if (demonymCc != null && demonymCc.equals(orgs[o].country())) {
                    support += 4; // "Italian National Research Council": the adjective of its country
                }
                for (int other : s.orgs()) {
                    if (other != o && contains(parents[other], o)) {
                        support += 1; // the head of organisations sharing its name ("EMBL" and its sites)
                        break;
                    }
                }
                double score = Math.max(0, Math.min(1, base + 0.01 * support - (s.generic() ? 0.2 : 0)));
                if (!countries.isEmpty() && orgs[o].country() != null && !countries.contains(orgs[o].country())) {
                    score = base * 0.5;
                }
                put(best, o, new LinkCandidate(orgs[o], round(score), type, sub, false));
                supports[k] = support;
                if (!orgs[o].active() && successor[o] < 0) {
                    // a candidate, never the choice (ROR's matcher answers active records only); one with a
                    // successor competes, and its successor is chosen in its place (step 6)
                    supports[k] = Integer.MIN_VALUE;
                    continue;
                }
                if (support > bestSupport) {
                    bestSupport = support;
                    bestOrg = o;
                    ties = 1;
                } else if (support == bestSupport) {
                    ties++;
                }
            }
            if (ties > 1) {
                // namesakes the text does not tell apart: the one whose own display name this is, not a translation or
                // an alias of it ("Institute of Cancer Research" in London, not a French institute with that English
                // label), before the one with children (an alias of the parent's: "City of X", the parent "City of X
                // National Medical Center")
                String matched = phrase(toks, s.from(), s.to());
                int own = -1;
                int owners = 0;
                for (int k = 0; k < s.orgs().length; k++) {
                    if (supports[k] == bestSupport && displayName(s.orgs()[k]).equals(matched)) {
                        own = s.orgs()[k];
                        owners++;
                    }
                }
                if (owners == 1) {
                    bestOrg = own;
                    ties = 1;
                }
            }
            if (ties > 1) {
                // namesakes nothing in the text tells apart: the one with children in the base, at least twice as
                // many as any other ("Northwestern University" in Evanston, not its namesake in the Philippines)
                int top = -1;
                int topKids = -1;
                int nextKids = -1;
                for (int k = 0; k < s.orgs().length; k++) {
                    int o = s.orgs()[k];
                    if (supports[k] != bestSupport) {
                        continue;
                    }
                    int kids = children[o].length;
                    if (kids > topKids) {
                        nextKids = topKids;
                        topKids = kids;
                        top = o;
                    } else if (kids > nextKids) {
                        nextKids = kids;
                    }
                }
                if (topKids >= 1 && topKids >= 2 * Math.max(nextKids, 0)) {
                    bestOrg = top;
                    ties = 1;
                }
            }
            boolean unitName = UNIT_HEADS.contains(toks.get(s.from()).w());
            // the subject of a unit ("Department of Molecular Microbiology"), not the organisation of that name
            boolean subject = s.from() >= 2 && toks.get(s.from() - 1).w().equals("of")
                    && UNIT_HEADS.contains(toks.get(s.from() - 2).w()) && segStart[s.from()] <= s.from() - 2
                    && !orgWordIn(toks, s.from(), s.to());
            // the tail of a longer name the base does not know ("Fred Hutchinson Cancer Research Center", "Research
            // Institute of Chemical Technology"): a plain capitalised word right before it, space-separated, in its
            // segment ("Imagine-Institut Pasteur", "IMol Polish Academy of Sciences" and "X – University" still link)
            boolean truncated = false;
            if (segStart[s.from()] < s.from()) {
                Tok prev = toks.get(s.from() - 1);
                String raw = prev.raw();
                truncated = raw.length() > 1 && Character.isUpperCase(raw.charAt(0))
                        && raw.substring(1).chars().allMatch(Character::isLowerCase)
                        && text.substring(prev.end(), toks.get(s.from()).start()).isBlank()
                        && !UNIT_HEADS.contains(prev.w()) && !STOP.contains(prev.w())
                        && !ORG_WORDS.contains(prev.w()); // "University Hospital RWTH Aachen": a unit of RWTH Aachen
                for (int k = segStart[s.from()]; truncated && k < s.from(); k++) {
                    truncated = !UNIT_HEADS.contains(toks.get(k).w()); // "Department of Petroleum Engineering X University"
                    // "Center for Emerging Diseases X University": the segment opens with the unit's own name
                    if (k == segStart[s.from()] && k + 2 < s.from()
                            && UNIT_NAME_HEADS.contains(toks.get(k).w()) && UNIT_NAME_LINKS.contains(toks.get(k + 1).w())) {
                        truncated = false;
                    }
                }
                // the subjects of a unit listed on after a comma: "Department of Microbiology, Immunology and Genetics X
                // University" (the segment before opens with "Department of", this one has "and" before the name)
                if (truncated && segStart[s.from()] > 0) {
                    int ps = segStart[segStart[s.from()] - 1];
                    boolean and = false;
                    for (int k = segStart[s.from()]; k < s.from(); k++) {
                        and |= toks.get(k).w().equals("and");
                    }
                    if (and && UNIT_HEADS.contains(toks.get(ps).w()) && ps + 1 < n && toks.get(ps + 1).w().equals("of")) {
                        truncated = false;
                    }
                }
                for (Span o : kept) {
                    truncated &= o.to() != s.from(); // another name ends right before: "Campus Condorcet Université de Limoges"
                }
                truncated &= !(demonymCc != null && bestOrg >= 0 && demonymCc.equals(orgs[bestOrg].country()));
            }
            // the head of a longer name: a site or programme named after the organisation, the rest of the segment
            // capitalised words ending with "Campus", "Programme" or "Unit" ("Wellcome Trust Genome Campus", "KEMRI-
            // Wellcome Trust Research Programme"); a university's campus is the university ("X University South Campus")
            int end = segEnd[s.from()];
            if (s.to() + 1 < end && SITE_ENDS.contains(toks.get(end - 1).w())
                    && !(toks.get(end - 1).w().equals("campus") && bestOrg >= 0 && orgs[bestOrg].types().contains("education"))) {
                boolean capitalised = true;
                for (int k = s.to(); k < end; k++) {
                    String raw = toks.get(k).raw();
                    capitalised &= raw.length() > 1 && Character.isUpperCase(raw.charAt(0))
                            && text.substring(toks.get(k - 1).end(), toks.get(k).start()).isBlank();
                }
                truncated |= capitalised;
            }
            truncated |= initialFollows(text, toks, s.to(), segEnd[s.from()]);
            truncated |= hospitalNamedAfter(text, toks, s.to(), segEnd[s.from()]);
            // a name several organisations share without their cities: only with a parent or child of one named
            if (sharedSpans.contains(s) && bestOrg >= 0 && !LinkChoiceRules.sharedNameChosen(parents[bestOrg],
                    children[bestOrg], named)) {
                ties = 2;
            }
            if (si >= 0 && !truncated && !subject && ties == 1 && bestSupport > -50 && (!(s.generic() || unitName) || bestSupport >= 2
                    || whole && unitName && !s.generic())) { // the whole string is the unit's name
                int site = childAtPlace(toks, s.to(), segEnd[s.from()], bestOrg);
                if (site >= 0) {
                    String siteText = text.substring(toks.get(s.from()).start(), toks.get(segEnd[s.from()] - 1).end()).strip();
                    put(best, site, new LinkCandidate(orgs[site], round(base), MatchingType.HEURISTICS, siteText, false));
                    bestOrg = site;
                }
                resolved.add(new int[] {bestOrg, si, aligned ? 1 : 0});
            }
        }
        // a university named by one of its schools is the choice only when no other organisation is named
        if (resolved.stream().anyMatch(r -> !kept.get(r[1]).derived())) {
            resolved.removeIf(r -> kept.get(r[1]).derived());
        }
        // 4. acronyms, written in capitals in the text
        List<Integer> acronymOrgs = new ArrayList<>();
        Boolean frenchUnit = null; // read from the whole string once, at the first acronym found
        Set<String> languageCountries = null;
        for (int ti = 0; ti < n; ti++) {
            Tok t = toks.get(ti);
            if (!isCapitalised(t.raw())) {
                continue;
            }
            String key = acronymKey(t.raw());
            int[] found = acronyms.get(key);
            if (found == null) {
                continue;
            }
            if (frenchUnit == null) {
                frenchUnit = AbstentionRules.frenchUnitCode(toks.stream().map(Tok::raw).toList());
                languageCountries = AbstentionRules.addressCountries(toks.stream().map(Tok::w).toList());
            }
            Set<String> joined = joinedAcronyms(text, toks, ti);
            // "Research Institute of Chemical Technology (KRICT)": the words before the bracket spell the acronym's name out
            int[] spelled = null;
            if (segStart[ti] == ti && segEnd[ti] == ti + 1 && ti > 0
                    && text.substring(toks.get(ti - 1).end(), t.start()).contains("(")) {
                spelled = new int[] {segStart[ti - 1], ti};
            }
            int bestOrg = -1;
            int bestSupport = Integer.MIN_VALUE;
            int ties = 0;
            for (int o : found) {
                int support = support(o, countries, contextCountries, folded, named);
                boolean countrySupport = orgs[o].country() != null && (countries.contains(orgs[o].country())
                        || contextCountries.contains(orgs[o].country()))
                        || spelled != null && spelledOut(o, toks, spelled[0], spelled[1])
                        || !joined.isEmpty() && AbstentionRules.parentAcronymWritten(parentAcronyms(o), joined, key)
                        || frenchUnit && "FR".equals(orgs[o].country())
                        || orgs[o].country() != null && languageCountries.contains(orgs[o].country());
                double score = 0.5 + (countrySupport ? 0.2 : 0) + 0.01 * Math.max(-20, Math.min(20, support));
                put(best, o, new LinkCandidate(orgs[o], round(Math.max(0, score)), MatchingType.ACRONYM, t.raw(), false));
                if (!orgs[o].active()) {
                    continue;
                }
                if (!countrySupport) {
                    support -= 100;
                }
                if (support > bestSupport) {
                    bestSupport = support;
                    bestOrg = o;
                    ties = 1;
                } else if (support == bestSupport) {
                    ties++;
                }
            }
            if (ties == 1 && bestSupport > -50) {
                if (!acronymOrgs.contains(bestOrg)) {
                    acronymOrgs.add(bestOrg); // one organisation written twice ("KAIST Stem Cell Center, KAIST")
                }
            }
        }
        // 5. segments that name nothing exactly: names sharing most of their weighted words
        Integer fuzzyChoice = null;
        if (resolved.isEmpty() && commonTerms) {
            LinkCandidate top = null;
            LinkCandidate second = null;
            Set<Integer> within = new HashSet<>();
            List<int[]> ranges = new ArrayList<>();
            for (int from = 0; from < n; from = segEnd[from]) {
                ranges.add(new int[] {from, segEnd[from]});
            }
            quoted(text, toks, segStart, segEnd, ranges); // "FSBEI of HE «X»": X alone as well
            for (int[] range : ranges) {
                int from = range[0];
                int to = range[1];
                boolean covered = false;
                for (Span s : kept) {
                    covered |= s.from() <= from && s.to() >= to;
                }
                // a segment of place names only ("New York", "St. Louis") names no organisation
                boolean placeOnly = true;
                for (int k = from; placeOnly && k < to; k++) {
                    String w = toks.get(k).w();
                    placeOnly = (places.contains(w) || STOP.contains(w) || w.equals("st") || w.equals("saint"))
                            && !ORG_WORDS.contains(w);
                }
                if (!covered && !placeOnly && to - from >= 2) {
                    String[] ws = new String[to - from];
                    for (int k = from; k < to; k++) {
                        ws[k - from] = toks.get(k).w();
                    }
                    String sub = text.substring(toks.get(from).start(), toks.get(to - 1).end()).strip();
                    for (LinkCandidate c : commonTerms(ws, sub, within)) {
                        int o = index.get(c.org().id());
                        int support = support(o, countries, contextCountries, folded, named);
                        if (support < -50) {
                            c = new LinkCandidate(c.org(), round(c.score() * 0.5), c.matchingType(), c.substring(), false);
                        } else if (support < -5) {
                            c = new LinkCandidate(c.org(), round(c.score() * 0.8), c.matchingType(), c.substring(), false);
                        }
                        LinkCandidate old = best.get(o);
                        if (old == null || old.score() < c.score()) {
                            best.put(o, c);
                        }
                        if (!c.org().active()) {
                            continue;
                        }
                        if (top == null || c.score() > top.score()) {
                            if (top != null && !top.org().id().equals(c.org().id())) {
                                second = top;
                            }
                            top = c;
                        } else if (!c.org().id().equals(top.org().id()) && (second == null || c.score() > second.score())) {
                            second = c;
                        }
                    }
                }
            }
            if (top != null && top.score() >= 0.9 * COMMON_CHOOSE
                    && (second == null || top.score() - second.score() >= 0.05)
                    && (top.org().country() != null && countries.contains(top.org().country())
                        || countries.isEmpty() && top.score() >= COMMON_TERMS_ALONE && !umbrella(top.org().name(), text))) {
                fuzzyChoice = index.get(top.org().id());
            } else if (top != null && (second == null || top.score() - second.score() >= 0.05)
                    && (extension(top.substring(), top.org().name())
                        || within.contains(index.get(top.org().id())) && !umbrella(top.org().name(), text))
                    && (countries.isEmpty() || countries.contains(top.org().country()))) {
                // the name is the segment and generic words ("Wageningen University" of "Wageningen University & Research")
                fuzzyChoice = index.get(top.org().id());
            }
        }
        // 6. choose: the most specific organisation named; an acronym only when nothing else is and a country supports it
        toksRef.set(toks);
        heuristic.set(false);
        // "X, corporate member of Y and Z", "X, a joint venture between Y and Z": the affiliation is X
        if (resolved.size() > 1) {
            List<int[]> own = new ArrayList<>();
            for (int[] r : resolved) {
                Span s = kept.get(r[1]);
                boolean member = false;
                for (int k = segStart[s.from()]; k < s.from(); k++) {
                    member |= MEMBERSHIP.contains(toks.get(k).w());
                }
                if (!member) {
                    own.add(r);
                }
            }
            if (!own.isEmpty()) {
                resolved = own;
            }
        }
        Integer chosen = choose(resolved, kept, spans);
        MatchingType chosenType = chosen != null && heuristic.get() ? MatchingType.HEURISTICS : null;
        if (chosen == null && fuzzyChoice != null) {
            chosen = fuzzyChoice;
        }
        if (chosen == null && acronymOrgs.size() == 1) {
            chosen = acronymOrgs.get(0);
        }
        // a withdrawn or inactive organisation that ROR says was succeeded by one active organisation: its successor
        // ... but not a new one, established after it or formed by a merger ("X University" became "Y University" in
        // 2024): a text naming the old organisation may well be older than its successor, and nothing is chosen
        if (chosen != null && successor[chosen] >= 0 && newlyFounded[chosen]) {
            chosen = null;
        }
        if (chosen != null && successor[chosen] >= 0) {
            int to = successor[chosen];
            LinkCandidate was = best.get(chosen);
            if (!best.containsKey(to)) {
                best.put(to, new LinkCandidate(orgs[to], was.score(), MatchingType.HEURISTICS, was.substring(), false));
            }
            chosen = to;
            chosenType = MatchingType.HEURISTICS;
        }
        if (chosen != null && !orgs[chosen].active()) {
            chosen = null; // inactive and withdrawn organisations stay candidates, never the link
        }
        List<LinkCandidate> out = new ArrayList<>(best.values());
        if (chosen != null) {
            LinkCandidate c = best.get(chosen);
            best.put(chosen, new LinkCandidate(c.org(), c.score(), chosenType == null ? c.matchingType() : chosenType,
                    c.substring(), true));
            out = new ArrayList<>(best.values());
        }
        out.sort(Comparator.comparing(LinkCandidate::chosen).reversed()
                .thenComparing(Comparator.comparingDouble(LinkCandidate::score).reversed())
                .thenComparing(c -> c.org().id()));
        return out.size() > 20 ? List.copyOf(out.subList(0, 20)) : out;
    }

    /**
     * "X School", "X University School", "X Bloomberg School" (at most three capitalised words between) with X the head of
     * a university's name ("X University"): a span of that university, unless a name already covers those words. X
     * must be a proper name ("Yale", "Johns Hopkins") unless "University" follows it ("Washington University School").
     */
    private void schoolSpans(List<Tok> toks, int[] segEnd, List<Span> spans) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            if (i > 0 && toks.get(i - 1).seg() == toks.get(i).seg() && Character.isUpperCase(first(toks.get(i - 1).raw()))
                    && !STOP.contains(toks.get(i - 1).w())) {
                continue; // the head must begin the name
            }
            StringBuilder head = new StringBuilder();
            for (int j = i; j < Math.min(segEnd[i], i + 3); j++) {
                head.append(j > i ? " " : "").append(toks.get(j).w());
                int[] os = schoolHeads.get(head.toString());
                if (os == null) {
                    continue;
                }
                int k = j + 1;
                boolean univ = k < segEnd[i] && toks.get(k).w().equals("university");
                if (univ) {
                    k++;
                } else if (!properHeads.contains(head.toString())) {
                    continue;
                }
                int extra = 0;
                while (k < segEnd[i] && extra <= 3 && !toks.get(k).w().equals("school")
                        && Character.isUpperCase(first(toks.get(k).raw())) && !STOP.contains(toks.get(k).w())) {
                    k++;
                    extra++;
                }
                if (k >= segEnd[i] || extra > 3 || !toks.get(k).w().equals("school")) {
                    continue;
                }
                int to = k + 1;
                boolean covered = false;
                for (Span s : spans) {
                    covered |= s.from() < k && s.to() > i; // a name of the head's words: not derived
                    if (s.from() == k) {
                        to = Math.max(to, s.to()); // "School of Public Health", a name of its own elsewhere, is inside
                    }
                }
                if (!covered) {
                    spans.add(new Span(i, to, os.clone(), new int[os.length], false, true));
                }
            }
        }
    }

    private static char first(String s) {
        return s.isEmpty() ? ' ' : s.charAt(0);
    }

    /** Share of a name's weighted words, and of the words before a bracketed acronym, the two must have in common. */
    static final double SPELLED = 0.6;

    /**
     * The tokens {@code [from, to)} spell out a name of organisation {@code o}: they hold most of the name's weighted
     * words and the name most of theirs ("Research Institute of Chemical Technology" of "Korea Research Institute of
     * Chemical Technology").
     */
    private boolean spelledOut(int o, List<Tok> toks, int from, int to) {
        String[] ws = new String[to - from];
        for (int k = from; k < to; k++) {
            ws[k - from] = toks.get(k).w();
        }
        int[] q = canonicalWords(ws, vocab, false);
        if (q.length < 2) {
            return false;
        }
        double qWeight = 0;
        for (int w : q) {
            qWeight += w >= 0 ? idf[w] : MAX_IDF;
        }
        for (int name : orgNames[o]) {
            int[] nw = nameWords[name];
            double nWeight = 0;
            double common = 0;
            for (int w : nw) {
                nWeight += idf[w];
                common += contains(q, w) ? idf[w] : 0;
            }
            if (common >= SPELLED * nWeight && common >= SPELLED * qWeight) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's initial follows the name in its segment ("The George S. Wise Faculty of Life Sciences"): the matched
     * words are the first name of a person a longer name is named after, not an organisation ("The George").
     */
    private static boolean initialFollows(String text, List<Tok> toks, int to, int segEnd) {
        if (to >= segEnd) {
            return false;
        }
        Tok t = toks.get(to);
        return t.raw().length() == 1 && Character.isUpperCase(t.raw().charAt(0)) && t.end() < text.length()
                && text.charAt(t.end()) == '.';
    }

    /** The last word of the hospitals (a trust) named after an organisation ("University College London Hospitals"). */
    private static final Set<String> HOSPITAL_ENDS = Set.of("hospitals");

    /**
     * The rest of the name's segment is capitalised words ending with "Hospitals", space-separated ("X University
     * College Hospitals"): the hospitals (a trust) named after the organisation, which the base does not know under
     * that name; the organisation is the head of a longer name, not the affiliation. With "Hospital" too, three right
     * choices of the held-out half were lost ("X University Hospital" is often linked to the university).
     */
    private static boolean hospitalNamedAfter(String text, List<Tok> toks, int to, int segEnd) {
        if (to >= segEnd || !HOSPITAL_ENDS.contains(toks.get(segEnd - 1).w())) {
            return false;
        }
        for (int k = to; k < segEnd; k++) {
            String raw = toks.get(k).raw();
            if (!(raw.length() > 1 && Character.isUpperCase(raw.charAt(0))
                    && text.substring(toks.get(k - 1).end(), toks.get(k).start()).isBlank())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X at P", the rest of the name's segment, P a place: the one active child of X whose display name holds every
     * word of P ("State University of New York at Buffalo" is the "University at Buffalo, State University of New
     * York"; "X Memorial Hospital at Linkou" is "Linkou X Memorial Hospital"), or -1; among several such children,
     * the one whose name says "at P" ("Buffalo State University" is another campus in that city).
     */
    private int childAtPlace(List<Tok> toks, int to, int segEnd, int org) {
        if (to + 1 >= segEnd || segEnd - to > 4 || !toks.get(to).w().equals("at") || children[org].length == 0) {
            return -1;
        }
        StringBuilder place = new StringBuilder(" at");
        for (int k = to + 1; k < segEnd; k++) {
            place.append(' ').append(spelling(toks.get(k).w()));
        }
        place.append(' ');
        int found = -1;
        int foundAt = -1;
        int count = 0;
        for (int c : children[org]) {
            if (!orgs[c].active()) {
                continue;
            }
            String name = " " + displayName(c) + " ";
            boolean all = true;
            for (int k = to + 1; all && k < segEnd; k++) {
                all = name.contains(" " + spelling(toks.get(k).w()) + " ");
            }
            if (all) {
                found = c;
                count++;
                if (name.contains(place)) {
                    // several children of that place ("Buffalo State University"): the one "at" it
                    foundAt = foundAt == -1 ? c : -2;
                }
            }
        }
        return count == 1 ? found : foundAt >= 0 ? foundAt : -1;
    }

    /** The organisation's display name as its tokens are matched (folded, one spelling, without a leading "the"). */
    private String displayName(int o) {
        String f = fold(orgs[o].name());
        if (f.startsWith("the ")) {
            f = f.substring(4);
        }
        StringBuilder b = new StringBuilder();
        for (String w : f.split(" ")) {
            b.append(b.length() > 0 ? " " : "").append(spelling(w));
        }
        return b.toString();
    }

    /**
     * The tokens {@code [from, to)} are "of [the] <country>", the rest of the segment, and the country is that of one of
     * the organisations ({@code codes}: index * 2 + label bit) the name before them names ("National Research Council
     * of Italy").
     */
    private boolean ofOwnCountry(List<Tok> toks, int from, int to, int[] codes) {
        if (!toks.get(from).w().equals("of")) {
            return false;
        }
        int k = from + 1;
        if (k < to && toks.get(k).w().equals("the")) {
            k++;
        }
        if (k >= to || to - k > 4) {
            return false;
        }
        String cc = country(phrase(toks, k, to));
        if (cc == null) {
            return false;
        }
        for (int c : codes) {
            if (cc.equals(orgs[c >> 1].country())) {
                return true;
            }
        }
        return false;
    }

    /** One of the tokens {@code [from, to)} is a word of {@link #ORG_WORDS} ("... and LOEWE Centre for ..."). */
    private static boolean orgWordIn(List<Tok> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ORG_WORDS.contains(toks.get(k).w())) {
                return true;
            }
        }
        return false;
    }

    /** The words of the tokens {@code [from, to)}, space-separated. */
    private static String phrase(List<Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(toks.get(k).w());
        }
        return b.toString();
    }

    /** A name of two words or more begins at token {@code k} ("X and Max Delbrück Center ..."). */
    private boolean nameStartsAt(List<Tok> toks, int k) {
        Node node = root;
        for (int j = k; j < toks.size(); j++) {
            node = node.child(toks.get(j).w());
            if (node == null) {
                return false;
            }
            if (node.orgs != null && j > k) {
                return true;
            }
        }
        return false;
    }

    /** The text between two tokens holds a bracket. */
    private static boolean bracketBetween(String text, Tok a, Tok b) {
        return charBetween(text, a.end(), b.start(), "()[]");
    }

    /** {@code text[from, to)} holds one of {@code chars}. */
    private static boolean charBetween(String text, int from, int to, String chars) {
        for (int c = from; c < to; c++) {
            if (chars.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The tokens {@code [from, to)} are numbers only ("Inserm 12": the mark of a footnote). */
    private static boolean numbersOnly(List<Tok> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!toks.get(k).w().chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return from < to;
    }

    /** Words that say a company's legal form ("Genentech Inc"): a one-word name followed by them alone is whole. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "ltd", "llc", "corp", "corporation", "gmbh", "ag",
            "plc", "co", "bv", "nv", "sa", "sas", "spa", "srl", "ab", "limited", "incorporated");

    /** The tokens {@code [from, to)} are legal forms of a company only. */
    private static boolean companySuffix(List<Tok> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!COMPANY_SUFFIXES.contains(toks.get(k).w())) {
                return false;
            }
        }
        return from < to;
    }

    /** HTML character references left in metadata ("&quot;Irkutsk State University&quot;") as the characters. */
    static String entities(String text) {
        return text.indexOf('&') < 0 ? text : org.apache.commons.text.StringEscapeUtils.unescapeHtml4(text);
    }

    private static final ThreadLocal<List<Tok>> toksRef = new ThreadLocal<>();
    /** Set by {@link #choose} when the choice came from a rule (a unit's university, one of several named). */
    private static final ThreadLocal<Boolean> heuristic = ThreadLocal.withInitial(() -> false);
    /** Words naming a teaching unit of a university: "X University School of Medicine" is linked to X University. */
    private static final Set<String> UNIT_WORDS = Set.of("school", "faculty", "college", "graduate");
    /** Names starting with these are units of something larger ("Department of ..."): they need a country or city. */
    private static final Set<String> UNIT_HEADS = Set.of("department", "dept", "departement", "departamento",
            "division", "section", "unit", "laboratory", "lab", "program", "programme", "group", "core", "chair");
    /** A segment opening with one of these and then one of {@link #UNIT_NAME_LINKS} is a unit's name ("Center for ..."). */
    private static final Set<String> UNIT_NAME_HEADS = Set.of("center", "institute");
    private static final Set<String> UNIT_NAME_LINKS = Set.of("for", "of", "on");
    /** The last word of a site or programme named after an organisation ("Wellcome Trust Genome Campus"). */
    private static final Set<String> SITE_ENDS = Set.of("campus", "programme", "program", "unit");
    /** A run of words followed by one of these inside its segment is cut out of a longer name. */
    private static final Set<String> CONTINUATIONS = Set.of("of", "for", "and", "de", "di", "du", "des", "der", "fur");

    /** The folded words of tokens {@code [from, to)}. */
    private static List<String> words(List<Tok> toks, int from, int to) {
        return toks.subList(from, to).stream().map(Tok::w).toList();
    }

    /** The words of {@code outer} outside {@code inner} name a unit (school, hospital ...) of the inner institution. */
    private static boolean unitWords(List<Tok> toks, Span outer, Span inner) {
        for (int i = outer.from(); i < outer.to(); i++) {
            if ((i < inner.from() || i >= inner.to()) && UNIT_WORDS.contains(toks.get(i).w())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Links an entity known by a name and aliases: the first of its names (name first, then the longest alias)
     * that is a whole name or a supported acronym of exactly one organisation, never one in another country
     * than the entity's. {@code context} are the countries of the documents mentioning it.
     */
    public LinkCandidate linkEntity(String name, List<String> aliases, String country, Set<String> context) {
        Set<String> ctx = new HashSet<>(context);
        if (country != null) {
            ctx.add(country);
        }
        List<String> surfaces = new ArrayList<>();
        surfaces.add(name);
        aliases.stream().filter(a -> !a.equals(name)).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(surfaces::add);
        for (String s : surfaces) {
            for (LinkCandidate c : match(s, ctx, false)) {
                if (!c.chosen()) {
                    continue;
                }
                boolean whole = c.matchingType() == MatchingType.EXACT || c.matchingType() == MatchingType.ACRONYM
                        && c.substring().equals(s.strip());
                boolean sameCountry = country == null || c.org().country() == null || country.equals(c.org().country());
                if (whole && sameCountry) {
                    return c;
                }
            }
        }
        return null;
    }

    private Integer choose(List<int[]> resolved, List<Span> kept, List<Span> all) {
        if (resolved.isEmpty()) {
            return null;
        }
        // a child whose matched name contains its parent's name ("X University School of Medicine", the research arm
        // "X Hospital Research Institute"): the parent
        List<int[]> rs = new ArrayList<>();
        for (int[] r : resolved) {
            Span s = kept.get(r[1]);
            int org = r[0];
            for (Span t : all) {
                if (t != s && t.from() >= s.from() && t.to() <= s.to()) {
                    boolean switched = false;
                    for (int p : parents[org]) {
                        if (orgs[p].active() && contains(t.orgs(), p) && (unitWords(toksRef.get(), s, t)
                                || t.from() == s.from() && LinkChoiceRules.researchArm(words(toksRef.get(), t.to(), s.to())))) {
                            org = p;
                            switched = true;
                            break;
                        }
                    }
                    // ... or written after it past a comma ("Xiangya Hospital, Central South University"); an
                    // education organisation only when the words before the comma name no university ("Medical
                    // Institute of Bioregulation, X University"): not a campus and its system ("University at Y, Z
                    // University of New York")
                    boolean tail = t.to() == s.to() && toksRef.get().get(s.from()).seg() != toksRef.get().get(t.from()).seg()
                            && (!orgs[org].types().contains("education") || java.util.stream.IntStream.range(s.from(), t.from())
                                    .noneMatch(k -> toksRef.get().get(k).w().startsWith("univ")));
                    if (!switched && t.orgs().length == 1 && !t.generic() && orgs[t.orgs()[0]].active()
                            && orgs[t.orgs()[0]].types().contains("education")
                            && java.util.Objects.equals(orgs[t.orgs()[0]].country(), orgs[org].country())
                            && (unitWords(toksRef.get(), s, t) || tail)) {
                        org = t.orgs()[0];
                    }
                }
            }
            rs.add(new int[] {org, r[1], org != r[0] ? 1 : 0});
        }
        // a child named with its parent: the parent (the institution the gold data and other services link); but the
        // agency of a government body ("Agricultural Research Service" of a department of agriculture) stays, and the
        // rules among several choose
        List<int[]> specific = new ArrayList<>();
        for (int[] r : rs) {
            boolean childOfOther = false;
            for (int[] o : rs) {
                if (o[0] != r[0] && contains(parents[r[0]], o[0]) && !(orgs[o[0]].types().contains("government")
                        && !orgs[r[0]].types().contains("education"))) {
                    childOfOther = true;
                    break;
                }
            }
            if (!childOfOther) {
                specific.add(r);
            }
        }
        Set<Integer> distinct = new HashSet<>();
        for (int[] r : specific) {
            distinct.add(r[0]);
        }
        if (distinct.size() == 1) {
            int only = distinct.iterator().next();
            heuristic.set(specific.size() < rs.size() || specific.stream().anyMatch(r -> r[0] == only && r[2] == 1));
            return only;
        }
        // several organisations named: the institution (a university first, then other education, but a university
        // named by its medical school after a hospital named with it), the last one named
        int[] bestR = null;
        boolean hospital = false;
        for (int[] r : specific) {
            hospital |= orgs[r[0]].types().contains("healthcare");
        }
        for (int[] r : specific) {
            if (bestR == null || rank(r, kept, hospital) >= rank(bestR, kept, hospital)) {
                bestR = r;
            }
        }
        heuristic.set(true);
        return bestR[0];
    }

    /** {@code hospital}: a hospital is among the organisations named (a university named by its school yields). */
    private int rank(int[] r, List<Span> kept, boolean hospital) {
        boolean edu = orgs[r[0]].types().contains("education");
        Span s = kept.get(r[1]);
        int o = successor[r[0]] >= 0 ? successor[r[0]] : r[0];
        if (hospital && medicalSchool(toksRef.get(), s) && !schoolName(orgs[o].name())) {
            // a university named by its medical school yields to a hospital named with it ("Massachusetts General
            // Hospital, Harvard Medical School"); a school that is an organisation of its own keeps its rank
            return s.to() - 10000;
        }
        // a university, named as one ("University of Bonn", "Universidad de Navarra"), before other education
        // organisations ("Institute of Physiology"), before the rest; the last one named among equals
        boolean univ = edu && java.util.stream.IntStream.range(s.from(), s.to())
                .anyMatch(k -> toksRef.get().get(k).w().startsWith("univ"));
        // universities listed each as a segment of its own ("Institut Curie, Université PSL, Sorbonne Université,
        // CNRS"): the first named, before the rest (a name ending with another organisation's word, "Universities of
        // X and Y Lung Center", is no university listed)
        if (univ) {
            List<Tok> tk = toksRef.get();
            boolean whole = (s.from() == 0 || tk.get(s.from() - 1).seg() != tk.get(s.from()).seg())
                    && (s.to() == tk.size() || tk.get(s.to()).seg() != tk.get(s.to() - 1).seg());
            String last = tk.get(s.to() - 1).w();
            if (whole && !(ORG_WORDS.contains(last) && !last.startsWith("univ"))) {
                return 30000 + (tk.size() - s.to());
            }
        }
        return (edu ? 10000 : 0) + (univ ? 10000 : 0) + s.to();
    }

    /** An organisation's own name says it is a school ("Icahn School of Medicine", "Medizinische Hochschule"). */
    private static boolean schoolName(String name) {
        String f = " " + fold(name) + " ";
        return f.contains(" school ") || f.contains(" college ") || f.contains(" faculty ") || f.contains("hochschule")
                || f.contains("medic") || f.contains("medizin");
    }

    /** The name is that of a medical school ("Harvard Medical School", "X University School of Medicine"). */
    private static boolean medicalSchool(List<Tok> toks, Span s) {
        boolean unit = false;
        boolean medical = false;
        for (int k = s.from(); k < s.to(); k++) {
            String w = toks.get(k).w();
            unit |= UNIT_WORDS.contains(w);
            medical |= w.equals("medicine") || w.equals("medical");
        }
        return unit && medical;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** Hong Kong and Macao, whose organisations are written "…, China" as well. */
    private static final Set<String> CHINA_SARS = Set.of("HK", "MO");

    /** How much the text supports an organisation: country, city, a parent or child named, being active. */
    private int support(int o, Set<String> countries, Set<String> context, String folded, Set<Integer> named) {
        OrgRecord r = orgs[o];
        int s = 0;
        if (!countries.isEmpty() && r.country() != null) {
            boolean inCountry = countries.contains(r.country())
                    || countries.contains("CN") && CHINA_SARS.contains(r.country());
            s += inCountry ? 4 : -100;
        } else if (!context.isEmpty() && r.country() != null && context.contains(r.country())) {
            s += 3;
        }
        if (cities[o] != null && !cities[o].isEmpty() && folded.contains(" " + cities[o] + " # ")) {
            s += 2;
        }
        for (int p : parents[o]) {
            if (named.contains(p)) {
                s += 2;
                break;
            }
        }
        for (int c : children[o]) {
            if (named.contains(c)) {
                s += 2; // "National Institutes of Health" (US, not MY) when one of its institutes is named
                break;
            }
        }
        if (r.status().equals("withdrawn")) {
            s -= 20;
        } else if (!r.active()) {
            s -= 6;
        }
        return s;
    }

    /**
     * The words outside every name, space-delimited (a name's words are "|"), each segment closed by "#", without
     * words holding a digit (numbers, postcodes), two-letter codes in capitals ("MA"), "Cedex" and the words of a
     * country ending the segment ({@code countryWord}): a city supports an organisation only when it is not part of a
     * name ("Newcastle University" does not place the University of Newcastle, Australia) and ends its segment, as an
     * address does ("…, Newcastle", "Newcastle NE2 4HH, UK"; not the unit "Newcastle Fibrosis Research Group").
     */
    private static String outsideNames(List<Tok> toks, List<Span> kept, boolean[] countryWord) {
        StringBuilder b = new StringBuilder(" ");
        for (int i = 0; i < toks.size(); i++) {
            boolean covered = false;
            for (Span s : kept) {
                covered |= s.from() <= i && i < s.to();
            }
            Tok t = toks.get(i);
            boolean address = !covered && (countryWord[i] || t.w().chars().anyMatch(Character::isDigit) || t.w().equals("cedex")
                    || t.raw().length() == 2 && Character.isUpperCase(t.raw().charAt(0)) && Character.isUpperCase(t.raw().charAt(1)));
            if (!address) {
                b.append(covered ? "|" : t.w()).append(' ');
            }
            if (i + 1 == toks.size() || toks.get(i + 1).seg() != t.seg()) {
                b.append("# ");
            }
        }
        return b.toString();
    }

    private static boolean insideName(List<Span> spans, int from, int to) {
        for (Span s : spans) {
            if (s.from() <= from && s.to() >= to && (s.from() < from || s.to() > to)) {
                return true;
            }
        }
        return false;
    }

    private String country(String folded) {
        String cc = countryNames.get(folded);
        if (cc != null) {
            return cc;
        }
        return null;
    }

    private static boolean isCapitalised(String raw) {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static void put(Map<Integer, LinkCandidate> best, int o, LinkCandidate c) {
        LinkCandidate old = best.get(o);
        if (old == null || c.score() > old.score()) {
            best.put(o, c);
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
