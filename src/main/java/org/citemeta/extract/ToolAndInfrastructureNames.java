package org.citemeta.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * OTHER names of software, data services, events, research infrastructures, collections and programmes, and FACILITY
 * names of venues, buildings, spacecraft and sites, read from the words around them:
 * <ul>
 * <li>an event named by its head word ("the Kessel Energy Summit", "the 1931 Velmoran Colonial Exhibition", "Expo
 * '31"), OTHER;</li>
 * <li>a hall or a house where a meeting is held ("held at the Ostrand Hall", "speak at Pellin House"),
 * FACILITY;</li>
 * <li>spacecraft named in apposition after their plural noun ("Two cubesats, Brisa and Halvo, travel with it"), and
 * code-like names after "from" in a sentence of platforms ("the sea level from Tarn-3A, Tarn-3B and KOSW"),
 * FACILITY;</li>
 * <li>software and services after a verb of making, processing or keeping work with a tool ("implemented in Kestrel
 * ML", "scrutinised with Sonarquill", "distributed through PyPI and velmo-forge", "hosted on Pages of Kest"), the
 * libraries after a programming language ("written in Python with tidekit and gridpy"), and a service or a package
 * in apposition ("Kestdata, the national service for ...", "velmocode: a Python package"), OTHER;</li>
 * <li>in a text on research infrastructures, an acronym-like name after a word of taking part ("the national part of
 * KESTRA", "the contribution to Orvo-Argo"), OTHER;</li>
 * <li>a collection named after a person ("the Aldo Brisani Map Collection"), OTHER, not a person;</li>
 * <li>"the X facility (XF)", a facility and its short name; a facility's name that ends before "of" and its architect
 * or operator ("the Velmo Station of Aldo Brisani"); a bridge named after a date keeps its day ("the 5 de Outubro
 * Bridge"); an organisation in apposition with a building's noun ("X, a concert and exhibition complex") is the
 * building;</li>
 * <li>a programme for a place ("Kestrel Funds for Lower Silesia") and its name in the place's language in
 * parentheses, OTHER.</li>
 * </ul>
 * Runs from {@link Annotator#run()} after {@link FacilityContext} and before the acronym pass.
 */
final class ToolAndInfrastructureNames {
    private final CandidateSpace a;
    private final Tokens t;
    /** Tokens covered by a candidate found before this pass (or by this pass). */
    private boolean[] covered;
    /** Tokens covered by a candidate that is no place. */
    private boolean[] nonPlace;
    /** The first token of the candidates that cover a token (the least), and their end (the greatest). */
    private int[] from;
    private int[] to;
    /** The candidates by their first token. */
    private final Map<Integer, List<Candidate>> byStart = new HashMap<>();

    ToolAndInfrastructureNames(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        covered = new boolean[t.count];
        nonPlace = new boolean[t.count];
        from = new int[t.count];
        to = new int[t.count];
        for (int k = 0; k < t.count; k++) {
            from[k] = k;
            to[k] = k + 1;
        }
        for (Candidate c : a.candidates()) {
            note(c);
        }
        events();
        venues();
        spacecraftInApposition();
        tools();
        librariesOfALanguage();
        servicesInApposition();
        infrastructures();
        personsCollections();
        facilitiesWithAcronyms();
        facilitiesOfTheirMakers();
        namesOfDates();
        buildingsInApposition();
        platformsFrom();
        namesForPlacesAndTranslations();
    }

    // ------------------------------------------------------------------ helpers

    private void add(int s, int e, EntityType type) {
        note(a.add(s, e, type, type == EntityType.FACILITY ? ExtractionMethod.PATTERN_FACILITY_NOUN
                : ExtractionMethod.PATTERN_DATA_NOUN, 0.8, 85, null));
    }

    /** Records the tokens candidate c covers (nothing when c is null). */
    private void note(Candidate c) {
        if (c == null) {
            return;
        }
        byStart.computeIfAbsent(c.ts, x -> new ArrayList<>()).add(c);
        for (int k = c.ts; k < c.te; k++) {
            covered[k] = true;
            nonPlace[k] |= c.type != EntityType.LOCATION;
            from[k] = Math.min(from[k], c.ts);
            to[k] = Math.max(to[k], c.te);
        }
    }

    /** The candidates that begin at token k. */
    private List<Candidate> startingAt(int k) {
        return byStart.getOrDefault(k, List.of());
    }

    /** No candidate covers [s, e). */
    private boolean free(int s, int e) {
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * No candidate covers [s, e) but places inside it ("Kessel" of "Kessel Energy Summit"), which the name wins over.
     */
    private boolean freeBesidesPlaces(int s, int e) {
        for (int k = s; k < e; k++) {
            if (covered[k] && (nonPlace[k] || from[k] < s || to[k] > e)) {
                return false;
            }
        }
        return true;
    }

    /** The start of one to five capitalised name words ending at token h (exclusive), within its sentence and line. */
    private int wordsBefore(int h, int max) {
        int ss = a.sentStart(h);
        int s = h;
        while (s - 1 >= ss && h - s < max && !t.newlineBefore[s] && a.orgWord(s - 1)) {
            s--;
        }
        return s;
    }

    // ------------------------------------------------------------------ events

    /** Last words of the names of events: summits, exhibitions, congresses, conferences, festivals. */
    private static final Set<String> EVENT_HEADS = Set.of("Summit", "Exhibition", "Expo", "Congress",
            "Conference", "Festival");

    /** Words that alone before an event's head make no name ("the Annual Conference", "the World Congress"). */
    private static final Set<String> EVENT_GENERIC = Set.of("Annual", "International", "World", "National",
            "Global", "General", "Regional", "European", "Joint", "Party", "Final", "Closing", "Opening", "Spring",
            "Autumn", "Summer", "Winter", "Biennial", "Triennial");

    /**
     * "won at the Kessel Energy Summit", "built for the 1931 Velmoran Colonial Exhibition": one to five capitalised
     * words before a word of {@link #EVENT_HEADS} that ends the name, not all of them generic, nothing found on them,
     * are an event (OTHER); not a head followed by a capitalised word, "of" or "on" ("Conference of Rectors" may be a
     * body), nor a heading line; "Expo" with a year after an apostrophe ("Expo '31") is one too.
     */
    private void events() {
        for (int h = 0; h < t.count; h++) {
            if (!t.isWord(h) || !EVENT_HEADS.contains(t.word[h])) {
                continue;
            }
            if (t.is(h, "Expo") && (t.is(h + 1, "'") || t.is(h + 1, "\u2019")) && t.glued(h + 1)
                    && h + 2 < t.count && t.kind[h + 2] == Tokens.NUMBER && t.word[h + 2].length() == 2
                    && free(h, h + 3)) {
                add(h, h + 3, EntityType.OTHER);
                continue;
            }
            int e = h + 1;
            if (e < t.count && !t.newlineBefore[e] && (t.isCap(e) || t.is(e, "of") || t.is(e, "on")
                    || t.kind[e] == Tokens.NUMBER || t.is(e, "-"))) {
                continue;
            }
            int s = wordsBefore(h, 5);
            if (s == h || t.newlineBefore[s] && (e >= t.count || t.newlineBefore[e]) || !freeBesidesPlaces(s, e)
                    || a.headsIn(s, h) || a.knownPlace(s) && a.placeEnd(s) >= h) {
                continue;
            }
            boolean generic = true;
            for (int k = s; k < h && generic; k++) {
                generic = EVENT_GENERIC.contains(t.word[k]) || t.word[k].length() == 1;
            }
            if (!generic) {
                add(s, e, EntityType.OTHER);
            }
        }
    }

    // ------------------------------------------------------------------ venues

    /** Last words of the names of buildings used as venues. */
    private static final Set<String> VENUE_HEADS = Set.of("Hall", "House");

    /** Words that alone before "Hall" / "House" name no venue ("the Town Hall", "the Concert Hall"). */
    private static final Set<String> VENUE_GENERIC = Set.of("Town", "City", "Village", "County", "Concert",
            "Main", "Great", "Old", "New", "Guild", "Assembly", "Lecture", "Dining", "Exhibition", "Sports", "Market",
            "Parish", "Church", "Public", "Open", "White", "Opera", "Music", "Community", "Student", "Students");

    /** Words of a sentence that tell of a meeting held somewhere. */
    private static final Set<String> MEETING_WORDS = Set.of("meeting", "meetings", "held", "hosted", "venue",
            "conference", "ceremony", "lecture", "lectures", "speak", "dinner", "reception", "workshop", "symposium",
            "delegates", "congress", "gala", "concert", "assembly");

    /**
     * "held its meeting at the Ostrand Hall", "will speak at Pellin House in Kessel": one to three capitalised words
     * and "Hall" / "House" after "at" (and "the"), in a sentence that tells of a meeting, are the building where it is
     * held, a facility; an organisation found on the same words, not from the knowledge base (a think tank named
     * House is one), becomes the building; not generic words alone ("the Town Hall") nor a person's given name first.
     */
    private void venues() {
        for (int h = 2; h < t.count; h++) {
            if (!t.isWord(h) || !VENUE_HEADS.contains(t.word[h]) || t.isCap(h + 1)) {
                continue;
            }
            int s = wordsBefore(h, 3);
            if (s == h || !(t.is(s - 1, "at") || t.is(s - 1, "the") && t.is(s - 2, "at"))) {
                continue;
            }
            boolean generic = true;
            for (int k = s; k < h && generic; k++) {
                generic = VENUE_GENERIC.contains(t.word[k]);
            }
            if (generic || a.kb().isGivenName(t.word[s]) || !meetingSentence(h)) {
                continue;
            }
            Candidate same = null;
            for (Candidate c : startingAt(s)) {
                if (c.te == h + 1 && c.type == EntityType.ORGANIZATION && c.kb == null) {
                    same = c;
                }
            }
            boolean other = false;
            for (int k = s; k <= h && same == null; k++) {
                other |= covered[k] && (nonPlace[k] || from[k] < s || to[k] > h);
            }
            if (same != null) {
                for (int k = s; k <= h; k++) {
                    other |= from[k] < s || to[k] > h + 1;
                }
            }
            if (other) {
                continue;
            }
            if (same != null) {
                same.type = EntityType.FACILITY;
            } else {
                add(s, h + 1, EntityType.FACILITY);
            }
        }
    }

    private boolean meetingSentence(int k) {
        int ss = a.sentStart(k);
        int se = a.sentEnd(k);
        for (int j = ss; j < se; j++) {
            if (t.isWord(j) && MEETING_WORDS.contains(t.word[j])) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ spacecraft in apposition

    /** Plural nouns of spacecraft and telescopes before the list of their names in apposition. */
    private static final Set<String> CRAFT_PLURALS = Set.of("cubesats", "CubeSats", "satellites", "spacecraft",
            "probes", "landers", "orbiters", "rovers", "telescopes", "nanosatellites", "smallsats");

    /**
     * "Two cubesats, Brisa and Halo, travel with it": two or more names of one unit, joined by commas and "and",
     * between commas after a plural noun of spacecraft ({@link #CRAFT_PLURALS}), are facilities; not when one of
     * them is a place, a person or a name found before.
     */
    private void spacecraftInApposition() {
        for (int i = 1; i + 2 < t.count; i++) {
            if (!t.isWord(i) || !CRAFT_PLURALS.contains(t.word[i]) || !t.is(i + 1, ",")) {
                continue;
            }
            List<int[]> names = andList(i + 2, k -> {
                int e = a.joined(k + 1);
                return !a.orgWord(k) || !free(k, e) || a.knownPlace(k) || a.gazetteerEnd(k) > k
                        || a.kb().isGivenName(t.word[k]) || a.headsIn(k, e) ? -1 : e;
            }, e -> t.is(e, ",") || t.is(e, ".") || t.is(e, ";"));
            if (names == null) {
                continue;
            }
            for (int[] n : names) {
                add(n[0], n[1], EntityType.FACILITY);
            }
        }
    }

    /**
     * The names of a list from token k, joined by commas and a last "and" (or ", and"), six at most: {@code itemEnd}
     * gives the end of the item at a token, or -1 when none may stand there. Null unless the list reaches an item
     * after its "and" and {@code closedAfter} accepts the token after that item.
     */
    private List<int[]> andList(int k, java.util.function.IntUnaryOperator itemEnd,
            java.util.function.IntPredicate closedAfter) {
        List<int[]> names = new ArrayList<>();
        boolean and = false;
        while (k < t.count && names.size() < 6) {
            int e = itemEnd.applyAsInt(k);
            if (e < 0) {
                return null;
            }
            names.add(new int[]{k, e});
            if (and) {
                return closedAfter.test(e) ? names : null;
            }
            if (t.is(e, "and")) {
                k = e + 1;
                and = true;
            } else if (t.is(e, ",") && t.is(e + 1, "and")) {
                k = e + 2;
                and = true;
            } else if (t.is(e, ",")) {
                k = e + 1;
            } else {
                return null;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ software and services

    /** Verbs of making, processing or keeping work with a tool, each with the preposition before the tool's name. */
    private static final Set<String> TOOL_VERBS = Set.of("implemented in", "implemented with", "built with",
            "built on", "processed with", "processed in", "analysed with", "analyzed with", "analysed in",
            "analyzed in", "scrutinised with", "scrutinized with", "visualised with", "visualized with",
            "segmented with", "segmented in", "hosted on", "hosted by", "distributed through", "distributed via",
            "distributed on", "deposited in", "deposited at", "deposited with", "archived in", "archived on",
            "archived at", "compare against", "compared against", "benchmarked against", "run with", "fitted with",
            "fitted in", "modelled with", "modeled with", "simulated with", "trained with");

    /**
     * "implemented in Kestrel ML and tested", "echograms were scrutinised with Sonarview", "hosted on Pages of
     * Kest", "distributed through PyPI and velmo-forge", "compared against Orvo Runtime and FastKest": the names after
     * a verb of making, processing or keeping work with a tool and its preposition ({@link #TOOL_VERBS}), one or
     * several joined by commas and "and", are software or services (OTHER); a name of the list found before is kept
     * as it is, and a name in lower case is read only with a hyphen, a digit or a capital inside it ("velmo-forge");
     * no place, person's given name, head word or programming language ("written in Python"), nor a name before a word
     * in lower case that is no connector or preposition ("fitted with Gaussian functions").
     */
    /** The last words of {@link #TOOL_VERBS} ("in", "with", "through"...), read before the pair is built. */
    private static final Set<String> TOOL_VERB_ENDS = TOOL_VERBS.stream().map(x -> x.substring(x.lastIndexOf(' ') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private void tools() {
        for (int v = 0; v + 2 < t.count; v++) {
            int k;
            if (t.isWord(v) && t.isWord(v + 1) && TOOL_VERB_ENDS.contains(t.word[v + 1])
                    && TOOL_VERBS.contains(t.word[v].toLowerCase(java.util.Locale.ROOT) + " " + t.word[v + 1])) {
                k = v + 2;
            } else if (t.is(v, "data") && t.is(v + 1, "set") && t.is(v + 2, "in") || t.is(v, "dataset")
                    && t.is(v + 1, "in")) {
                k = t.is(v, "data") ? v + 3 : v + 2; // "published as a data set in Kestrel Data"
            } else {
                continue;
            }
            for (int items = 0; items < 6 && k < t.count; items++) {
                Candidate known = null;
                for (Candidate c : startingAt(k)) {
                    if (c.type == EntityType.OTHER) {
                        known = c;
                    }
                }
                int e;
                if (known != null) {
                    e = known.te;
                } else {
                    e = toolName(k);
                    if (e == k) {
                        break;
                    }
                    add(k, e, EntityType.OTHER);
                }
                if (t.is(e, "and") || t.is(e, ",") && !t.is(e + 1, "and")) {
                    k = e + 1;
                } else if (t.is(e, ",") && t.is(e + 1, "and")) {
                    k = e + 2;
                } else {
                    break;
                }
            }
        }
    }

    /** General-purpose programming languages, which are not annotated ("written in Python"). */
    private static final Set<String> LANGUAGES = Set.of("Python", "R", "Julia", "MATLAB", "Matlab", "Fortran", "C",
            "Rust", "Java", "JavaScript", "TypeScript", "Go", "Scala", "Perl", "IDL", "Haskell", "Ruby", "Kotlin",
            "Swift", "Lua", "Octave", "SQL", "Stan", "Cython");

    /**
     * End of a tool's name from token k: one to three capitalised units (with "the" or "of" between two of them:
     * "Pages of Kest"), or one unit in lower case with a hyphen, a digit or a capital inside it ("velmo-forge",
     * "gridpy2"), followed by no capitalised word; no candidate on it, no place, given name, head word or programming
     * language; or k.
     */
    private int toolName(int k) {
        if (!t.isWord(k) || covered[k] || LANGUAGES.contains(t.word[k]) || a.kb().isGivenName(t.word[k])
                || Lexicon.STOP_CAP.contains(t.word[k])) {
            return k;
        }
        int e;
        if (a.orgWord(k)) {
            int se = a.sentEnd(k);
            e = a.joined(k + 1);
            int units = 1;
            while (e < se && units < 3) {
                if (a.orgWord(e)) {
                    e = a.joined(e + 1);
                    units++;
                } else if ((t.is(e, "the") || t.is(e, "of")) && a.orgWord(e + 1)) {
                    e = a.joined(e + 2);
                    units++;
                } else {
                    break;
                }
            }
        } else {
            e = a.joined(k + 1);
            if (e == k + 1 && !t.word[k].matches(".*[0-9A-Z].*")) {
                return k; // a common word in lower case
            }
        }
        if (t.isCap(e) || t.kind[Math.min(e, t.count - 1)] == Tokens.NUMBER && e < t.count || !free(k, e)
                || a.headsIn(k, e) || a.placeEnd(k) >= e || a.gazetteerEnd(k) >= e
                || t.isWord(e) && !AFTER_TOOL.contains(t.word[e])) {
            return k; // "fitted with Gaussian functions": a word in lower case after it makes it an adjective
        }
        return e;
    }

    /** Words in lower case that may follow a tool's name (a connector or a preposition, not a noun it qualifies). */
    private static final Set<String> AFTER_TOOL = Set.of("and", "or", "in", "on", "at", "for", "to", "from", "with",
            "by", "as", "under", "version", "v", "which", "that", "where", "while", "but", "via", "through");

    /** Verbs of writing code, before "in" and the language. */
    private static final Set<String> WRITTEN = Set.of("written", "implemented", "coded", "developed", "programmed");

    /**
     * "The code is written in Python with tidekit and gridpy": the names after a programming language and "with" /
     * "using", after a verb of writing code and "in", are libraries (OTHER), also in lower case: one unit each, joined
     * by commas and "and", ending the list at a comma or the sentence's end.
     */
    private void librariesOfALanguage() {
        for (int v = 0; v + 4 < t.count; v++) {
            if (!t.isWord(v) || !WRITTEN.contains(t.word[v]) || !t.is(v + 1, "in") || !LANGUAGES.contains(a.w(v + 2))
                    || !(t.is(v + 3, "with") || t.is(v + 3, "using"))) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            int k = v + 4;
            boolean and = false;
            boolean closed = false;
            while (k < t.count && names.size() < 6) {
                int e = a.joined(k + 1);
                if (!t.isWord(k) || covered[k] || LANGUAGES.contains(t.word[k]) || Lexicon.STOP_CAP.contains(
                        t.word[k]) || a.knownPlace(k) || t.is(k, "the") || t.is(k, "a") || t.is(k, "its")) {
                    break;
                }
                names.add(new int[]{k, e});
                if (and) {
                    closed = t.is(e, ",") || t.is(e, ".") || t.is(e, ";") || e >= t.count;
                    break;
                }
                if (t.is(e, "and")) {
                    k = e + 1;
                    and = true;
                } else if (t.is(e, ",") && t.is(e + 1, "and")) {
                    k = e + 2;
                    and = true;
                } else if (t.is(e, ",")) {
                    k = e + 1;
                } else {
                    closed = names.size() == 1 && (t.is(e, ".") || t.is(e, ";"));
                    break;
                }
            }
            if (closed) {
                for (int[] n : names) {
                    add(n[0], n[1], EntityType.OTHER);
                }
            }
        }
    }

    // ------------------------------------------------------------------ services in apposition

    /** Nouns of data services and software, which a name in apposition before them names. */
    private static final Set<String> SERVICE_NOUNS = Set.of("service", "database", "repository", "archive",
            "portal", "platform", "catalogue", "catalog", "package", "library", "toolbox", "toolkit", "software");

    /**
     * "CSC also runs Kestdata, the national service for storing research data", "velmocode: a Python package for
     * ...": a name of one unit before ", the" / ", a" / ": a" and up to three words (lower case, or a programming
     * language) ending in a noun of {@link #SERVICE_NOUNS} followed by "for", "of", "that", "to" or the end of the
     * clause is a data service or software (OTHER); a name in lower case only before a colon at the start of a line (a
     * title).
     */
    private void servicesInApposition() {
        for (int k = 0; k + 4 < t.count; k++) {
            if (!t.isWord(k) || covered[k]) {
                continue;
            }
            int e = a.joined(k + 1);
            boolean colon = t.is(e, ":");
            if (!(t.is(e, ",") || colon) || !(t.is(e + 1, "the") || t.is(e + 1, "a") || t.is(e + 1, "an"))) {
                continue;
            }
            boolean lower = !t.isCap(k);
            if (lower && !(colon && (k == 0 || t.newlineBefore[k])) || !lower && (!a.orgWord(k)
                    || k > 0 && (t.isCap(k - 1) || t.is(k - 1, "-") && t.glued(k - 1)))
                    || a.knownPlace(k) || a.gazetteerEnd(k) > k || a.kb().isGivenName(t.word[k])
                    || LANGUAGES.contains(t.word[k]) || a.headsIn(k, e) || !free(k, e)) {
                continue;
            }
            int n = -1;
            for (int j = e + 2; j < e + 6 && j < t.count; j++) {
                if (!t.isWord(j) || t.isCap(j) && !LANGUAGES.contains(t.word[j])) {
                    break;
                }
                if (SERVICE_NOUNS.contains(t.word[j])) {
                    n = j;
                    break;
                }
            }
            if (n > 0 && (t.is(n + 1, "for") || t.is(n + 1, "of") || t.is(n + 1, "that") || t.is(n + 1, "to")
                    || t.is(n + 1, ",") || t.is(n + 1, ".") || t.is(n + 1, ";") || n + 1 >= t.count)) {
                add(k, e, EntityType.OTHER);
            }
        }
    }

    // ------------------------------------------------------------------ research infrastructures

    /** Words before a preposition after which a research infrastructure is named ("the national part of X"). */
    private static final Set<String> INFRA_CUES = Set.of("part of", "part in", "sites of", "site of", "node of",
            "nodes of", "contribution to", "contributions to", "within", "partner in", "partners in");

    /**
     * In a text that speaks of research infrastructures: "the national part of KESTRA", "take part in VELMIN", "the
     * sites of eKEST", "Finland's contribution to Kest-Argo", "coordinated within ORV-LANG": a name of one unit that
     * is written as an acronym (capitals, a capital inside it, or capitalised parts joined by a hyphen) after a word of
     * taking part and its preposition ({@link #INFRA_CUES}) is a distributed research infrastructure (OTHER); not a
     * name found before, a place or a head word.
     */
    private void infrastructures() {
        boolean infra = false;
        for (int k = 0; k < t.count && !infra; k++) {
            infra = t.isWord(k) && t.word[k].toLowerCase(java.util.Locale.ROOT).startsWith("infrastructure");
        }
        if (!infra) {
            return;
        }
        for (int k = 1; k < t.count; k++) {
            if (!t.isWord(k) || covered[k]) {
                continue;
            }
            String cue = t.is(k - 1, "within") ? "within" : a.w(k - 2) + " " + a.w(k - 1);
            if (!INFRA_CUES.contains(cue)) {
                continue;
            }
            int e = a.joined(k + 1);
            if (t.isCap(e) || t.kind[Math.min(e, t.count - 1)] == Tokens.NUMBER && e < t.count || !acronymLike(k, e)
                    || !free(k, e) || a.knownPlace(k) || a.gazetteerEnd(k) > k || a.headsIn(k, e)) {
                continue;
            }
            add(k, e, EntityType.OTHER);
        }
    }

    /**
     * [k, e) is written as an acronym: capitals (three or more), a capital after a small letter, or capitalised parts.
     */
    private boolean acronymLike(int k, int e) {
        String w = t.word[k];
        if (e == k + 1) {
            return t.isAllCaps(k) && w.length() >= 3 || w.matches("[a-z]{1,2}[A-Z]{2,}[A-Za-z0-9]*");
        }
        for (int j = k; j < e; j += 2) {
            if (!t.isCap(j)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ collections named after persons

    /**
     * "the Aldo Brisani Map Collection", "the Velmo Collection": a person's name found with "Collection" /
     * "Collections" as its last word or right after it is a named collection (OTHER), the person's name inside it not
     * annotated there.
     */
    private void personsCollections() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type != EntityType.PERSON) {
                continue;
            }
            if (t.is(c.te - 1, "Collection") || t.is(c.te - 1, "Collections")) {
                c.type = EntityType.OTHER;
            } else if ((t.is(c.te, "Collection") || t.is(c.te, "Collections")) && !t.isCap(c.te + 1)) {
                add(c.ts, c.te + 1, EntityType.OTHER);
            }
        }
    }

    // ------------------------------------------------------------------ "the X facility (XF)"

    /**
     * "The Kessel Light Infrastructure – Pulsed Fields facility (KLI-PF)": capitalised words after "the" (with a
     * dash between two of them) before a lower-case "facility" and a short name in parentheses are a facility, and so
     * is the short name; not when a name found before reaches beyond them or a head word of an organisation is among
     * them.
     */
    private void facilitiesWithAcronyms() {
        for (int f = 2; f + 3 < t.count; f++) {
            if (!t.is(f, "facility") || !t.is(f + 1, "(") || !t.isWord(f + 2) || !Tokens.isAcronym(t.word[f + 2])) {
                continue;
            }
            int ae = a.joined(f + 3);
            if (!t.is(ae, ")")) {
                continue;
            }
            int ss = a.sentStart(f);
            int s = f;
            while (s - 1 >= ss && f - s < 8) {
                if (a.orgWord(s - 1)) {
                    s--;
                } else if ((t.is(s - 1, "\u2013") || t.is(s - 1, "-") && !t.glued(s - 1)) && s < f
                        && a.orgWord(s - 2)) {
                    s -= 2;
                } else if (t.is(s - 1, "of") && s < f && a.orgWord(s - 2)) {
                    s -= 2;
                } else {
                    break;
                }
            }
            if (s == f || !(t.is(s - 1, "the") || t.is(s - 1, "The")) || !freeBesidesPlaces(s, f)
                    || a.nameType(s, f) == EntityType.ORGANIZATION || !free(f + 2, ae)) {
                continue;
            }
            add(s, f, EntityType.FACILITY);
            add(f + 2, ae, EntityType.FACILITY);
        }
    }

    // ------------------------------------------------------------------ "the X Station of <its architect or owner>"

    /** Head words of built works and sites that end a facility's name before "of" and its maker or operator. */
    private static final Set<String> SITE_HEADS = Set.of("Station", "Bridge", "Tower", "Center", "Centre",
            "Pavilion", "Dam", "Telescope", "Observatory");

    /** Words that begin the names of saints and holy places, not of persons ("Tower of San Marco"). */
    private static final Set<String> SAINTS = Set.of("San", "Santa", "Santo", "Saint", "St", "Sainte", "São", "Sao",
            "Sankt", "Holy", "Our", "Mount", "Lake", "Cape", "Port");

    /**
     * "the Ostrand Station of Aldo Brisani", "the Kessel Deep Space Center of KSA": a name found as a facility or an
     * organisation that ends in "X Station of" and a person's name (a given name and a capitalised word) or a known
     * organisation's short name is the facility "X Station" built or run by them: the name ends before "of", and the
     * person after it is a person; a "Space Center" so cut is a site (FACILITY).
     */
    private void facilitiesOfTheirMakers() {
        Set<Candidate> drop = new HashSet<>();
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type != EntityType.FACILITY && c.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (int o = c.ts + 2; o + 1 < c.te; o++) {
                if (!t.is(o, "of") || !SITE_HEADS.contains(t.word[o - 1])) {
                    continue;
                }
                boolean person = c.te - (o + 1) == 2 && a.orgWord(o + 1) && a.orgWord(o + 2)
                        && a.placeEnd(o + 1) < c.te && !SAINTS.contains(t.word[o + 1]) && !a.headsIn(o + 1, c.te)
                        && (a.kb().isAnyGivenName(t.word[o + 1]) || c.type == EntityType.FACILITY);
                org.citemeta.extract.kb.KbEntry org = c.te == o + 2 ? a.single(o + 1) : null;
                boolean owner = org != null && org.type() == EntityType.ORGANIZATION && t.isAllCaps(o + 1);
                boolean space = t.is(o - 2, "Space");
                if (!person && !(owner && (space || c.type == EntityType.FACILITY))) {
                    break;
                }
                EntityType type = c.type == EntityType.FACILITY || space ? EntityType.FACILITY : c.type;
                drop.add(c);
                note(a.add(c.ts, o, type, c.method, c.conf, c.prio, null));
                if (person) {
                    note(a.add(o + 1, c.te, EntityType.PERSON, ExtractionMethod.PATTERN_ROLE, 0.8, 80, null));
                }
                break;
            }
        }
        a.candidates().removeAll(drop);
    }

    // ------------------------------------------------------------------ names of dates, buildings in apposition

    /** Months in Portuguese, Spanish, Italian and French, which with a day before them name streets and bridges. */
    private static final Set<String> MONTHS = Set.of("Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho",
            "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro", "Enero", "Febrero", "Marzo", "Mayo",
            "Junio", "Julio", "Septiembre", "Octubre", "Noviembre", "Diciembre", "Gennaio", "Febbraio", "Aprile",
            "Maggio", "Giugno", "Luglio", "Settembre", "Ottobre", "Novembre", "Dicembre", "Janvier", "Février",
            "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Décembre");

    /**
     * "the 5 de Outubro Bridge", "the 9 de Julio Avenue": a facility or a place found from a month in a Romance
     * language begins with the day and "de" before it (a name of a date).
     */
    private void namesOfDates() {
        for (Candidate c : List.copyOf(a.candidates())) {
            int s = c.ts;
            if ((c.type == EntityType.FACILITY || c.type == EntityType.LOCATION) && MONTHS.contains(t.word[s])
                    && (t.is(s - 1, "de") || t.is(s - 1, "di")) && s >= 2 && t.kind[s - 2] == Tokens.NUMBER
                    && t.word[s - 2].length() <= 2) {
                note(a.add(s - 2, c.te, c.type, c.method, c.conf, c.prio, null));
            }
        }
    }

    /** Nouns of buildings and venues after a name in apposition ("X, a concert and exhibition complex"). */
    private static final Set<String> BUILDING_NOUNS = Set.of("complex", "venue", "building", "arena", "auditorium",
            "hall", "theatre", "theater", "stadium", "pavilion");

    /**
     * "next to the Centro Velmo de Arte, a concert and exhibition complex of 1992": an organisation found by its
     * head word, with ", a" / ", an" and up to four words in lower case ending in a noun of a building or a venue
     * after it, is the building (FACILITY).
     */
    private void buildingsInApposition() {
        for (Candidate c : a.candidates()) {
            if (c.type != EntityType.ORGANIZATION || c.method != ExtractionMethod.ORG_HEAD || !t.is(c.te, ",")
                    || !(t.is(c.te + 1, "a") || t.is(c.te + 1, "an"))) {
                continue;
            }
            for (int j = c.te + 2; j < c.te + 7 && j < t.count; j++) {
                if (!t.isWord(j) || t.isCap(j)) {
                    break;
                }
                if (BUILDING_NOUNS.contains(t.word[j])) {
                    c.type = EntityType.FACILITY;
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ platforms in a sentence of platforms

    /**
     * "the sea level from Tarn-3A, Tarn-3B and KOSW", in a sentence in which two facilities were found before ("the
     * radiometer on Orvo-1 and Orvo-2, and the sea level from ..."): two or more names of one unit after "from",
     * joined by commas and "and", each with a digit or in capitals, are the platforms the data come from, facilities.
     */
    private void platformsFrom() {
        int[] facilitiesIn = new int[t.sentenceCount + 1];
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.FACILITY) {
                facilitiesIn[t.sentence[c.ts]]++;
            }
        }
        for (int f = 1; f + 3 < t.count; f++) {
            if (!t.is(f, "from")) {
                continue;
            }
            List<int[]> names = andList(f + 1, k -> {
                int e = codeUnitEnd(k);
                return !t.isWord(k) || !t.isCap(k) || !free(k, e) || !codeLike(k, e) || a.knownPlace(k) ? -1 : e;
            }, e -> !t.isCap(e) && t.kind[Math.min(e, t.count - 1)] != Tokens.NUMBER);
            if (names == null || names.size() < 2) {
                continue;
            }
            if (facilitiesIn[t.sentence[f]] >= 2) {
                for (int[] n : names) {
                    add(n[0], n[1], EntityType.FACILITY);
                }
            }
        }
    }

    /** End of a word and what is glued to it by hyphens, digits and capitals ("Tarn-3A", "KOSW"), from token k. */
    private int codeUnitEnd(int k) {
        int e = k + 1;
        while (e < t.count && t.glued(e - 1) && (t.kind[e] == Tokens.NUMBER || t.isWord(e) && t.isCap(e)
                || t.is(e, "-") && t.glued(e) && (t.isWord(e + 1) || t.kind[e + 1] == Tokens.NUMBER))) {
            e += t.is(e, "-") ? 2 : 1;
        }
        return e;
    }

    /** [k, e) holds a digit or is written in capitals of three letters or more. */
    private boolean codeLike(int k, int e) {
        for (int j = k; j < e; j++) {
            if (t.kind[j] == Tokens.NUMBER || t.isWord(j) && t.word[j].matches(".*[0-9].*")) {
                return true;
            }
        }
        return e == k + 1 && t.isAllCaps(k) && t.word[k].length() >= 3;
    }

    // ------------------------------------------------------------------ "X for <place> (<X in its language>)"

    /**
     * "the regional programme Kestrel Funds for Lower Velmia (Fundos Kestrel da Velmia Baixa)": an OTHER name found
     * before "for" and a place is the programme for that place (the name reaches over it), and a name of two or more
     * capitalised words (with lower-case particles) in parentheses right after it is the same name in the place's
     * language, with the same type.
     */
    private void namesForPlacesAndTranslations() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type != EntityType.OTHER) {
                continue;
            }
            int e = c.te;
            if (t.is(e, "for")) {
                Candidate place = null;
                for (Candidate p : startingAt(e + 1)) {
                    if (p.type == EntityType.LOCATION && (place == null || p.te > place.te)) {
                        place = p;
                    }
                }
                if (place == null || t.isCap(place.te)) {
                    continue;
                }
                e = place.te;
                note(a.add(c.ts, e, EntityType.OTHER, c.method, c.conf, c.prio, null));
            }
            if (!t.is(e, "(") || !a.orgWord(e + 1)) {
                continue;
            }
            int k = e + 1;
            int words = 0;
            while (k < t.count && words < 10) {
                if (a.orgWord(k)) {
                    k = a.joined(k + 1);
                    words++;
                } else if (t.isWord(k) && !t.isCap(k) && t.word[k].length() <= 3 && a.orgWord(k + 1)) {
                    k++;
                } else {
                    break;
                }
            }
            if (words >= 2 && t.is(k, ")") && freeBesidesPlaces(e + 1, k)) {
                add(e + 1, k, EntityType.OTHER);
            }
        }
    }
}
