package org.citemeta.extract;

import java.util.List;
import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * Names that the words around them say what they are, in methods sections, press releases and survey reports:
 * a supplier given with its address ("from Abcam (Cambridge, UK)", "(Kongsberg Maritime, Horten, Norway)"), a
 * fishing ground or a channel after a preposition of place ("on the Labadie Bank", "in St George's Channel"), a name
 * whose own words are a list ("the European Maritime, Fisheries and Aquaculture Fund") and a name with a head word
 * inside that a lower-case "program" follows ("the Laboratory Directed Research and Development program").
 * Runs from {@link Annotator#run()} after {@link NameWithoutHead}, over the annotator's tokens and candidates.
 */
final class EvidenceWords {
    private final CandidateSpace a;
    private final Tokens t;
    /** End of the LOCATION candidate starting at each token (found before this pass), or -1. */
    private int[] placeEndAt;
    /** Tokens covered by a candidate found before this pass, other than a place. */
    private boolean[] covered;
    /** Tokens covered by a candidate found before this pass, other than a name found from its head word. */
    private boolean[] known;

    EvidenceWords(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        placeEndAt = new int[t.count];
        covered = new boolean[t.count];
        known = new boolean[t.count];
        java.util.Arrays.fill(placeEndAt, -1);
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.LOCATION) {
                placeEndAt[c.ts] = Math.max(placeEndAt[c.ts], c.te);
            }
            for (int k = c.ts; k < c.te && c.type != EntityType.LOCATION; k++) {
                covered[k] = true;
            }
            for (int k = c.ts; k < c.te && c.method != ExtractionMethod.ORG_HEAD; k++) {
                known[k] = true;
            }
        }
        List<Candidate> before = List.copyOf(a.candidates());
        suppliers();
        marineNames();
        ships();
        countiesAndCompanies();
        newPlaceInNames();
        for (Candidate c : before) {
            if (c.type == EntityType.PERSON) {
                hyphenatedSurname(c);
            }
            if (c.type == EntityType.ORGANIZATION && c.method == ExtractionMethod.ORG_HEAD) {
                listedName(c);
                listEndsName(c);
                programme(c);
            }
        }
    }

    /** A word of a name: a capitalised word ({@link Annotator#orgWord}) or the "New" of a place ("New England"). */
    private boolean nameWord(int k) {
        return a.orgWord(k) || t.is(k, "New") && a.placeEnd(k) > k + 1;
    }

    // ------------------------------------------------------------------ hyphenated surnames

    /**
     * "Achterberg-Mensah added that ...": a person found from the last part of a hyphenated surname alone ("Mensah")
     * goes back over the parts glued to it by hyphens, as a name never begins after a glued hyphen.
     */
    private void hyphenatedSurname(Candidate c) {
        int l = c.ts;
        while (l >= 2 && t.is(l - 1, "-") && t.glued(l - 1) && t.glued(l - 2) && t.isWord(l - 2) && t.isCap(l - 2)
                && !t.newlineBefore[l - 2] && c.ts - l < 4) {
            l -= 2;
        }
        if (l < c.ts) {
            a.add(l, c.te, EntityType.PERSON, c.method, c.conf, c.prio, c.kb);
        }
    }

    // ------------------------------------------------------------------ "New" in a name

    /**
     * Names that hold a place beginning with "New", which {@link Annotator#orgWord} leaves out as a sentence's opening
     * word: "New Mexico State University", "Northern New Mexico College" (the name found from its head word began
     * after "New") and "University of New Mexico" (a head word, "of" and the place).
     */
    private void newPlaceInNames() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.method == ExtractionMethod.ORG_HEAD && t.is(c.ts - 1, "New") && a.placeEnd(c.ts - 1) > c.ts
                    && !t.newlineBefore[c.ts]) {
                int l = c.ts - 1;
                int ss = a.sentStart(c.ts);
                while (l - 1 >= ss && a.orgWord(l - 1) && !t.newlineBefore[l] && c.ts - l < 4) {
                    l--;
                }
                add(l, c.te);
            }
        }
        for (int h = 0; h + 3 < t.count; h++) {
            if (t.is(h + 1, "of") && t.is(h + 2, "New") && a.headsIn(h, h + 1) && a.placeEnd(h + 2) > h + 3) {
                int l = h;
                int ss = a.sentStart(h);
                while (l - 1 >= ss && a.orgWord(l - 1) && !t.newlineBefore[l] && h - l < 3) {
                    l--;
                }
                add(l, a.placeEnd(h + 2));
            }
        }
    }

    private void add(int l, int r) {
        EntityType type = a.nameType(l, r);
        if (type != null) {
            a.add(l, r, type, ExtractionMethod.ORG_HEAD, 0.85, 80, null);
        }
    }

    // ------------------------------------------------------------------ suppliers with their address

    /** Words before a supplier named with its address in parentheses: "purchased from X (City, Country)". */
    private static final Set<String> SUPPLIER_PREPS = Set.of("from", "by");

    /**
     * A company given with its address, in the style of methods sections: "from X (City[, Region], Country)" or
     * "(X, City[, Region], Country)" after a product, where every part of the address is a place found by the other
     * rules and X is one to four capitalised words, no place, not a person's name, and no candidate yet.
     */
    private void suppliers() {
        for (int p = 1; p < t.count; p++) {
            if (!t.is(p, "(")) {
                continue;
            }
            // "from X (City, Country)"
            int s = nameStartBefore(p);
            int addressEnd = s < p ? addressEnds(p + 1) : -1;
            if (s < p && SUPPLIER_PREPS.contains(a.w(s - 1)) && addressEnd > 0 && plain(s, p)) {
                a.add(s, p, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.75, 75, null);
                continue;
            }
            // a partner opening its sentence with its address, then a verb: "Tidewave Systems (Bergen, Norway)
            // supplies the buoys"
            if (addressEnd > 0 && (s == a.sentStart(s) || t.newlineBefore[s]) && addressEnd < t.count
                    && t.isWord(addressEnd) && !t.isCap(addressEnd) && !t.newlineBefore[addressEnd] && plain(s, p)) {
                a.add(s, p, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.75, 75, null);
                continue;
            }
            // "(X, City, Country)" after a word in lower case or a product's code
            int e = nameEndAfter(p + 1);
            boolean after = t.isWord(p - 1) && (!t.isCap(p - 1) || productCode(p - 1)) || t.kind[p - 1] == Tokens.NUMBER;
            if (e > p + 1 && t.is(e, ",") && after && plain(p + 1, e)) {
                int end = addressEnds(e + 1);
                if (end > 0 && placesIn(e + 1, end) >= 2) {
                    a.add(p + 1, e, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.75, 75, null);
                }
            }
        }
    }

    /** Token k is a product's or a model's code: a word with a digit in it ("EK80", "LSM980"). */
    private boolean productCode(int k) {
        String x = t.word[k];
        for (int i = 0; i < x.length(); i++) {
            if (Character.isDigit(x.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Start of one to four capitalised words ending at token e (exclusive), on e's line, or e. */
    private int nameStartBefore(int e) {
        int s = e;
        int ss = a.sentStart(e - 1);
        while (s - 1 >= ss && (nameWord(s - 1) || t.is(s - 1, "New") && s < e) && !t.newlineBefore[s]
                && e - s < 4) {
            s--;
            while (s - 2 >= ss && (t.is(s - 1, "-") || t.is(s - 1, "&")) && t.glued(s - 2) && t.glued(s - 1)
                    && t.isWord(s - 2)) {
                s -= 2;
            }
        }
        return s;
    }

    /** End of one to four capitalised words starting at token s, or s. */
    private int nameEndAfter(int s) {
        int e = s;
        while (e < t.count && a.orgWord(e) && !t.newlineBefore[e] && e - s < 4) {
            e = a.joined(e + 1);
        }
        return e;
    }

    /**
     * From token k, places found before this pass separated by commas up to ")": the token after ")", or -1.
     */
    private int addressEnds(int k) {
        int parts = 0;
        while (k < t.count && parts < 5) {
            if (placeEndAt[k] < 0) {
                return -1;
            }
            k = placeEndAt[k];
            parts++;
            if (t.is(k, ")")) {
                return k + 1;
            }
            if (!t.is(k, ",")) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    private int placesIn(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (placeEndAt[k] > 0) {
                n++;
            }
        }
        return n;
    }

    /** [s, e) holds no candidate yet, is no place of the base or the gazetteer and begins with no given name. */
    private boolean plain(int s, int e) {
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return false;
            }
        }
        if (placeEndAt[s] >= e || a.placeEnd(s) >= e || a.gazetteerEnd(s) >= e) {
            return false;
        }
        return !(e - s >= 2 && a.kb().isGivenName(t.word[s])) && !Lexicon.TITLES.contains(t.word[s]);
    }

    // ------------------------------------------------------------------ fishing grounds, channels, headlands

    /** Last words of the names of banks, channels and other features of the sea. */
    private static final Set<String> MARINE_HEADS = Set.of("Bank", "Banks", "Channel", "Shoal", "Shoals",
            "Seamount", "Canyon", "Reef", "Head", "Grounds", "Spit", "Sands");

    /** Words before "Bank" in the names of banks that keep things, not of banks of the sea ("Protein Data Bank"). */
    private static final Set<String> NOT_BANKS = Set.of("Data", "Gene", "Seed", "Blood", "Tissue", "Food", "Cell",
            "Culture", "Sample", "Sperm", "Milk", "Image", "Memory", "Question", "Time", "Brain", "Bio");

    /** Prepositions of place before the name of such a feature (with or without "the"). */
    private static final Set<String> SEA_PREPS = Set.of("on", "off", "near", "over", "across", "along", "around",
            "in", "into", "towards", "toward", "west", "east", "north", "south");

    /**
     * "on the Labadie Bank", "in St George's Channel", "off Mizen Head": one to three capitalised words and a word of
     * {@link #MARINE_HEADS} after a preposition of place, with or without "the" ("in" only for a channel); never a
     * bank's name ("the World Bank", "Bank of ..."), a name with an organisation's head word or a name begun by a
     * given name.
     */
    private void marineNames() {
        for (int h = 1; h < t.count; h++) {
            String x = t.word[h];
            if (!MARINE_HEADS.contains(x) || !t.isCap(h) || t.is(h + 1, "of")) {
                continue;
            }
            int s = h;
            int ss = a.sentStart(h);
            while (s - 1 >= ss && h - s < 4) {
                int p = s - 1;
                if (t.is(p, "'s") && p - 1 >= ss && t.isCap(p - 1)) {
                    s = p - 1;
                } else if (t.isWord(p) && t.isCap(p) && !t.isAllCaps(p) && !Lexicon.STOP_CAP.contains(t.word[p])) {
                    s = p;
                } else {
                    break;
                }
                if (t.is(s - 1, ".") && s - 2 >= ss && t.is(s - 2, "St")) {
                    s -= 2;
                }
            }
            if (s == h || a.headsIn(s, h) || Lexicon.BANK_LEADS.contains(t.word[h - 1])
                    || x.startsWith("Bank") && NOT_BANKS.contains(t.word[h - 1])
                    || a.kb().isGivenName(t.word[s]) || anyCovered(s, h + 1)) {
                continue;
            }
            int q = t.is(s - 1, "the") ? s - 2 : s - 1;
            String prep = a.w(q);
            boolean ok = SEA_PREPS.contains(prep) && (!prep.equals("in") && !prep.equals("into")
                    || x.equals("Channel"));
            if (ok && (!x.equals("Head") || q == s - 1)) {
                a.add(s, h + 1, EntityType.LOCATION, ExtractionMethod.PATTERN_GEO_HEAD, 0.75, 70, null);
            }
        }
    }

    // ------------------------------------------------------------------ ships

    /** Prefixes of ships' names: research vessel, fisheries research vessel, Royal Research Ship, motor vessel... */
    private static final Set<String> SHIP_PREFIXES = Set.of("RV", "RRS", "FRV", "NOAAS", "RSV", "RVIB", "FS", "MV",
            "HMS", "USCGC", "CCGS");

    /**
     * "on board RV Celtic Explorer": one to three capitalised words after a ship's prefix are a vessel (FACILITY),
     * the prefix left out as a title is from a person's name.
     */
    private void ships() {
        for (int i = 0; i + 1 < t.count; i++) {
            if (!SHIP_PREFIXES.contains(t.word[i]) || t.newlineBefore[i + 1]) {
                continue;
            }
            int se = a.sentEnd(i);
            int e = i + 1;
            while (e < se && t.isWord(e) && t.isCap(e) && !t.isAllCaps(e) && !Lexicon.STOP_CAP.contains(t.word[e])
                    && e - i <= 3) {
                e = a.joined(e + 1);
            }
            if (e > i + 1 && !anyCovered(i + 1, e)) {
                a.add(i + 1, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
            }
        }
    }

    // ------------------------------------------------------------------ "County X", "X Company"

    /**
     * "County Waterford" (the Irish and British order: the word County first, kept in the surface like "Alba
     * County"), one or two capitalised words after "County" that hold no head word ("County Council" is none); and
     * "Westinghouse Electric Company": one to three capitalised words before "Company" are a company's name.
     */
    private void countiesAndCompanies() {
        for (int i = 0; i + 1 < t.count; i++) {
            if (t.is(i, "County") && !t.newlineBefore[i + 1]) {
                int e = i + 1;
                while (e < a.sentEnd(i) && a.orgWord(e) && !t.isAllCaps(e) && e - i <= 2) {
                    e++;
                }
                if (e > i + 1 && !a.headsIn(i + 1, e) && !a.orgWord(e) && !anyCovered(i, e)) {
                    a.add(i, e, EntityType.LOCATION, ExtractionMethod.PATTERN_GEO_HEAD, 0.75, 70, null);
                }
            }
            if (t.is(i, "Company") && i > 0) {
                int s = nameStartBefore(i);
                if (s < i && !t.newlineBefore[i] && !anyCovered(s, i + 1) && !a.kb().isGivenName(t.word[s])) {
                    a.add(s, i + 1, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.8, 75, null);
                }
            }
        }
    }

    // ------------------------------------------------------------------ names whose words are a list

    /**
     * "the European Maritime, Fisheries and Aquaculture Fund": a name found by its head word whose first words are
     * "X and Y" preceded by a comma goes back over the items before it (one to three capitalised words each, no head
     * word, no place, no candidate) up to "the", which must stand before the first item.
     */
    private void listedName(Candidate c) {
        boolean and = false;
        for (int k = c.ts; k < c.te && !and; k++) {
            and = t.is(k, "and");
        }
        if (!and || !t.is(c.ts - 1, ",")) {
            return;
        }
        int l = c.ts;
        int ss = a.sentStart(c.ts);
        for (int items = 0; items < 4 && t.is(l - 1, ","); items++) {
            int e = l - 1;
            int s = e;
            while (s - 1 >= ss && a.orgWord(s - 1) && !t.isAllCaps(s - 1) && e - s < 3) {
                s--;
            }
            if (s == e || a.headsIn(s, e) || a.knownPlace(s) || a.kb().isGivenName(t.word[s]) || anyCovered(s, e)) {
                return;
            }
            l = s;
        }
        if (l < c.ts && t.is(l - 1, "the")) {
            a.add(l, c.te, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.85, 80, null);
        }
    }

    private boolean anyKnown(int s, int e) {
        for (int k = s; k < e; k++) {
            if (known[k]) {
                return true;
            }
        }
        return false;
    }

    private boolean anyCovered(int s, int e) {
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Ministry of Science, Innovation and Universities", "the Department of Agriculture, Food and the Marine": a
     * name found by its head word that ends with "of X" / "for X" before a comma goes on over items of one to three
     * capitalised words separated by commas up to the item after "and" (which may be "the X" or a lone head word in
     * the plural); no other item may hold a head word, begin with a place or a given name, or hold a name found
     * before; the name may not end with a place ("University of California, Santa Cruz and Empa" is two names).
     */
    private void listEndsName(Candidate c) {
        int r = c.te;
        if (!t.is(r, ",") || !(t.is(r - 2, "of") || t.is(r - 2, "for")) || !t.isCap(r - 1) || a.knownPlace(r - 1)
                || a.gazetteerEnd(r - 1) > r - 1) {
            return; // "University of California, Santa Cruz": a place and the campus's place
        }
        int se = a.sentEnd(r);
        int k = r;
        for (int items = 0; items < 5 && k < se; items++) {
            if (t.is(k, ",")) {
                k++;
            }
            boolean last = t.is(k, "and") || t.is(k, "&");
            if (last) {
                k++;
                if (t.is(k, "the")) {
                    k++;
                }
            }
            int e = k;
            while (e < se && a.orgWord(e) && !t.isAllCaps(e) && e - k < 3) {
                e = a.joined(e + 1);
            }
            if (e == k || a.knownPlace(k) || a.gazetteerEnd(k) > k || a.kb().isGivenName(t.word[k]) || anyKnown(k, e)
                    || a.headsIn(k, e) && !(last && e == k + 1 && t.word[k].endsWith("s"))) {
                return;
            }
            if (last) {
                a.add(c.ts, e, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.85, 80, null);
                return;
            }
            k = e;
            if (!t.is(k, ",") && !t.is(k, "and") && !t.is(k, "&")) {
                return;
            }
        }
    }

    // ------------------------------------------------------------------ programmes

    /**
     * "the Laboratory Directed Research and Development program": a name found by a head word that is not its last
     * word, right before a lower-case "program" / "programme", is the programme's name (OTHER), not an
     * organisation's; "the Max Planck Society programme" ends with its head word and stays an organisation.
     */
    private void programme(Candidate c) {
        if (!(t.is(c.te, "program") || t.is(c.te, "programme") || t.is(c.te, "programs")
                || t.is(c.te, "programmes"))) {
            return;
        }
        int last = c.te - 1;
        if (Lexicon.head(t.word[last]) != null || a.headsIn(c.ts, c.te) && c.te - c.ts < 2) {
            return;
        }
        a.add(c.ts, c.te, EntityType.OTHER, ExtractionMethod.ORG_HEAD, 0.8, 90, null);
    }
}
