package org.citemeta.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citemeta.extract.kb.KbEntry;
import org.citemeta.extract.text.Tokens;

/**
 * Places that no list knows (villages, small towns, islands, districts of project and health reports), taken where the
 * words around them say they are places: a lower-case place noun before "of" or "around" ("the village of X", "the
 * cercles of X, Y and Z", "the hamlets around X"), a lower-case adjective of place after a preposition ("in rural X",
 * "across northern X"), a lower-case place noun after the name ("the X valley", "the X subregion"), and names joined
 * in a list to a place found by any rule ("from Waingapu and X."). A name the gazetteer knows also counts as a place
 * after "in" / "from" and before a verb in the past ("in X started"), before "-based" ("the X-based union") and
 * after "opposite" or "beyond" ("opposite X,"; "off", "via" and "towards" are read by {@link PlaceContext}).
 * Agencies and NGOs whose name ends with "International" and has no head word ("Wetlands International", "Harvest
 * Aid International") are organisations, and so are government departments with a country first and technology
 * parks; a scheme named after "the ... scheme," with its acronym is OTHER. Runs from {@link Annotator#run()} after
 * {@link EvidenceWords}, over the annotator's tokens and candidates; it adds names only where no other candidate is.
 */
final class UnlistedPlacesAndAgencies {
    /** Lower-case nouns before "of" (or "around", "near") and a place's name: "the village of X". */
    static final Set<String> PLACE_NOUNS = Set.of("island", "islands", "village", "villages", "town", "towns",
            "hamlet", "hamlets", "regency", "regencies", "district", "districts", "sub-district", "subdistrict",
            "cercle", "cercles", "commune", "communes", "province", "provinces", "municipality", "municipalities",
            "county", "counties", "prefecture", "oblast", "voivodeship", "state", "city", "cities", "port", "ports",
            "capital", "suburb", "suburbs", "outskirts", "region", "parish", "parishes", "ward", "wards", "woreda",
            "upazila", "tehsil", "taluk", "governorate", "oasis", "valley", "atoll");

    /** Words after a place noun that lead to the name: "the village of X", "the hamlets around X". */
    private static final Set<String> NOUN_LINKS = Set.of("of", "around", "near");

    /** Lower-case adjectives of place between a preposition and a name: "in rural X", "across northern X". */
    static final Set<String> PLACE_ADJECTIVES = Set.of("rural", "coastal", "northern", "southern", "eastern",
            "western", "central", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern",
            "northwestern", "southeastern", "southwestern", "upland", "highland", "lowland", "remote", "inland",
            "upper", "lower", "peri-urban");

    /** Prepositions before such an adjective: "in rural X". */
    private static final Set<String> ADJECTIVE_PREPS = Set.of("in", "across", "throughout", "of", "from", "around",
            "for", "to");

    /** Lower-case nouns after a name after "the": "the X valley", "the X subregion". */
    static final Set<String> AFTER_NOUNS = Set.of("valley", "subregion", "regency", "cercle", "commune",
            "district", "plain", "plains", "floodplain", "watershed", "catchment", "hills", "highlands", "lowlands");

    /** Prepositions before a list of places: "in X, Y and Z". */
    private static final Set<String> LIST_PREPS = Set.of("in", "from", "at", "near", "around", "across",
            "throughout", "between");

    /** Lower-case particles inside a place's name: "Boucle du Mouhoun", "Dar es Salaam". */
    private static final Set<String> PARTICLES = Set.of("du", "de", "des", "es", "el", "la", "do", "da", "al");

    private final CandidateSpace a;
    private final Tokens t;
    /** Tokens covered by a candidate other than a place. */
    private boolean[] covered;
    /** Tokens covered by a place candidate. */
    private boolean[] placed;
    /** Start and end (exclusive) of the place candidates. */
    private boolean[] locStart;
    private boolean[] locEnd;
    /** The lower-case words of the places found, to recognise them again in a list. */
    private final Set<String> known = new HashSet<>();

