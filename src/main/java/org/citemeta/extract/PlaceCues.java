package org.citemeta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citemeta.extract.kb.KbEntry;
import org.citemeta.extract.kb.KnowledgeBase;
import org.citemeta.extract.text.Tokens;

/**
 * Places that no list knows, or that the gazetteer knows but whose context the earlier rules do not read, taken from
 * cues any text uses for places: a lower-case noun of a kind of place after the name ("the X estuary", "the X and Y
 * quarters", "the X reservoir"); river words before "the" and a single name ("along the X", "the mouth of the X", "the
 * plant on the X,", and "the X and the Y" after one of them or after a place); a list of two new names or more after
 * a preposition of place and closed there ("in X, Y and Z,", "at X in Norway, Y in Sweden and Z in Finland"); a
 * dateline in capitals before a region and a dash ("X, Y County —", "X, N.M. —", four words "X Y Z CITY —"); a name
 * after an organisation's or a facility's name and "in" (a facility's also "at" or "on": "ESTEC in X,", "the Y
 * Telescope (YT) on X."); a gazetteer name after a preposition of place and before a lower-case word ("off X will");
 * a square or a street in a Romance language ("Praça do X", "Rua do Y", not in an address); a gazetteer town before a
 * company's noun ("a X start-up"); "near X." and "neighbouring X"; and "from X to Y" as a range of places. Names that
 * the base knows as something else (a journal, a language) or that are words of a person's name found in the text
 * are never taken. Runs from {@link Annotator#run()} after {@link UnlistedPlacesAndAgencies}; it adds a name only
 * where no candidate of another type holds any of its words and no place candidate reaches over its ends (it may
 * lengthen a place: "Berlin-Adlershof" over "Berlin").
 */
final class PlaceCues {
    /** Lower-case nouns of a kind of place after a name and "the": "the X estuary", "the X and Y quarters". */
    static final Set<String> KIND_NOUNS = Set.of("estuary", "estuaries", "plateau", "plateaus", "reservoir",
            "reservoirs", "quarter", "quarters", "lagoon", "gorge", "massif", "valley", "valleys", "river", "rivers");

    /** Capitalised words before "quarter" that make it a part of a year: "the Fourth quarter". */
    private static final Set<String> ORDINALS = Set.of("Third", "Fourth", "Final", "Same", "Previous", "Following");

    /** Lower-case nouns before "of the" and a river's name: "the mouth of the X", "a tributary of the X". */
    static final Set<String> RIVER_OF = Set.of("mouth", "mouths", "tributary", "tributaries", "banks", "bank",
            "basin", "confluence", "floods", "flood", "upstream", "downstream");

    /** Words right before "the" and a river's name: "along the X", "crosses the X". */
    static final Set<String> RIVER_BEFORE = Set.of("along", "crosses", "crossed", "crossing", "cross", "spans",
            "spanning", "bridging", "navigating");

    /** Lower-case words that may follow "on the X": "on the X opposite Y", "on the X near Y". */
    static final Set<String> ON_AFTER = Set.of("opposite", "near", "upstream", "downstream");

    /**
     * Lower-case words before "on the X" that make X a river or a coast: "the plant on the X,", "a town on the X" (not
     * "run on the X," a computer's name).
     */
    static final Set<String> ON_PREV = Set.of("plant", "plants", "dam", "dams", "weir", "weirs", "town", "towns",
            "city", "cities", "village", "villages", "port", "ports", "bridge", "bridges", "farm", "farms", "lies",
            "lie", "lay", "situated", "located", "sits", "stands", "built", "harbour", "harbor");

    /** Capitalised words after "on the" that name no river or coast: "on the Internet,", "on the Moon.". */
    static final Set<String> ON_NOT = Set.of("Internet", "Web", "Moon", "Sun", "Earth", "Continent", "Left",
            "Right", "Net", "Cloud", "Board", "Council", "Committee", "Day", "Night", "Weekend", "Other");

    /** Prepositions before a list of two places or more: "in X, Y and Z,", "between X and Y". */
    static final Set<String> LIST_PREPS = Set.of("in", "at", "near", "around", "between", "into");

    /** Words before a preposition and a list that make it a list of languages or sources: "written in X and Y". */
    static final Set<String> NO_PLACE_BEFORE = Set.of("written", "implemented", "coded", "programmed", "published",
            "translated", "spoken", "taught", "available", "reported", "shown", "described", "cited", "fluent",
            "proficient", "interested", "expert", "experts", "skilled");

