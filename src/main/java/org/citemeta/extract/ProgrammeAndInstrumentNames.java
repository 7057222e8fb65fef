package org.citemeta.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * OTHER names of prizes and funding instruments, and FACILITY names of instruments and platforms, in research
 * infrastructure roadmaps, Earth-observation data papers and a learned society's announcements:
 * <ul>
 * <li>a prize, medal, award, named lecture or fellowship ("the Varga Medal", "Okafor Award for Geodesy", "the
 * Lindqvist Lecture"), OTHER as a whole even when a person's name begins it;</li>
 * <li>instruments and platforms named before a lower-case noun ("the KOVA scatterometer", "the Brisa and Halo
 * spacecraft"), on which an instrument flies ("the KOVA instrument on Tarn-2 and Tarn-3"), or that are launched
 * ("the launch of Tarn-1"), and the other names of a list in which one of them stands ("Tarn-1, Pelde and
 * Orvo");</li>
 * <li>a collection named a bank ("Speech Bank of Latvia"), a European fund ("European Coastal Renewal Fund") and a
 * "Facility" through which money is paid ("funded through the Coastal Recovery Facility"), OTHER, not an organisation
 * or a facility.</li>
 * </ul>
 * Runs from {@link Annotator#run()} after {@link EvidenceWords} and before the acronym pass.
 */
final class ProgrammeAndInstrumentNames {
    private final CandidateSpace a;
    private final Tokens t;
    /** Tokens covered by a candidate found before this pass. */
    private boolean[] covered;
    /** Tokens covered by a person found before this pass. */
    private boolean[] person;

    ProgrammeAndInstrumentNames(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        covered = new boolean[t.count];
        person = new boolean[t.count];
        for (Candidate c : a.candidates()) {
            if (c.te < unitEnd(c.ts) && c.te - c.ts == 1) {
                continue; // "NOAA" of "NOAA-21": the name is the whole unit
            }
            for (int k = c.ts; k < c.te; k++) {
                covered[k] = true;
                person[k] |= c.type == EntityType.PERSON;
            }
        }
        prizes();
        instrumentNouns();
        platforms();
        launches();
        stations();
        lists();
        collectionBanks();
        europeanFunds();
        facilitiesThatPay();
        codeAcronyms();
        programmesUnder();
        journalsAfterVerbs();
        mooredArraysAndNeutronCentres();
        dataBeforeTheirNoun();
        servicesForCode();
        surveysOfTopics();
        atlases();
        dataTakenFrom();
        schemesBeforeTheirNoun();
        grantsOfAProgramme();
        dataNamesWithOf();
        nodesAndCalls();
        computers();
    }

    // ------------------------------------------------------------------ names as units

    /**
     * End of one unit of a name starting at token k: a word or a number and what is glued to it by hyphens, slashes,
     * digits or a period between capitals ("NOAA-21", "Tarn-2B", "KOVA", "e-LINK", "3D", "KV.DAC"), or k when token k
     * begins none.
     */
    private int unitEnd(int k) {
        if (!t.isWord(k) && !(k >= 0 && k < t.count && t.kind[k] == Tokens.NUMBER)) {
            return k;
        }
        int e = k + 1;
        while (e < t.count && t.glued(e - 1) && (t.kind[e] == Tokens.NUMBER || t.isWord(e) && t.isCap(e)
                || (t.is(e, "-") || t.is(e, "/") || t.is(e, ".") && t.isAllCaps(e - 1) && t.isAllCaps(e + 1))
                && t.glued(e) && (t.isWord(e + 1) || t.kind[e + 1] == Tokens.NUMBER))) {
            e += t.is(e, "-") || t.is(e, "/") || t.is(e, ".") ? 2 : 1;
        }
        return e;
    }

    /** A unit that may begin a name: a capitalised word of a name, or a lower-case letter glued to a capital ("e-LINK"). */
    private boolean nameStart(int k) {
        if (k > 0 && t.glued(k - 1) && (t.isWord(k - 1) || t.kind[k - 1] == Tokens.NUMBER || t.is(k - 1, "-")
                || t.is(k - 1, "/"))) {
            return false; // inside a unit
        }
        return a.orgWord(k) || t.isWord(k) && t.word[k].length() == 1 && t.is(k + 1, "-") && t.glued(k)
                && t.glued(k + 1) && t.isAllCaps(k + 2);
    }

    /** End of a name of one to three units from token s ("Solar Probe Plus", "KOVA 2", "Halo VI"), or s. */
    private int nameAfter(int s) {
        if (!nameStart(s)) {
            return s;
        }
        int se = a.sentEnd(s);
        int e = unitEnd(s);
        int units = 1;
        while (e < se && units < 3 && !t.newlineBefore[e] && (a.orgWord(e) || numeral(e))) {
            e = unitEnd(e);
            units++;
        }
        return e;
    }

    /** A number of one or two digits or a Roman numeral, which may end a name ("KOVA 2", "Halo VI", "MIRA 3D"). */
    private boolean numeral(int k) {
        if (k < 0 || k >= t.count) {
            return false;
        }
        if (t.kind[k] == Tokens.NUMBER) {
            return t.word[k].length() <= 2;
        }
        return t.isWord(k) && t.word[k].matches("I{1,3}|IV|VI{0,3}|IX|X");
    }

    /** Start of a name of one to three units ending at token e (exclusive), or e. */
    private int nameBefore(int e) {
        int ss = a.sentStart(Math.max(0, e - 1));
        for (int s = Math.max(ss, e - 10); s < e; s++) {
            if (nameStart(s) && nameAfter(s) == e) {
                return s;
            }
        }
        return e;
    }

    /** [s, e) is a name no candidate covers, that is no known place or given name first, and no head word holds. */
    private boolean plain(int s, int e) {
        if (e <= s || a.knownPlace(s) || a.placeEnd(s) >= e || a.gazetteerEnd(s) >= e || a.headsIn(s, e)
                || Lexicon.STOP_CAP.contains(t.word[s]) && !t.isAllCaps(s) || Lexicon.TITLES.contains(t.word[s])
                || e - s >= 2 && a.kb().isGivenName(t.word[s])) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return e - s > 1 || a.single(s) == null;
    }

    /**
     * Like {@link #plain}, but a place found inside the name is no objection when the name is longer ("Deep Ocean" of
     * "Deep Ocean Mission").
     */
    private boolean plainBesidesPlaces(int s, int e) {
        if (a.knownPlace(s) && a.placeEnd(s) >= e || a.gazetteerEnd(s) >= e || a.headsIn(s, e)
                || Lexicon.STOP_CAP.contains(t.word[s]) || a.kb().isGivenName(t.word[s])) {
            return false;
        }
        for (Candidate c : a.candidates()) {
            if (c.ts < e && c.te > s && (c.type != EntityType.LOCATION || c.ts <= s && c.te >= e)) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #plain}, where a word that heads a name only in some contexts ("System") is no objection. */
    private boolean plainBesidesHeads(int s, int e) {
        if (a.knownPlace(s) || a.placeEnd(s) >= e || a.gazetteerEnd(s) >= e || Lexicon.STOP_CAP.contains(t.word[s])
                || a.kb().isGivenName(t.word[s])) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    private Candidate facility(int s, int e) {
        for (int k = s; k < e; k++) {
            covered[k] = true;
        }
        return a.add(s, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
    }

    private void other(int s, int e, int prio) {
        for (int k = s; k < e; k++) {
            covered[k] = true;
        }
        a.add(s, e, EntityType.OTHER, ExtractionMethod.PATTERN_DATA_NOUN, 0.8, prio, null);
    }

    // ------------------------------------------------------------------ prizes

    /** Last words of the names of prizes, medals, awards, named lectures and fellowships. */
    private static final Set<String> PRIZE_HEADS = Set.of("Medal", "Prize", "Award", "Lecture", "Lectureship",
            "Fellowship", "Scholarship", "Meeting", "Workshop", "Colloquium");

    /** Heads of {@link #PRIZE_HEADS} that name an event, after which no organisation's head word may stand. */
    private static final Set<String> EVENT_HEADS = Set.of("Meeting", "Workshop", "Colloquium");

    /** Words that alone before a prize's head make no name ("a Postdoctoral Fellowship", "the Annual Lecture"). */
    private static final Set<String> PRIZE_GENERIC = Set.of("Research", "Postdoctoral", "Doctoral", "PhD",
            "Graduate", "Senior", "Junior", "Early", "Career", "Young", "Investigator", "Annual", "Honorary",
            "Visiting", "Travel", "Special", "Best", "Paper", "Poster", "Student", "Lifetime", "Achievement");

    /**
     * "the Varga Medal", "the Okafor Award for Geodesy", "the Henrik Lund Lecture", "an ESG Research Fellowship", "the
     * Kestrel Geodesy Meeting (KGM 2031)": one to five capitalised words before a word of {@link #PRIZE_HEADS} that
     * ends the name (or "for" and one capitalised word after it), not all of them generic words, are an OTHER name,
     * over a person found inside it, and so is a short name with a year in parentheses after it; not a head followed by
     * a number ("Award No. 12"), "of" or "on", nor a heading line of its own, nor an event with an organisation's
     * head word ("the Council Meeting").
     */
    private void prizes() {
        for (int h = 1; h < t.count; h++) {
            if (!t.isWord(h) || !PRIZE_HEADS.contains(t.word[h])) {
                continue;
            }
            int e = h + 1;
            if (t.is(e, "for") && a.orgWord(e + 1) && !t.isCap(e + 2) && !a.knownPlace(e + 1)) {
                e += 2; // "Award for Geodesy"
            }
            if (e < t.count && !t.newlineBefore[e] && (t.isCap(e) || t.kind[e] == Tokens.NUMBER
                    || t.is(e, "No") || t.is(e, "-") || t.is(e, "of") || t.is(e, "on"))) {
                continue; // "Lecture Notes", "Award No", "Award 2031", "Prize-winning", "Meeting of ..."
            }
            int ss = a.sentStart(h);
            int s = h;
            while (s - 1 >= ss && h - s < 5 && !t.newlineBefore[s]) {
                int p = s - 1;
                if (a.orgWord(p) || t.isWord(p) && t.isAllCaps(p)) {
                    s = p;
                } else if (t.is(p, "-") && t.glued(p - 1) && t.glued(p) && p - 1 >= ss && t.isCap(p - 1)) {
                    s = p - 1; // "Lund-Berg Medal"
                } else if (t.is(p, ".") && p - 1 >= ss && t.word[p - 1].length() == 1 && t.isCap(p - 1)
                        && s < h) {
                    s = p - 1; // "Mara T. Okafor Lecture"
                } else {
                    break;
                }
            }
            if (s == h || heading(s, e)) {
                continue;
            }
            boolean generic = true;
            for (int k = s; k < h && generic; k++) {
                generic = !t.isWord(k) || PRIZE_GENERIC.contains(t.word[k]) || t.word[k].length() == 1;
            }
            if (generic || EVENT_HEADS.contains(t.word[h]) && a.headsIn(s, h)) {
                continue; // "the Annual Meeting", "the Board Meeting"
            }
            other(s, e, 95);
            // "the Kestrel Geodesy Meeting (KGM 2031)": the short name with its year
            if (t.is(e, "(") && t.isWord(e + 1) && Tokens.isAcronym(t.word[e + 1]) && t.kind[e + 2] == Tokens.NUMBER
                    && t.word[e + 2].length() == 4 && t.is(e + 3, ")")) {
                other(e + 1, e + 3, 95);
            }
        }
    }

    /** [s, e) is a line of its own ("Gold Medals" above a list). */
    private boolean heading(int s, int e) {
        return t.newlineBefore[s] && (e >= t.count || t.newlineBefore[e]);
    }

    // ------------------------------------------------------------------ instruments and platforms

    /** Lower-case nouns after the names of instruments, platforms and stations. */
    private static final Set<String> INSTRUMENT_NOUNS = Set.of("instrument", "instruments", "scatterometer",
            "scatterometers", "radiometer", "radiometers", "altimeter", "altimeters", "imager", "imagers", "radar",
            "radars", "satellite", "satellites", "spacecraft", "missions", "telescopes", "station", "stations",
            "supercomputer", "diffractometer", "diffractometers");

    /** Words before the name (or the names) of an instrument before its noun. */
    private static final Set<String> INSTRUMENT_DETERMINERS = Set.of("the", "The", "its", "their", "'s", "both");

    /**
     * "the KOVA scatterometer", "the Brisa and Halo spacecraft", "the Tarn-2, Tarn-3 and Orvo satellites", "the MIRA
     * 3 station", "the KOVA sounding instrument": one to three name units (or several joined by commas and "and")
     * between a determiner and a noun of {@link #INSTRUMENT_NOUNS} (after one word in lower case when the name is in
     * capitals) are facilities. A station is one only with a code in its name ("MIRA 3", "ALX-4"),
     * as "the Granada station" is a railway station.
     */
    private void instrumentNouns() {
        for (int i = 1; i < t.count; i++) {
            if (!t.isWord(i) || !INSTRUMENT_NOUNS.contains(t.word[i])) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            int e = i;
            if (t.isWord(i - 1) && Character.isLowerCase(t.word[i - 1].charAt(0)) && t.isAllCaps(i - 2)
                    && !INSTRUMENT_DETERMINERS.contains(t.word[i - 1])) {
                e = i - 1; // "the KOVA sounding instrument": one word in lower case after a name in capitals
            }
            while (true) {
                int s = nameBefore(e);
                if (s == e || !plain(s, e)) {
                    break;
                }
                names.add(new int[]{s, e});
                if (t.is(s - 1, ",") || t.is(s - 1, "and")) {
                    e = s - 1;
                    continue;
                }
                break;
            }
            if (names.isEmpty()) {
                continue;
            }
            int first = names.get(names.size() - 1)[0];
            if (!INSTRUMENT_DETERMINERS.contains(a.w(first - 1))) {
                continue;
            }
            boolean station = t.word[i].startsWith("station");
            for (int[] n : names) {
                if (!station || code(n[0], n[1])) {
                    facility(n[0], n[1]);
                }
            }
        }
    }

    /** [s, e) holds a word in capitals of two letters or more, a digit or a Roman numeral after a word. */
    private boolean code(int s, int e) {
        for (int k = s; k < e; k++) {
            if (t.isAllCaps(k) && (k > s || e - s == 1 || !t.word[k].matches("I{1,3}|IV|VI{0,3}"))
                    || t.kind[k] == Tokens.NUMBER || k > s && numeral(k)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of instruments after which "on" names the platform that carries them. */
    private static final Set<String> CARRIED = Set.of("instrument", "instruments", "scatterometer",
            "scatterometers", "radiometer", "radiometers", "altimeter", "altimeters", "spectrometer", "spectrometers",
            "sensor", "sensors", "imager", "imagers", "camera", "cameras", "radar", "payload", "payloads");

    /**
     * "the KOVA instrument on Tarn-2 and Tarn-3", "radiometers on board the Orvo satellite": the names after an
     * instrument's noun and "on" ("on board", "aboard") are the platforms that carry it, facilities.
     */
    private void platforms() {
        for (int i = 0; i + 2 < t.count; i++) {
            if (!t.isWord(i) || !CARRIED.contains(t.word[i])) {
                continue;
            }
            int k = i + 1;
            if (t.is(k, "on") && t.is(k + 1, "board") || t.is(k, "onboard")) {
                k += t.is(k, "onboard") ? 1 : 2;
            } else if (t.is(k, "on") || t.is(k, "aboard")) {
                k++;
            } else {
                continue;
            }
            if (t.is(k, "the")) {
                k++;
            }
            listAfter(k);
        }
    }

    /** The names of a list "A, B and C" from token k, facilities. */
    private void listAfter(int k) {
        for (int items = 0; items < 6; items++) {
            int e = nameAfter(k);
            if (e == k || !plain(k, e) || t.isCap(e)) {
                return;
            }
            facility(k, e);
            if (t.is(e, ",") && !t.is(e + 1, "and") || t.is(e, "and") || t.is(e, "or")) {
                k = e + 1;
            } else if (t.is(e, ",") && t.is(e + 1, "and")) {
                k = e + 2;
            } else {
                return;
            }
        }
    }

    /**
     * "since the launch of Tarn-1", "after the launch of KOVA": the name after "launch of", with a code in it
     * (capitals, a digit), is a spacecraft, a facility; "the launch of Blue Horizons" may be a programme's.
     */
    private void launches() {
        for (int i = 0; i + 2 < t.count; i++) {
            if ((t.is(i, "launch") || t.is(i, "launches")) && t.is(i + 1, "of")) {
                int k = t.is(i + 2, "the") ? i + 3 : i + 2;
                int e = nameAfter(k);
                if (e > k && plain(k, e) && !t.isCap(e) && code(k, e)) {
                    facility(k, e);
                }
            }
        }
    }

    /** Lower-case words before "station" that make it a research station ("the research station Halvard IV"). */
    private static final Set<String> STATION_KINDS = Set.of("research", "field", "weather", "monitoring",
            "observing", "ground", "polar", "antarctic", "arctic", "marine", "tracking");

    /**
     * "from the research station Halvard IV", "at the field station Kestrel Ridge": one to three name units after a
     * word of {@link #STATION_KINDS} and "station" are a facility.
     */
    private void stations() {
        for (int i = 1; i + 1 < t.count; i++) {
            if (t.is(i, "station") && t.isWord(i - 1) && STATION_KINDS.contains(t.word[i - 1])) {
                int e = nameAfter(i + 1);
                if (e > i + 1 && plain(i + 1, e) && !t.isCap(e)) {
                    facility(i + 1, e);
                }
            }
        }
    }

    /**
     * "of Tarn-1, Pelde and Orvo", "the Kestrel Telescope and e-LINK": when one name of a list of names joined by
     * commas and "and" is a facility found before (here or elsewhere in the text), the other names of the list that
     * nothing covers are facilities too.
     */
    private void lists() {
        Set<String> facilities = new HashSet<>();
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.FACILITY) {
                facilities.add(t.span(c.ts, c.te));
            }
        }
        if (facilities.isEmpty()) {
            return;
        }
        for (int s = 0; s < t.count; s++) {
            if (!nameStart(s) || s > 0 && (t.isCap(s - 1) || t.is(s - 1, "-") && t.glued(s - 1))) {
                continue;
            }
            // the names of a list starting at s
            List<int[]> names = new ArrayList<>();
            boolean and = false;
            int k = s;
            while (names.size() < 6) {
                int e = nameAfter(k);
                if (e == k || t.isCap(e)) {
                    break;
                }
                names.add(new int[]{k, e});
                if (t.is(e, ",") && nameStart(e + 1)) {
                    k = e + 1;
                } else if ((t.is(e, "and") || t.is(e, "or")) && nameStart(e + 1)) {
                    and = true;
                    k = e + 1;
                } else if (t.is(e, ",") && t.is(e + 1, "and") && nameStart(e + 2)) {
                    and = true;
                    k = e + 2;
                } else {
                    break;
                }
                if (and) {
                    int last = nameAfter(k);
                    if (last > k && !t.isCap(last)) {
                        names.add(new int[]{k, last});
                    }
                    break;
                }
            }
            if (!and || names.size() < 2) {
                continue;
            }
            boolean one = false;
            for (int[] n : names) {
                one |= facilities.contains(t.span(n[0], n[1]));
            }
            if (!one) {
                continue;
            }
            for (int[] n : names) {
                if (!facilities.contains(t.span(n[0], n[1])) && plain(n[0], n[1]) && !anyPerson(n[0], n[1])) {
                    facility(n[0], n[1]);
                }
            }
            s = names.get(names.size() - 1)[1];
        }
    }

    private boolean anyPerson(int s, int e) {
        for (int k = s; k < e; k++) {
            if (person[k]) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ collections, funds, facilities that pay

    /** Words before "Bank" in the names of collections of data, samples or texts, not of banks. */
    private static final Set<String> COLLECTION_BANKS = Set.of("Data", "Language", "Gene", "Seed", "Tissue",
            "Sample", "Speech", "Text", "Sound", "Image", "Protein", "Brain");

    /**
     * "the Speech Bank of Latvia", "the Alpine Seed Bank": a bank of data, texts or samples is a collection (OTHER),
     * not a bank (an organisation).
     */
    private void collectionBanks() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (int k = c.ts + 1; k < c.te; k++) {
                if (t.is(k, "Bank") && COLLECTION_BANKS.contains(t.word[k - 1])
                        && (k + 1 == c.te || t.is(k + 1, "of"))) {
                    other(c.ts, c.te, 95);
                    break;
                }
            }
        }
    }

    /** Words before "Fund" in the names of the bodies that European funds are not ("European Investment Fund"). */
    private static final Set<String> FUND_BODIES = Set.of("Investment", "Council", "Union", "Science", "Research");

    /**
     * "the European Coastal Renewal Fund", "the European Maritime, Fisheries and Aquaculture Fund": a name that begins
     * with "European" and ends with "Fund" (or "Fund for ..." / "Fund Plus") is one of the Union's funds, OTHER, not a
     * body; not the "European Investment Fund", which is one.
     */
    private void europeanFunds() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type != EntityType.ORGANIZATION || !t.is(c.ts, "European")) {
                continue;
            }
            int f = -1;
            for (int k = c.ts + 1; k < c.te; k++) {
                if (t.is(k, "Fund")) {
                    f = k;
                }
            }
            if (f > 0 && (f == c.te - 1 || t.is(f + 1, "for") || t.is(f + 1, "Plus"))
                    && !FUND_BODIES.contains(t.word[f - 1])) {
                other(c.ts, c.te, 95);
            }
        }
    }

    /** Verbs of paying for work, before a "Facility" that pays ("funded through the Coastal Recovery Facility"). */
    private static final Set<String> FUNDED = Set.of("funded", "co-funded", "cofunded", "financed", "co-financed",
            "paid", "supported");

    /**
     * "funded by the Commission through the Coastal Recovery Facility", "funded in 2030 from the Resilience
     * Facility": a facility's name after "through the" / "from the" / "under the", a verb of paying earlier in the
     * sentence, is a funding instrument (OTHER); "funded by the X Facility" keeps its type (a body that pays).
     */
    private void facilitiesThatPay() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type != EntityType.FACILITY || !t.is(c.te - 1, "Facility") || !t.is(c.ts - 1, "the")
                    || !(t.is(c.ts - 2, "through") || t.is(c.ts - 2, "from") || t.is(c.ts - 2, "under"))) {
                continue;
            }
            int ss = a.sentStart(c.ts);
            for (int k = c.ts - 3; k >= ss && k >= c.ts - 12; k--) {
                if (t.isWord(k) && FUNDED.contains(t.word[k]) || t.is(k, "funded") && t.is(k - 1, "-")) {
                    other(c.ts, c.te, 95);
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ acronyms with a code, programmes, journals

    /**
     * "the Kestrel Bolometer Array 2 (KBA-2)", "the Orvo Light Facility (OLF-2)": the number after a facility's or an
     * OTHER name's head belongs to the name, and a short name in parentheses with a hyphen or a digit in it, which
     * the acronym pass does not read, takes the type of the name before it; not an identifier with a long number
     * ("(NCT01234567)" after a registry's name).
     */
    private void codeAcronyms() {
        for (int p = 1; p + 2 < t.count; p++) {
            if (!t.is(p, "(") || !t.isWord(p + 1) || !t.isAllCaps(p + 1)) {
                continue;
            }
            int ue = unitEnd(p + 1);
            if (ue <= p + 2 || !t.is(ue, ")") || longNumberIn(p + 1, ue)) {
                continue; // "(NCT01234567)" is a registry's identifier
            }
            Candidate lf = null;
            for (Candidate c : List.copyOf(a.candidates())) {
                if ((c.te == p || c.te == p - 1 && numeral(p - 1) && t.kind[p - 1] == Tokens.NUMBER
                        && (c.type == EntityType.FACILITY || c.type == EntityType.OTHER))
                        && c.type != EntityType.PERSON && c.type != EntityType.LOCATION
                        && (lf == null || c.ts < lf.ts)) {
                    lf = c;
                }
            }
            if (lf == null) {
                continue;
            }
            if (lf.te == p - 1) {
                a.add(lf.ts, p, lf.type, lf.method, lf.conf, lf.prio, lf.kb);
            }
            a.add(p + 1, ue, lf.type, ExtractionMethod.ACRONYM_DEFINITION, 0.85, 86, null);
        }
    }

    /** [s, e) holds a number of more than three digits. */
    private boolean longNumberIn(int s, int e) {
        for (int k = s; k < e; k++) {
            if (t.kind[k] == Tokens.NUMBER && t.word[k].length() > 3) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of paying for work before "under the" and a programme's name. */
    private static final Set<String> PAID = Set.of("funded", "supported", "financed", "co-funded", "awarded",
            "granted", "sponsored");

    /**
     * "This work was funded by the Ministry of Coasts under the Blue Shelf Mission": two to six capitalised words
     * (with "of", "for", "and" between them) after "under the", a verb of paying earlier in the sentence, with no
     * organisation's head word and no name found before, are a programme (OTHER).
     */
    private void programmesUnder() {
        for (int u = 1; u + 3 < t.count; u++) {
            if (!t.is(u, "under") || !t.is(u + 1, "the")) {
                continue;
            }
            int s = u + 2;
            int e = chain(s);
            if (e - s < 2 || t.isCap(e) || !plainBesidesPlaces(s, e)) {
                continue;
            }
            int ss = a.sentStart(u);
            for (int k = u - 1; k >= ss && k >= u - 15; k--) {
                if (t.isWord(k) && PAID.contains(t.word[k])) {
                    other(s, e, 80);
                    break;
                }
            }
        }
    }

    /** End of capitalised words from s with "of", "for", "and", "&", "in" between two of them (eight words at most). */
    private int chain(int s) {
        int se = a.sentEnd(s);
        int e = s;
        int words = 0;
        while (e < se && words < 8) {
            if (a.orgWord(e)) {
                e = a.joined(e + 1);
                words++;
            } else if (e > s && t.isWord(e) && (t.is(e, "of") || t.is(e, "for") || t.is(e, "and") || t.is(e, "&")
                    || t.is(e, "in")) && a.orgWord(e + 1)) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * "submitted to Coastal Geodesy Letters", "published in the Journal of Fjord Studies": two to eight capitalised
     * words after a verb of publishing and its preposition are a journal (OTHER), when they give no type by a head
     * word and no place, person or name found before is among them.
     */
    private void journalsAfterVerbs() {
        for (int v = 0; v + 2 < t.count; v++) {
            if (!t.isWord(v)) {
                continue;
            }
            String x = t.word[v];
            int k;
            if ((x.equals("published") || x.equals("appeared") || x.equals("appear") || x.equals("appears"))
                    && t.is(v + 1, "in")) {
                k = v + 2;
            } else if (x.equals("submitted") && t.is(v + 1, "to")) {
                k = v + 2;
            } else if (x.equals("accepted") && t.is(v + 1, "for") && t.is(v + 2, "publication") && t.is(v + 3, "in")) {
                k = v + 4;
            } else {
                continue;
            }
            if (t.is(k, "the")) {
                k++;
            }
            int e = chain(k);
            if (e - k >= 2 && !t.isCap(e) && !anyPerson(k, e) && a.nameType(k, e) == null
                    && plainBesidesHeads(k, e)) {
                other(k, e, 85);
            }
        }
    }

    // ------------------------------------------------------------------ arrays of moorings, neutron centres

    /** Words before "Array" that make it an array of moorings or buoys, an observing network, not one instrument. */
    private static final Set<String> MOORED = Set.of("Moored", "Mooring", "Buoy", "Drifter", "Float");

    /** Words inside a centre's name that make it a neutron or light source, a facility ("Kestrel Neutron Centre"). */
    private static final Set<String> SOURCE_WORDS = Set.of("Neutron", "Spallation", "Synchrotron");

    /**
     * "the Tropical Moored Array for Monsoon Studies (TMAMS)" is an observing network (OTHER), not one instrument; "the
     * Kestrel Neutron Science Center" is a neutron source (a facility), not an institute.
     */
    private void mooredArraysAndNeutronCentres() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type == EntityType.FACILITY && c.method == ExtractionMethod.ORG_HEAD) {
                for (int k = c.ts + 1; k < c.te; k++) {
                    if (t.is(k, "Array") && MOORED.contains(t.word[k - 1])) {
                        retype(c, EntityType.OTHER);
                        break;
                    }
                }
            } else if (c.type == EntityType.ORGANIZATION && c.method == ExtractionMethod.ORG_HEAD
                    && (t.is(c.te - 1, "Center") || t.is(c.te - 1, "Centre"))) {
                for (int k = c.ts; k < c.te - 1; k++) {
                    if (SOURCE_WORDS.contains(t.word[k])) {
                        retype(c, EntityType.FACILITY);
                        break;
                    }
                }
            }
        }
    }

    /** c takes another type, which an acronym defined after it takes too. */
    private static void retype(Candidate c, EntityType type) {
        c.type = type;
    }

    // ------------------------------------------------------------------ data sets and services

    /** Lower-case nouns of data products after their name. */
    private static final Set<String> DATA_PRODUCTS = Set.of("reanalysis", "reanalyses", "dataset", "climatology",
            "product");

    /**
     * "from ERA-K reanalysis", "using KESTREL-3 climatology": a name with a digit or a capital inside its words right
     * before a noun of {@link #DATA_PRODUCTS}, after "from", "using", "with" or "of" (the article left out), is a data
     * set (OTHER).
     */
    private void dataBeforeTheirNoun() {
        for (int i = 2; i < t.count; i++) {
            if (!t.isWord(i) || !DATA_PRODUCTS.contains(t.word[i])) {
                continue;
            }
            int s = nameBefore(i);
            String before = a.w(s - 1);
            if (s < i && (before.equals("from") || before.equals("using") || before.equals("with")
                    || before.equals("of")) && code(s, i) && plain(s, i)) {
                other(s, i, 80);
            }
        }
    }

    /** Words of code and data that make a name with a capital inside it after "on" / "from" a service. */
    private static final Set<String> CODE_WORDS = Set.of("code", "codes", "scripts", "software", "package",
            "packages", "data", "notebooks", "repository", "source", "developed", "documentation");

    /**
     * "the code is on GitVault", "scripts are kept on CodeHarbor": a name of one word with a capital inside it
     * ("GitVault") after "on", "from", "via" or "through", in a sentence that speaks of code or data, is a service
     * (OTHER).
     */
    private void servicesForCode() {
        for (int k = 1; k < t.count; k++) {
            if (!t.isWord(k) || !innerCapital(t.word[k]) || !(t.is(k - 1, "on") || t.is(k - 1, "from")
                    || t.is(k - 1, "via") || t.is(k - 1, "through")) || t.isCap(k + 1) || t.is(k + 1, "-")
                    || !plain(k, k + 1)) {
                continue;
            }
            int ss = a.sentStart(k);
            for (int j = k - 2; j >= ss && j >= k - 10; j--) {
                if (t.isWord(j) && CODE_WORDS.contains(t.word[j])) {
                    other(k, k + 1, 80);
                    break;
                }
            }
        }
    }

    /** A word with a capital after lower-case letters inside it ("GitVault", "DataHaven"), not in capitals. */
    private static boolean innerCapital(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c) && lower) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ surveys, atlases, data taken from

    /**
     * "the Deep Survey of Sky and Time (DSST)", "the Survey of Household Income": a survey "of" something that is no
     * place is a data collection (OTHER), not a mapping agency ("Survey of Kenya" stays an organisation).
     */
    private void surveysOfTopics() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type != EntityType.ORGANIZATION || c.method != ExtractionMethod.ORG_HEAD) {
                continue;
            }
            for (int k = c.ts; k + 2 < c.te; k++) {
                if (t.is(k, "Survey") && t.is(k + 1, "of") && !a.knownPlace(k + 2) && a.gazetteerEnd(k + 2) <= k + 2
                        && !a.headsIn(c.ts, k) && !a.headsIn(k + 1, c.te)) {
                    retype(c, EntityType.OTHER);
                    break;
                }
            }
        }
    }

    /**
     * "the Kestrel Ocean Atlas 2031": two or more capitalised words before "Atlas" (and a year after it) are a data set
     * (OTHER); "the High Atlas" is a mountain range.
     */
    private void atlases() {
        for (int h = 2; h < t.count; h++) {
            if (!t.is(h, "Atlas") || t.isCap(h + 1)) {
                continue;
            }
            int s = h;
            int ss = a.sentStart(h);
            while (s - 1 >= ss && a.orgWord(s - 1) && h - s < 4 && !t.newlineBefore[s]) {
                s--;
            }
            if (h - s < 2 || a.headsIn(s, h)) {
                continue;
            }
            int e = h + 1;
            if (e < t.count && t.kind[e] == Tokens.NUMBER && t.word[e].length() == 4 && !t.glued(h)) {
                e++;
            }
            other(s, e, 85);
        }
    }

    /** Verbs of taking data from a source, before "from". */
    private static final Set<String> TAKEN = Set.of("come", "comes", "came", "taken", "obtained", "derived",
            "downloaded", "retrieved", "extracted", "sourced");

    /**
     * "discharge comes from KestFlow", "fluxes were taken from ORVA5": a name of one unit with a capital inside its word
     * or capitals with a digit, after a verb of taking data and "from", is a data set (OTHER).
     */
    private void dataTakenFrom() {
        for (int v = 0; v + 2 < t.count; v++) {
            if (!t.isWord(v) || !TAKEN.contains(t.word[v]) || !t.is(v + 1, "from")) {
                continue;
            }
            int k = v + 2;
            int e = unitEnd(k);
            boolean codeLike = e > k && (innerCapital(t.word[k]) && e == k + 1
                    || t.isAllCaps(k) && e == k + 2 && t.kind[k + 1] == Tokens.NUMBER);
            if (codeLike && !t.isCap(e) && plain(k, e)) {
                other(k, e, 80);
            }
        }
    }

    // ------------------------------------------------------------------ schemes, grants, online collections

    /** Lower-case nouns after the name of a funding scheme, a prize or a fellowship. */
    private static final Set<String> SCHEME_NOUNS = Set.of("programme", "program", "fellowship", "fellowships",
            "scholarship", "scholarships", "scheme", "prize", "medal");

    /** Lower-case particles inside a scheme's name, between two capitalised words ("Tomás y Varela"). */
    private static final Set<String> SCHEME_PARTICLES = Set.of("y", "de", "da", "del", "di", "von", "van", "e");

    /**
     * "through the Tomás y Varela programme", "a Lindqvist fellowship", "the Orvo de Lima prize": capitalised words,
     * with a particle between two of them, between a determiner and a noun of {@link #SCHEME_NOUNS} are a scheme's
     * or a prize's name (OTHER), over a person found there; not a name found before as an organisation, a facility
     * or a place ("a Royal Kestrel Society fellowship").
     */
    private void schemesBeforeTheirNoun() {
        for (int i = 2; i < t.count; i++) {
            if (!t.isWord(i) || !SCHEME_NOUNS.contains(t.word[i])) {
                continue;
            }
            int s = i;
            int ss = a.sentStart(i);
            while (s - 1 >= ss && i - s < 6) {
                if (a.orgWord(s - 1)) {
                    s--;
                } else if (s < i && t.isWord(s - 1) && SCHEME_PARTICLES.contains(t.word[s - 1]) && a.orgWord(s - 2)) {
                    s -= 2;
                } else {
                    break;
                }
            }
            String d = a.w(s - 1);
            if (s == i || !(d.equals("the") || d.equals("a") || d.equals("an") || d.equals("its") || d.equals("their")
                    || d.equals("her") || d.equals("his")) || a.headsIn(s, i) || a.knownPlace(s)) {
                continue;
            }
            boolean other = false;
            for (Candidate c : a.candidates()) {
                other |= c.ts < i && c.te > s && c.type != EntityType.PERSON;
            }
            if (!other) {
                other(s, i, 95);
            }
        }
    }

    /**
     * "(JSPS, KESTEN grant 22H00915)": a word in capitals that no name found covers, right before "grant" and the
     * grant's number, is the programme that gave it (OTHER).
     */
    private void grantsOfAProgramme() {
        for (int k = 1; k + 2 < t.count; k++) {
            if (t.isAllCaps(k) && t.word[k].length() >= 4 && t.is(k + 1, "grant")
                    && (t.kind[k + 2] == Tokens.NUMBER || t.isWord(k + 2) && code(k + 2, unitEnd(k + 2)))
                    && plain(k, k + 1)) {
                other(k, k + 1, 80);
            }
        }
    }

    /**
     * "the Barcode of Kestrel Data System": an OTHER name found by its data head ("Kestrel Data System") after "of"
     * and one capitalised word after "the" begins with that word.
     */
    private void dataNamesWithOf() {
        for (Candidate c : List.copyOf(a.candidates())) {
            if (c.type == EntityType.OTHER && c.method == ExtractionMethod.ORG_HEAD && t.is(c.ts - 1, "of")
                    && a.orgWord(c.ts - 2) && t.is(c.ts - 3, "the") && !a.headsIn(c.ts - 2, c.ts - 1)
                    && !a.knownPlace(c.ts - 2)) {
                a.add(c.ts - 2, c.te, EntityType.OTHER, c.method, c.conf, c.prio, null);
            }
        }
    }

    /**
     * "the national node of KESTRA", "the Velder nodes of ORVIX", "the next two KESTA funding calls": a name in
     * capitals (with a hyphen or a digit) after "node(s) of" is a distributed research infrastructure, and one before
     * "funding call(s)" a funding programme, OTHER.
     */
    private void nodesAndCalls() {
        for (int k = 2; k < t.count; k++) {
            if (!t.isWord(k) || !t.isAllCaps(k) || !nameStart(k)) {
                continue;
            }
            int e = unitEnd(k);
            boolean node = (t.is(k - 2, "node") || t.is(k - 2, "nodes")) && t.is(k - 1, "of");
            boolean call = t.is(e, "funding") && (t.is(e + 1, "call") || t.is(e + 1, "calls"));
            if ((node || call) && !t.isCap(e) && plain(k, e)) {
                other(k, e, 80);
            }
        }
    }

    /** Nouns of computing work, before "were performed on" / "ran on" and a computer's name. */
    private static final Set<String> COMPUTATIONS = Set.of("computations", "simulations", "calculations", "runs",
            "experiments", "training");

    /**
     * "Simulations were performed on the Kestrel Booster at the Velder Computing Centre and on Orvo at KCC": a name
     * after "on" (and "the"), in a sentence that begins with a noun of computing work, and before "at" and a name
     * found before, is a computer (FACILITY).
     */
    private void computers() {
        for (int k = 1; k + 2 < t.count; k++) {
            if (!t.is(k, "on")) {
                continue;
            }
            int s = t.is(k + 1, "the") ? k + 2 : k + 1;
            int e = nameAfter(s);
            int o = t.is(e + 1, "the") ? e + 2 : e + 1;
            if (e == s || !t.is(e, "at") || o >= t.count || !covered[o] || !plain(s, e)) {
                continue;
            }
            int ss = a.sentStart(k);
            boolean work = false;
            for (int j = ss; j < k && j < ss + 4 && !work; j++) {
                work = t.isWord(j) && COMPUTATIONS.contains(t.word[j].toLowerCase(java.util.Locale.ROOT));
            }
            if (work) {
                facility(s, e);
            }
        }
    }
}