    UnlistedPlacesAndAgencies(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        int n = t.count;
        covered = new boolean[n + 1];
        placed = new boolean[n + 1];
        locStart = new boolean[n + 1];
        locEnd = new boolean[n + 1];
        for (Candidate c : a.candidates()) {
            for (int k = c.ts; k < c.te; k++) {
                if (c.type == EntityType.LOCATION) {
                    placed[k] = true;
                } else {
                    covered[k] = true;
                }
            }
        }
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.LOCATION && !covered[c.ts]) {
                mark(c.ts, c.te);
            }
        }
        for (int i = 0; i < n; i++) {
            nounOf(i);
            adjective(i);
            nounAfter(i);
            gazetteerBeforeVerb(i);
            gazetteerBased(i);
            gazetteerAfterPreposition(i);
        }
        lists();
        for (int i = 0; i < n; i++) {
            compassName(i);
            international(i);
            governmentDepartment(i);
            technologyPark(i);
            schemeApposition(i);
        }
    }

    /** Lower-case nouns of programmes and schemes before an apposition that names one. */
    private static final Set<String> SCHEME_NOUNS = Set.of("scheme", "programme", "program", "initiative", "plan",
            "strategy");

    /**
     * "the national health insurance scheme, Kartu Tani Sehat (KTS), ...": a lower-case noun of a scheme or a
     * programme, a comma and two or more capitalised words with no head word that an acronym in parentheses follows,
     * are a scheme's name, OTHER (else the acronym pass would make it an organisation).
     */
    private void schemeApposition(int i) {
        if (!t.isWord(i) || t.isCap(i) || !SCHEME_NOUNS.contains(t.word[i]) || !t.is(i + 1, ",")) {
            return;
        }
        int s = i + 2;
        int e = s;
        while (e < t.count && e - s < 5 && a.orgWord(e) && !t.isAllCaps(e) && !t.newlineBefore[e]) {
            e = a.joined(e + 1);
        }
        if (e - s >= 2 && t.is(e, "(") && e + 2 < t.count && Tokens.isAcronym(t.word[e + 1])
                && t.is(e + 2, ")") && !a.headsIn(s, e) && !coveredIn(s, e) && !a.kb().isGivenName(t.word[s])) {
            a.add(s, e, EntityType.OTHER, ExtractionMethod.PATTERN_DATA_NOUN, 0.8, 80, null);
        }
    }

    /** Capitalised compass words that begin a region's name: "West Kelabit", "Upper Waroba". */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Upper", "Lower", "Northeast", "Northwest", "Southeast", "Southwest",
            "North-East", "North-West", "South-East", "South-West");

    /** Prepositions before a region's name that begins with a compass word. */
    private static final Set<String> COMPASS_PREPS = Set.of("in", "from", "to", "across", "throughout", "near",
            "around", "of");

    /**
     * "in West Kelabit.", "to Upper Waroba in the north": after a preposition of place, a capitalised compass word and
     * one or two capitalised words no other name holds, closed by punctuation or a word in lower case (after "of" only
     * by punctuation).
     */
    private void compassName(int i) {
        if (!COMPASS.contains(a.w(i)) || !COMPASS_PREPS.contains(a.w(i - 1)) || placed[i] || covered[i]
                || t.newlineBefore[i] || i + 1 >= t.count || t.newlineBefore[i + 1]) {
            return;
        }
        int e = nameEnd(i + 1);
        if (e == i + 1 || e - i > 3 || coveredIn(i, e)) {
            return;
        }
        boolean closed = e >= t.count || t.newlineBefore[e] || PlaceContext.CLOSERS.contains(t.word[e]);
        boolean lower = !closed && t.isWord(e) && !t.isCap(e);
        if (closed || lower && !t.is(i - 1, "of")) {
            take(i, e);
        }
    }

    /**
     * "the Kestrel Department of Fisheries and Trade" with a country or a demonym first ("Australian Department of
     * ...", "US Department of ..."): a government's department, an organisation (a university's department has no
     * country before it). The name runs over capitalised words, "and", "&" and "the" before a capitalised word.
     */
    private void governmentDepartment(int k) {
        if (!t.is(k, "Department") || !(t.is(k + 1, "of") || t.is(k + 1, "for")) || k == 0 || covered[k]) {
            return;
        }
        KbEntry e = a.single(k - 1);
        if (e == null || e.type() != EntityType.LOCATION || e.ambiguous() || !t.isCap(k - 1)) {
            return;
        }
        int r = k + 2;
        int end = k + 2;
        while (r < t.count && !t.newlineBefore[r]) {
            if (a.orgWord(r)) {
                r = a.joined(r + 1);
                end = r;
            } else if ((t.is(r, "and") || t.is(r, "&") || t.is(r, "the")) && r > k + 2 && a.orgWord(r + 1)) {
                r++;
            } else if (t.is(r, "the") && r == k + 2 && a.orgWord(r + 1)) {
                r++;
            } else {
                break;
            }
        }
        if (end > k + 2 && !coveredIn(k - 1, end)) {
            a.add(k - 1, end, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.8, 80, null);
        }
    }

    /** Words before "Park" that make it a technology or science park, a company: "Kestrel Technology Park". */
    private static final Set<String> PARK_LEADS = Set.of("Technology", "Science", "Research", "Industrial",
            "Innovation", "Business", "Technological", "Software", "Scientific");

    /**
     * "Kestrel Technology Park", "Nadbrzeżny Park Technologiczny": a capitalised word or two before a word of
     * {@link #PARK_LEADS} and "Park", or "Park" / "Parque" before a word that begins with "Technolog", "Tecnol",
     * "Naukowo", "Przemysł" or "Cient": a technology or science park, an organisation.
     */
    private void technologyPark(int k) {
        if (!(t.is(k, "Park") || t.is(k, "Parque")) || covered[k] || t.newlineBefore[k]) {
            return;
        }
        int s;
        int end;
        String next = a.w(k + 1);
        if (PARK_LEADS.contains(a.w(k - 1)) && t.is(k, "Park")) {
            s = k - 1;
            end = k + 1;
        } else if (t.isCap(k + 1) && (next.startsWith("Technolog") || next.startsWith("Tecnol")
                || next.startsWith("Naukowo") || next.startsWith("Przemysł") || next.startsWith("Cient"))) {
            s = k;
            end = a.joined(k + 2);
        } else {
            return;
        }
        int l = s;
        while (l - 1 >= 0 && s - l < 2 && !t.newlineBefore[l] && a.orgWord(l - 1) && !covered[l - 1]
                && !Lexicon.STOP_CAP.contains(t.word[l - 1])) {
            l--;
        }
        if (l < s && !coveredIn(l, end) && !(t.isCap(end) && !t.newlineBefore[end] && t.isWord(end))) {
            a.add(l, end, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.8, 80, null);
        }
    }

    /**
     * "Wetlands International", "Harvest Aid International": one to three capitalised words (no place alone, no known
     * given name first) and "International" as the last word, not before another capitalised word ("X International
     * Airport"), no candidate on any of them: an NGO's or a company's name.
     */
    private void international(int h) {
        if (!t.is(h, "International") || h == 0 || t.newlineBefore[h] || covered[h] || placed[h]
                || h + 1 < t.count && t.isCap(h + 1) && !t.newlineBefore[h + 1] || t.is(h + 1, "'s")) {
            return;
        }
        int s = h;
        while (s - 1 >= 0 && h - s < 3 && !t.newlineBefore[s] && a.orgWord(s - 1) && !covered[s - 1]
                && !placed[s - 1] && !Lexicon.STOP_CAP.contains(t.word[s - 1])) {
            s--;
            while (s - 2 >= 0 && (t.is(s - 1, "&") || t.is(s - 1, "-")) && a.orgWord(s - 2) && !covered[s - 2]) {
                s -= 2;
            }
        }
        if (s == h || a.kb().isGivenName(t.word[s]) || a.headsIn(s, h)) {
            return;
        }
        if (s >= 2 && t.isWord(s - 1) && Lexicon.CONNECTORS.contains(t.word[s - 1]) && t.isCap(s - 2)) {
            return; // the end of a longer name: "Journal of Fluid International"
        }
        a.add(s, h + 1, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.75, 70, null);
    }

    private void mark(int s, int e) {
        locStart[s] = true;
        locEnd[e] = true;
        known.add(t.span(s, e).toLowerCase(Locale.ROOT));
    }

    private void addPlace(int s, int e) {
        a.add(s, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.7, 50, null);
        for (int k = s; k < e; k++) {
            placed[k] = true;
        }
        mark(s, e);
    }

    private boolean placeWord(int k) {
        return placeWord(t, k);
    }

    private int nameEnd(int k) {
        return placeNameEnd(a, covered, PARTICLES, k, 3);
    }

    /** A word that may be part of a place's name: capitalised, no function word, head word, title or acronym. */
    static boolean placeWord(Tokens t, int k) {
        if (k < 0 || k >= t.count || !t.isWord(k) || !t.isCap(k) || t.isAllCaps(k) && t.word[k].length() > 1) {
            return false;
        }
        String x = t.word[k];
        return x.length() > 1 && !Lexicon.STOP_CAP.contains(x) && Lexicon.head(x) == null
                && !Lexicon.TITLES.contains(x) && !Lexicon.BODY_NOUNS.contains(x) && !t.is(k + 1, "'s");
    }

    /**
     * End (exclusive) of a place's name of one to {@code max} words starting at k on k's line ("Sabu Raijua",
     * "Jelcz-Laskowice", "Boucle du Mouhoun", with the lower-case {@code particles} inside), or k when none starts
     * there, a token of it is {@code covered} by another name, or it has two words or more and begins with a known
     * given name (a person's: "Florence Achieng"). Shared with {@link PlaceCues}.
     */
    static int placeNameEnd(CandidateSpace a, boolean[] covered, Set<String> particles, int k, int max) {
        Tokens t = a.tokens();
        if (!placeWord(t, k) || t.newlineBefore[k] && k > 0 && !t.isWord(k - 1)) {
            return k;
        }
        int e = k;
        int words = 0;
        while (e < t.count && words < max && !(e > k && t.newlineBefore[e])) {
            if (placeWord(t, e)) {
                e = a.joined(e + 1);
                words++;
            } else if (e > k && particles.contains(t.word[e]) && placeWord(t, e + 1) && !t.newlineBefore[e + 1]) {
                e++;
            } else {
                break;
            }
        }
        for (int j = k; j < e; j++) {
            if (covered[j]) {
                return k;
            }
        }
        if (words > 1 && a.kb().isGivenName(t.word[k])) {
            return k;
        }
        return e;
    }

    /** The name that ends before token e is closed: a closer, a lower-case word of {@link PlaceContext#TAIL}. */
    private boolean closes(int e) {
        return e >= t.count || t.newlineBefore[e] || PlaceContext.CLOSERS.contains(t.word[e])
                || PlaceContext.TAIL.contains(t.word[e]);
    }

    /** Adds the name at [s, e) unless it is a place already. */
    private void take(int s, int e) {
        boolean all = true;
        for (int k = s; k < e; k++) {
            all &= placed[k];
        }
        if (!all) {
            addPlace(s, e);
        }
    }

    /**
     * "the village of X", "the cercles of X, Y and Z", "the hamlets around X": a lower-case place noun, "of" /
     * "around" / "near", then one name or a list of names, closed by punctuation or a function word.
     */
    private void nounOf(int i) {
        if (!t.isWord(i) || t.isCap(i) || !PLACE_NOUNS.contains(t.word[i]) || !NOUN_LINKS.contains(a.w(i + 1))) {
            return;
        }
        int s = i + 2;
        if (s >= t.count || t.newlineBefore[s]) {
            return;
        }
        int e = nameEnd(s);
        if (e == s) {
            return;
        }
        List<int[]> names = new java.util.ArrayList<>();
        names.add(new int[] {s, e});
        // the rest of a list: ", Y", ", Y and Z", "Y or Z"
        while (e + 1 < t.count && (t.is(e, ",") || t.is(e, "and") || t.is(e, "or")) && !t.newlineBefore[e + 1]) {
            int k = e + 1;
            if (t.is(e, ",") && (t.is(k, "and") || t.is(k, "or"))) {
                k++;
            }
            int f = nameEnd(k);
            if (f == k || !closes(f)) {
                break;
            }
            names.add(new int[] {k, f});
            e = f;
        }
        int first = names.get(0)[1];
        boolean lowerAfter = first < t.count && !t.newlineBefore[first] && t.isWord(first) && !t.isCap(first);
        if (names.size() == 1 && !closes(first) && !lowerAfter) {
            return; // "the town of X sits ...": any word in lower case ends the name too
        }
        for (int[] nm : names) {
            take(nm[0], nm[1]);
        }
    }

    /** "in rural X", "across northern X": a preposition, a lower-case adjective of place and a name. */
    private void adjective(int i) {
        if (!t.isWord(i) || t.isCap(i) || !PLACE_ADJECTIVES.contains(t.word[i])
                || !ADJECTIVE_PREPS.contains(a.w(i - 1).toLowerCase(Locale.ROOT))) {
            return;
        }
        int s = i + 1;
        if (s >= t.count || t.newlineBefore[s]) {
            return;
        }
        int e = nameEnd(s);
        if (e > s && (closes(e) || t.isWord(e) && !t.isCap(e))) {
            take(s, e);
        }
    }

    /** "the X valley", "the X subregion": "the", a name and a lower-case place noun after it. */
    private void nounAfter(int i) {
        if (!t.is(i, "the") && !t.is(i, "The")) {
            return;
        }
        int s = i + 1;
        if (s >= t.count || t.newlineBefore[s]) {
            return;
        }
        int e = nameEnd(s);
        if (e > s && e < t.count && !t.newlineBefore[e] && AFTER_NOUNS.contains(t.word[e])
                && (t.word[s].length() > 3 || e - s > 1)) {
            take(s, e);
        }
    }

    /**
     * A name of the gazetteer after "in" / "from" / "near" and before a lower-case verb in the past ("in X started",
     * "from X travelled"), which the gazetteer's own contexts leave out.
     */
    private void gazetteerBeforeVerb(int i) {
        if (!PlaceContext.PREPS.contains(a.w(i - 1)) || placed[i] || covered[i] || !t.isCap(i) || t.isAllCaps(i)
                || t.newlineBefore[i]) {
            return;
        }
        int e = a.gazetteerEnd(i);
        if (e > i && e < t.count && !t.newlineBefore[e] && t.isWord(e) && !t.isCap(e) && t.word[e].length() > 3
                && t.word[e].endsWith("ed") && !coveredIn(i, e)) {
            take(i, e);
        }
    }

    /**
     * Prepositions of place before a name of the gazetteer that {@link PlaceContext} does not read ("off" is one of its
     * {@code PREPS}, "via" and "towards" of its {@code JOURNEY_WORDS}).
     */
    private static final Set<String> MORE_PREPS = Set.of("opposite", "beyond");

    /** "opposite X.", "beyond X,": one of {@link #MORE_PREPS} and a gazetteer name, closed. */
    private void gazetteerAfterPreposition(int i) {
        if (!MORE_PREPS.contains(a.w(i - 1)) || placed[i] || covered[i] || !t.isCap(i) || t.isAllCaps(i)
                || t.newlineBefore[i]) {
            return;
        }
        int e = a.gazetteerEnd(i);
        if (e > i && (e >= t.count || t.newlineBefore[e] || PlaceContext.CLOSERS.contains(t.word[e]))
                && !coveredIn(i, e)) {
            take(i, e);
        }
    }

    /** "the X-based union": a name of the gazetteer glued to "-based". */
    private void gazetteerBased(int i) {
        if (placed[i] || covered[i] || !t.isCap(i) || t.isAllCaps(i) || t.is(i - 1, "-") && t.glued(i - 1)) {
            return;
        }
        int e = a.gazetteerEnd(i);
        if (e > i && t.is(e, "-") && t.glued(e - 1) && t.glued(e) && t.is(e + 1, "based") && !coveredIn(i, e)) {
            take(i, e);
        }
    }

    private boolean coveredIn(int s, int e) {
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "from Waingapu and X.", "in Wałbrzych, X and Y,": after a preposition of place, a list of names separated by
     * commas, "and" or "or", closed by punctuation or a function word, in which one name is a place found by a rule
     * (here or elsewhere in the text with the same words): the other names are places too. So are the names of such a
     * list after "the" and before a lower-case noun of administrative places ("the Tolvi, Marka and Sendu districts",
     * "in the X and Y counties"), which {@link PlaceContext} reads for names of the gazetteer only.
     */
    private void lists() {
        for (int p = 0; p + 1 < t.count; p++) {
            boolean article = t.is(p, "the");
            if (!LIST_PREPS.contains(t.word[p]) && !article || t.newlineBefore[p + 1]) {
                continue;
            }
            List<int[]> names = new java.util.ArrayList<>();
            int k = p + 1;
            boolean anchor = false;
            boolean sep = true;
            boolean lastOne = false; // after "and" / "or" the next name ends the list: "X and Y, and then ..."
            while (k < t.count && sep) {
                int e = locStart[k] ? placeEndAt(k) : nameEnd(k);
                if (e == k) {
                    break;
                }
                boolean isPlace = locStart[k] && locEnd[e] || known.contains(t.span(k, e).toLowerCase(Locale.ROOT));
                anchor |= isPlace;
                names.add(new int[] {k, e, isPlace ? 1 : 0});
                e = PlaceContext.afterYear(t, e); // "in Valletta (2022), Tunis (2023) and Split (2025)"
                sep = false;
                if (!lastOne && e + 1 < t.count && !t.newlineBefore[e + 1]
                        && (t.is(e, ",") || t.is(e, "and") || t.is(e, "or"))) {
                    k = e + 1;
                    lastOne = t.is(e, "and") || t.is(e, "or");
                    if (t.is(e, ",") && (t.is(k, "and") || t.is(k, "or")) && k + 1 < t.count) {
                        k++;
                        lastOne = true;
                    }
                    sep = true;
                }
            }
            if (names.size() < 2 || !anchor) {
                continue;
            }
            int[] last = names.get(names.size() - 1);
            int after = PlaceContext.afterYear(t, last[1]);
            boolean placeNoun = after < t.count && !t.newlineBefore[after]
                    && PlaceContext.AFTER_NOUNS.contains(t.word[after]);
            if (article && !placeNoun) {
                continue; // after "the" only a list before "districts", "counties" ... is one of places
            }
            if (after < t.count && !t.newlineBefore[after] && !PlaceContext.CLOSERS.contains(t.word[after])
                    && !placeNoun) {
                continue; // "in Turin, Italy, and X by ...": a new clause, not a list
            }
            for (int[] nm : names) {
                if (nm[2] == 0) {
                    take(nm[0], nm[1]);
                }
            }
        }
    }

    /** End of the longest place candidate starting at k not inside another name, or k. */
    private int placeEndAt(int k) {
        int best = k;
        for (Candidate c : a.candidates()) {
            if (c.ts == k && c.type == EntityType.LOCATION && c.te > best) {
                best = c.te;
            }
        }
        return best;
    }
}