    /** Lower-case particles inside a place's name: "Parque das Nações", "Boucle du Mouhoun". */
    private static final Set<String> PARTICLES = Set.of("du", "de", "des", "es", "el", "la", "do", "da", "das",
            "dos", "al");

    private final CandidateSpace a;
    private final Tokens t;
    /** Tokens covered by a candidate other than a place. */
    private boolean[] covered;
    /** Tokens covered by a place candidate. */
    private boolean[] placed;
    /** The first token and the end (exclusive) of the place candidates that cover a token. */
    private int[] placeFrom;
    private int[] placeTo;
    /** Ends (exclusive) of organisation and facility candidates. */
    private boolean[] bodyEnd;
    /** Ends (exclusive) of facility candidates. */
    private boolean[] facilityEnd;
    /** The words of the persons' names found in the text ("Jones" of "A. Jones"). */
    private final Set<String> personWords = new java.util.HashSet<>();

    /** Lower-case nouns of a site after a facility's name: "the X station at Y". */
    static final Set<String> SITE_NOUNS = Set.of("station", "stations", "telescope", "telescopes", "radar", "site",
            "observatory", "antenna", "antennas", "plant", "mast", "tower");

    PlaceCues(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        int n = t.count;
        covered = new boolean[n + 1];
        placed = new boolean[n + 1];
        bodyEnd = new boolean[n + 1];
        placeFrom = new int[n + 1];
        placeTo = new int[n + 1];
        facilityEnd = new boolean[n + 1];
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.PERSON) {
                for (int k = c.ts; k < c.te; k++) {
                    personWords.add(t.word[k]);
                }
            }
            if (c.type == EntityType.ORGANIZATION || c.type == EntityType.FACILITY) {
                bodyEnd[c.te] = true;
                facilityEnd[c.te] |= c.type == EntityType.FACILITY;
            }
            for (int k = c.ts; k < c.te; k++) {
                if (c.type == EntityType.LOCATION) {
                    placeFrom[k] = placed[k] ? Math.min(placeFrom[k], c.ts) : c.ts;
                    placeTo[k] = Math.max(placeTo[k], c.te);
                    placed[k] = true;
                } else {
                    covered[k] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            kindNoun(i);
            river(i);
            prepositionList(i);
            dateline(i);
            bodyIn(i);
            gazetteerBeforeLower(i);
            street(i);
            townCompany(i);
            nearName(i);
            fromTo(i);
        }
        boolean[] sites = null;
        for (int i = 0; i + 2 < n; i++) {
            if (t.is(i, "(") && bodyEnd[i] && !covered[i + 1] && !placed[i + 1]) {
                sites = sites == null ? NameWithoutHead.sitesWithPlaces(a) : sites;
                placeAfterSite(i, sites);
            }
        }
    }

    /**
     * "Haukeland University Hospital (Bergen) and St Olavs Hospital (Trondheim)": in a sentence that lists sites with
     * their towns in parentheses (two of them, or a place the base knows; `NameWithoutHead.sitesWithPlaces`), a
     * gazetteer town alone in parentheses right after an organisation or facility is a place. Alone ("Finnish
     * Environment Institute (Syke)") the parenthesis may be a short name a town shares, and is left.
     */
    private void placeAfterSite(int open, boolean[] sites) {
        int s = open + 1;
        int e = a.gazetteerEnd(s);
        if (e > s && t.is(e, ")") && (sites[t.sentence[open]] || NameWithoutHead.townOfTheBody(a, open))) {
            take(s, e);
        }
    }

    // ------------------------------------------------------------------ names

    private boolean placeWord(int k) {
        return UnlistedPlacesAndAgencies.placeWord(t, k);
    }

    /** {@link UnlistedPlacesAndAgencies#placeNameEnd} with this pass's particles and covered tokens. */
    private int nameEnd(int k, int max) {
        return UnlistedPlacesAndAgencies.placeNameEnd(a, covered, PARTICLES, k, max);
    }

    private boolean allPlaced(int s, int e) {
        for (int k = s; k < e; k++) {
            if (!placed[k]) {
                return false;
            }
        }
        return true;
    }

    private void take(int s, int e) {
        if (allPlaced(s, e)) {
            return;
        }
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return; // a part of another kind of name
            }
        }
        KbEntry known = a.kb().byName(t.span(s, e));
        if (known != null && (known.type() != EntityType.LOCATION || known.isNonMention())
                || e - s == 1 && personWords.contains(t.word[s])) {
            return; // a journal, a language, a person's surname: "the Ministry in Spanish,", "near Jones."
        }
        for (int k = s; k < e; k++) {
            if (placed[k] && (placeFrom[k] < s || placeTo[k] > e)) {
                return; // a part of a longer place ("Berlin" of "Berlin-Adlershof" is a shorter one)
            }
        }
        a.add(s, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.7, 50, null);
        for (int k = s; k < e; k++) {
            placeFrom[k] = placed[k] ? Math.min(placeFrom[k], s) : s;
            placeTo[k] = Math.max(placeTo[k], e);
            placed[k] = true;
        }
    }

    private boolean closes(int e) {
        return e >= t.count || t.newlineBefore[e] || PlaceContext.CLOSERS.contains(t.word[e])
                || PlaceContext.TAIL.contains(t.word[e]);
    }

    /** The names of a list from k on: "X", "X and Y", "X, Y and Z", "X or Y"; empty when none starts at k. */
    private List<int[]> list(int k, int max, boolean located) {
        List<int[]> names = new ArrayList<>();
        boolean last = false;
        while (k < t.count && !t.newlineBefore[k]) {
            int e = nameEnd(k, max);
            if (e == k) {
                break;
            }
            names.add(new int[] {k, e});
            if (located && t.is(e, "in") && placed[e + 1] && !placed[e] && !t.newlineBefore[e + 1]) {
                e++; // "X in Norway, Y in Sweden": a place after each name
                while (e < t.count && placed[e] && !t.newlineBefore[e]) {
                    e++;
                }
            }
            if (last || e + 1 >= t.count || t.newlineBefore[e + 1]) {
                break;
            }
            if (t.is(e, "and") || t.is(e, "or")) {
                last = true;
                k = e + 1;
            } else if (t.is(e, ",") && (t.is(e + 1, "and") || t.is(e + 1, "or"))) {
                last = true;
                k = e + 2;
            } else if (t.is(e, ",")) {
                k = e + 1;
            } else {
                break;
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ rules

    /**
     * "the X estuary", "the X and Y quarters", "the X reservoir": "the", one name or a list of names and a lower-case
     * noun of a kind of place ({@link #KIND_NOUNS}) right after the last one.
     */
    private void kindNoun(int i) {
        if (!t.is(i, "the") && !t.is(i, "The") || i + 1 >= t.count || t.newlineBefore[i + 1]) {
            return;
        }
        List<int[]> names = list(i + 1, 3, false);
        if (names.isEmpty()) {
            return;
        }
        int end = names.get(names.size() - 1)[1];
        if (end >= t.count || t.newlineBefore[end] || !KIND_NOUNS.contains(t.word[end])) {
            return;
        }
        for (int[] nm : names) {
            if (t.word[nm[0]].length() < 3 && nm[1] - nm[0] == 1 || ORDINALS.contains(t.word[nm[0]])) {
                return;
            }
        }
        for (int[] nm : names) {
            take(nm[0], nm[1]);
        }
    }

    /**
     * A river's name: "the" and a single name after a river word ("along the X", "the mouth of the X"), after "on"
     * when it is closed or a word of position follows ("on the X,", "on the X opposite Y"), and the other name of
     * "the X and the Y" after such a word.
     */
    private void river(int i) {
        if (!t.is(i, "the") || i + 1 >= t.count || t.newlineBefore[i + 1] || i < 1 || t.newlineBefore[i]) {
            return;
        }
        String prev = t.word[i - 1];
        boolean cue = RIVER_BEFORE.contains(prev)
                || prev.equals("of") && i >= 2 && RIVER_OF.contains(t.word[i - 2]) && !t.newlineBefore[i - 1];
        boolean on = prev.equals("on") && i >= 2 && !t.newlineBefore[i - 1] && (ON_PREV.contains(t.word[i - 2])
                || t.is(i - 2, ",") || placed[i - 2]) || prev.equals("On");
        if (!cue && !on) {
            pairAfterPlace(i);
            return;
        }
        int s = i + 1;
        int e = nameEnd(s, on ? 2 : 1);
        if (e == s || on && ON_NOT.contains(t.word[s])) {
            return;
        }
        String next = a.w(e);
        boolean closed = e >= t.count || t.newlineBefore[e] || PlaceContext.CLOSERS.contains(next);
        if (on && !(closed && !next.equals(")") || ON_AFTER.contains(next))) {
            return;
        }
        if (cue && !closesOrLower(e)) {
            return;
        }
        take(s, e);
        // "the X and the Y"
        if (t.is(e, "and") && t.is(e + 1, "the") && e + 2 < t.count && !t.newlineBefore[e + 2]) {
            int f = nameEnd(e + 2, 1);
            if (f > e + 2 && closesOrLower(f)) {
                take(e + 2, f);
            }
        }
    }

    /** "the X and the Y" where X is a place of one word found by a rule: Y is a place (a river, a region) too. */
    private void pairAfterPlace(int i) {
        int s = i + 1;
        if (!placed[s] || placed[s - 1] || placed[s + 1] || !t.is(s + 1, "and") || !t.is(s + 2, "the")
                || s + 3 >= t.count || t.newlineBefore[s + 3]) {
            return;
        }
        int f = nameEnd(s + 3, 1);
        if (f > s + 3 && closesOrLower(f)) {
            take(s + 3, f);
        }
    }

    private boolean closesOrLower(int e) {
        return closes(e) || t.isWord(e) && !t.isCap(e) && !t.newlineBefore[e];
    }

    /**
     * "in X, Y and Z,", "between X and Y.", "at X and Y;": a preposition of place and a list of two names or more that
     * no rule has taken, closed by punctuation or a function word.
     */
    private void prepositionList(int p) {
        if (!LIST_PREPS.contains(t.word[p].toLowerCase(java.util.Locale.ROOT)) || p + 1 >= t.count
                || t.newlineBefore[p + 1]) {
            return;
        }
        List<int[]> names = list(p + 1, 3, true);
        int fresh = 0;
        for (int[] nm : names) {
            fresh += placed[nm[0]] ? 0 : 1;
        }
        if (fresh < 2) {
            return; // "in Turin, Italy, and X by ...": one new name is no list of places
        }
        int end = names.get(names.size() - 1)[1];
        if (t.is(end, "in") && placed[end + 1]) {
            end++;
            while (end < t.count && placed[end] && !t.newlineBefore[end]) {
                end++;
            }
        }
        boolean gazetteer = false;
        for (int[] nm : names) {
            gazetteer |= a.gazetteerEnd(nm[0]) == nm[1];
        }
        boolean lower = gazetteer && end < t.count && t.isWord(end) && !t.isCap(end) && !t.newlineBefore[end]
                && !t.is(end, "et");
        if (!closes(end) && !lower || t.is(end, "(")) {
            return;
        }
        if (p > 0 && NO_PLACE_BEFORE.contains(t.word[p - 1])) {
            return; // "written in X and Y", "spoken in X and Y"
        }
        for (int[] nm : names) {
            KbEntry known = a.kb().byName(t.span(nm[0], nm[1]));
            if (a.kb().isGivenName(t.word[nm[0]]) || known != null && (known.type() != EntityType.LOCATION
                    || known.isNonMention()) || personWords.contains(t.word[nm[1] - 1])) {
                return; // a person's name, a language or a journal: "in Jones and Smith", "in English and French"
            }
        }
        for (int[] nm : names) {
            take(nm[0], nm[1]);
        }
    }

    /**
     * A dateline in capitals at a line's start before a comma, a region's name and a dash ("GALWAY, County Clare —",
     * "TAOS, N.M. —"), or of four words before the dash ("BAN ME THUOT CITY —"): the place is the gazetteer's (the
     * region after it is a place too when it is an abbreviation with periods).
     */
    private void dateline(int i) {
        if (!(i == 0 || t.newlineBefore[i]) || !t.isAllCaps(i) || !t.isWord(i)) {
            return;
        }
        int e = i;
        while (e < t.count && e - i < 4 && t.isAllCaps(e) && t.isWord(e) && (e == i || !t.newlineBefore[e])) {
            e = a.joined(e + 1);
        }
        if (e >= t.count || t.newlineBefore[e]) {
            return;
        }
        KbEntry g = inCapitals(i, e);
        KbEntry b = a.kb().byName(t.span(i, e));
        if (g == null && !(placed[i] && placed[e - 1]) && (b == null || b.type() != EntityType.LOCATION)) {
            return;
        }
        if (dash(e)) {
            take(i, e);
            return;
        }
        if (!t.is(e, ",")) {
            return;
        }
        int k = e + 1;
        int r = k;
        while (r < t.count && r - k < 6 && !t.newlineBefore[r] && (t.isWord(r) && t.isCap(r) || t.is(r, "."))) {
            r++;
        }
        if (r == k || !dash(r)) {
            return;
        }
        take(i, e);
        if (r - k >= 2 && t.is(r - 1, ".") && !covered[k] && !placed[k]) {
            boolean abbreviation = true;
            for (int j = k; j < r; j++) {
                abbreviation &= t.is(j, ".") == ((j - k) % 2 == 1) && (t.is(j, ".") || t.word[j].length() <= 2);
            }
            if (abbreviation) {
                take(k, r);
            }
        }
    }

    /**
     * "the Kestrel Institute in X,", "at ESTEC (European ...) in X where": "in" right after an organisation's or a
     * facility's name (or its acronym in parentheses) and a name closed there, or a name of the gazetteer before a
     * lower-case word ("the College in X took part"): the place where the body is.
     */
    private void bodyIn(int i) {
        boolean in = t.is(i, "in");
        if (!in && !t.is(i, "at") && !t.is(i, "on") || i + 1 >= t.count || t.newlineBefore[i + 1]
                || t.newlineBefore[i]) {
            return;
        }
        if (!in) {
            // a facility "at" or "on" a place: "the Kestrel station at X and", "the Y Telescope (YT) on X."
            int f = i;
            if (i >= 1 && t.isWord(i - 1) && !t.isCap(i - 1) && SITE_NOUNS.contains(t.word[i - 1])) {
                f = i - 1;
            }
            if (t.is(f - 1, ")") && f >= 3 && t.is(f - 3, "(")) {
                f -= 3;
            }
            if (!facilityEnd[f] && !facilityEnd[i]) {
                return;
            }
            int s = i + 1;
            int e = nameEnd(s, 3);
            if (e > s && closes(e) && !t.is(e, "(")) {
                take(s, e);
            }
            return;
        }
        boolean after = bodyEnd[i] || t.is(i - 1, ")") && i >= 3 && t.is(i - 3, "(") && bodyEnd[i - 3]
                || i >= 2 && t.isAllCaps(i - 1) && t.isWord(i - 1) && t.word[i - 1].length() >= 3
                && (t.is(i - 2, "at") || t.is(i - 2, "from")); // "at ESTEC in X,
        if (!after) {
            return;
        }
        int s = i + 1;
        int e = nameEnd(s, 3);
        if (e == s) {
            return;
        }
        boolean closed = closes(e) && !t.is(e, "(");
        boolean gazetteer = a.gazetteerEnd(s) == e && t.isWord(e) && !t.isCap(e) && !t.newlineBefore[e]
                && !t.is(e, "et");
        if (closed || gazetteer) {
            take(s, e);
        }
    }

    /**
     * "off X will", "near X lie": a preposition of place ({@link PlaceContext#PREPS}), a name of the gazetteer and a
     * lower-case word (not "et" of "et al.").
     */
    private void gazetteerBeforeLower(int i) {
        if (!PlaceContext.PREPS.contains(a.w(i - 1)) || placed[i] || covered[i] || !t.isCap(i) || t.isAllCaps(i)
                || t.newlineBefore[i] || !t.isWord(i)) {
            return;
        }
        int e = a.gazetteerEnd(i);
        if (e > i && e < t.count && !t.newlineBefore[e] && t.isWord(e) && !t.isCap(e) && !t.is(e, "et")) {
            take(i, e);
        }
    }

    /** Capitalised words that begin the name of a square or a street in Romance languages: "Praça do X", "Rua X". */
    static final Set<String> STREET_LEADS = Set.of("Praça", "Praca", "Rua", "Largo", "Avenida", "Plaza", "Piazza",
            "Piazzale", "Calle", "Rambla", "Paseo");

    /**
     * "the Praça do X, the square", "At the top of Rua do Y the": a square's or a street's name, not in an address
     * (no number after it) and not the beginning of a longer name (no capitalised word after it).
     */
    private void street(int i) {
        if (!STREET_LEADS.contains(t.word[i]) || covered[i] || placed[i] || i + 1 >= t.count
                || t.newlineBefore[i + 1]) {
            return;
        }
        int k = i + 1;
        if (PARTICLES.contains(t.word[k])) {
            k++;
        }
        int e = nameEnd(k, 3);
        if (e == k || e < t.count && !t.newlineBefore[e] && (t.kind[e] == Tokens.NUMBER
                || t.isWord(e) && t.isCap(e) || t.is(e, "(") || t.is(e, ",") && t.kind[e + 1] == Tokens.NUMBER)) {
            return;
        }
        take(i, e);
    }

    /** Lower-case words of a company after a town's name: "a X start-up", "the X venture firm". */
    static final Set<String> COMPANY_NOUNS = Set.of("start-up", "startup", "firm", "company", "spin-off",
            "spinout", "maker", "manufacturer", "producer", "supplier", "lender", "insurer", "retailer", "brewer");

    /**
     * "a X start-up", "the X venture firm": "a" / "the", a name of the gazetteer, and a company's noun right after it
     * or after one more lower-case word: the town the company is in.
     */
    private void townCompany(int i) {
        if (!(t.is(i, "a") || t.is(i, "the") || t.is(i, "an")) || i + 1 >= t.count || t.newlineBefore[i + 1]) {
            return;
        }
        int s = i + 1;
        int e = a.gazetteerEnd(s);
        if (e == s || !t.isCap(s) || t.isAllCaps(s) || e >= t.count || t.newlineBefore[e]) {
            return;
        }
        int k = e;
        String w = t.word[k];
        if (t.is(k + 1, "-") && t.glued(k) && t.glued(k + 1)) {
            w = w + "-" + a.w(k + 2);
        }
        if (!COMPANY_NOUNS.contains(w) && t.isWord(k) && !t.isCap(k) && k + 1 < t.count) {
            w = t.word[k + 1];
            if (t.is(k + 2, "-") && t.glued(k + 1) && t.glued(k + 2)) {
                w = w + "-" + a.w(k + 3);
            }
        }
        if (COMPANY_NOUNS.contains(w)) {
            take(s, e);
        }
    }

    /**
     * "near X.", "from neighbouring X and": "near" or "neighbouring" and a name closed there (not a known given name).
     */
    private void nearName(int i) {
        String w = t.word[i];
        boolean near = w.equals("near") || (w.equals("neighbouring") || w.equals("neighboring"))
                && i > 0 && Lexicon.LOC_PREPS.contains(a.w(i - 1));
        if (!near || i + 1 >= t.count || t.newlineBefore[i + 1]) {
            return;
        }
        int e = nameEnd(i + 1, 3);
        if (e == i + 1 || a.kb().isGivenName(t.word[i + 1])) {
            return;
        }
        if (e >= t.count || t.newlineBefore[e] || PlaceContext.CLOSERS.contains(t.word[e]) && !t.is(e, ")")) {
            take(i + 1, e);
        }
    }

    /**
     * "from X to Y on the island", "every hospital from X to Y.": "from", a name (or a place found already), "to" and a
     * name closed there, neither a known given name nor a name the base knows as no place: a range of places.
     */
    private void fromTo(int i) {
        if (!t.is(i, "from") || i + 1 >= t.count || t.newlineBefore[i + 1]) {
            return;
        }
        int s = i + 1;
        int e = placed[s] ? placedEnd(s) : nameEnd(s, 3);
        if (e == s || !t.is(e, "to") || e + 1 >= t.count || t.newlineBefore[e + 1]) {
            return;
        }
        int s2 = e + 1;
        int e2 = placed[s2] ? placedEnd(s2) : nameEnd(s2, 3);
        if (e2 == s2 || !closes(e2) || t.is(e2, "(") || t.is(e2, "to")
                || a.kb().isGivenName(t.word[s]) || a.kb().isGivenName(t.word[s2])
                || NO_PLACE_BEFORE.contains(a.w(i - 1))) {
            return;
        }
        take(s, e);
        take(s2, e2);
    }

    private int placedEnd(int s) {
        int e = s;
        while (e < t.count && placed[e] && !t.newlineBefore[e] && e - s < 4) {
            e++;
        }
        return e;
    }

    private boolean dash(int k) {
        return k < t.count && !t.newlineBefore[k] && (t.is(k, "—") || t.is(k, "–") || t.is(k, "-") && !t.glued(k - 1));
    }

    /** The gazetteer's place written in capitals at exactly [i, e), or null. */
    private KbEntry inCapitals(int i, int e) {
        KnowledgeBase.Node n = a.kb().gazetteerRoot();
        for (int k = i; k < e && n != null; k++) {
            n = n.child(PlaceContext.titleCase(t.word[k]));
        }
        return n == null ? null : n.entry();
    }
}
