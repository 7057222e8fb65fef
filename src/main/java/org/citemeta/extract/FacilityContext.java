package org.citemeta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * FACILITY names of built works and of spacecraft instruments, in utilities' reports, instrument papers and
 * architecture guides:
 * <ul>
 * <li>head words of built works ({@link #HEADS}: "Varrow Dam", "Kessel Tower", "Norhall Monastery", "Pellin Wind
 * Farm", "Ostrand Power Plant"), read by {@link Lexicon#head} like the organisations' head words, some only in
 * context ({@link #outOfContext});</li>
 * <li>a name before a lower-case noun of a built work of a utility ("the Varrow dam", "the Ostrand substation", "the
 * Pellin wind farm", "the Kessel pumped-storage plant");</li>
 * <li>an instrument's or a spacecraft's name after its lower-case noun ("the laser altimeter KORA", "the orbiter
 * Tessa").</li>
 * </ul>
 * Runs from {@link Annotator#run()} after {@link ProgrammeAndInstrumentNames} and before the acronym pass.
 */
final class FacilityContext {
    /** Capitalised last words of the names of built works and of spacecraft, FACILITY heads. */
    static final Set<String> HEADS = Set.of("Dam", "Bridge", "Tower", "Castle", "Palace", "Cathedral", "Monastery",
            "Convent", "Abbey", "Basilica", "Lift", "Pavilion", "Substation", "Simulator", "Orbiter", "Lander",
            "Plant", "Farm", "Lighthouse", "Stadium", "Aqueduct", "Viaduct", "Range", "Theatre", "Theater", "Teatro",
            "Arch", "Module", "Pantheon", "Mausoleum", "Mosque", "Synagogue", "Chapel", "Fortress", "Citadel",
            "Amphitheatre", "Gate");

    /** Heads of spacecraft's names, after which a name in apposition is the spacecraft's own ("Orbiter Tessa"). */
    static final Set<String> SPACECRAFT_HEADS = Set.of("Orbiter", "Lander", "Module");

    /** Words before "Module" that make it a spacecraft's module, not a course's. */
    static final Set<String> MODULE_LEADS = Set.of("Transfer", "Service", "Command", "Propulsion", "Habitation",
            "Crew", "Descent", "Ascent", "Landing", "Lunar");

    /** Celestial bodies and their adjectives, no names of the instruments before or after which they stand. */
    private static final Set<String> BODIES = Set.of("Mercury", "Venus", "Earth", "Moon", "Mars", "Jupiter",
            "Saturn", "Uranus", "Neptune", "Pluto", "Lunar", "Martian", "Jovian", "Sun", "Solar");

    /** Words before "Plant" that make it a power or industrial plant ("Ostrand Power Plant", not "Plant Biology"). */
    static final Set<String> PLANT_LEADS = Set.of("Power", "Cycle", "Nuclear", "Hydroelectric", "Hydropower",
            "Geothermal", "Solar", "Storage", "Desalination", "Treatment", "Gas", "Coal", "Thermal", "CHP",
            "Pumped-Storage", "Biomass", "Hydrogen", "Reprocessing");

    /** Words before "Farm" that make it a wind or solar farm. */
    static final Set<String> FARM_LEADS = Set.of("Wind", "Solar", "Offshore", "Onshore", "Photovoltaic", "PV");

    /** Words before "Range" that make it a test range, not a mountain range. */
    static final Set<String> RANGE_LEADS = Set.of("Test", "Testing", "Firing", "Missile", "Rocket");

    /**
     * The head word h at token k (of {@link #HEADS}, or "Station") heads no facility's name here: "Plant", "Farm" and
     * "Range" only after their leads; "Station" after any capitalised word that ends the name ("Rossel Station", not
     * "Station Road").
     */
    static boolean outOfContext(String h, String prev, boolean capNext) {
        return switch (h) {
            case "Plant" -> !PLANT_LEADS.contains(prev);
            case "Farm" -> !FARM_LEADS.contains(prev);
            case "Range" -> !RANGE_LEADS.contains(prev);
            case "Module" -> !MODULE_LEADS.contains(prev);
            default -> false;
        };
    }

    /** Common nouns before "Station" that name no station alone ("the Bus Station", but "Tessel Bus Station"). */
    private static final Set<String> STATION_KINDS = Set.of("Bus", "Train", "Railway", "Rail", "Police", "Fire",
            "Petrol", "Gas", "Coach", "Central", "Main", "Metro", "Underground", "Subway", "Tube", "Power", "Pumping",
            "Filling", "Service", "Radio", "TV", "Television");

    /**
     * "Station" at token k ends a name of a station ("Rossel Station", "Tessel Bus Station"): a capitalised word
     * before, not only a common noun of {@link #STATION_KINDS} ("the Bus Station"), and none after ("Station Road").
     */
    static boolean lastStation(Tokens t, int k) {
        if (!t.is(k, "Station") || k < 1 || t.isCap(k + 1) || !name(t, k - 1)) {
            return false;
        }
        return !STATION_KINDS.contains(t.word[k - 1]) || k >= 2 && name(t, k - 2)
                && !STATION_KINDS.contains(t.word[k - 2]);
    }

    private static boolean name(Tokens t, int k) {
        return t.isWord(k) && t.isCap(k) && !Lexicon.STOP_CAP.contains(t.word[k]);
    }

    /** Lower-case nouns of a utility's built works after their names ("the Varrow dam"). */
    private static final Set<String> WORKS = Set.of("dam", "dams", "substation", "substations", "barrage", "weir",
            "mine", "quarry");

    /** Lower-case words before "plant" that make it a power plant named by its own name (not "power plant"). */
    private static final Set<String> PLANT_KINDS = Set.of("pumped-storage", "run-of-river", "hydropower",
            "hydroelectric", "combined-cycle", "desalination");

    /** Lower-case words before "farm" / "park" that make it a wind or solar farm. */
    private static final Set<String> FARM_KINDS = Set.of("wind", "solar", "offshore", "photovoltaic");

    /** Lower-case nouns of instruments and spacecraft before their names ("the laser altimeter KORA"). */
    private static final Set<String> INSTRUMENT_PRE = Set.of("altimeter", "spectrometer", "radiometer", "camera",
            "orbiter", "lander", "imager", "magnetometer", "spectrograph", "polarimeter", "system");

    /** Lower-case nouns of instruments and spacecraft after their names ("the Tessa orbiter"). */
    private static final Set<String> INSTRUMENT_POST = Set.of("camera", "cameras", "orbiter", "orbiters", "lander",
            "landers", "spectrometer", "spectrometers", "magnetometer", "spectrograph");

    private final CandidateSpace a;
    private final Tokens t;
    /** Tokens covered by a candidate found before this pass. */
    private boolean[] covered;

    FacilityContext(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        covered = new boolean[t.count];
        for (Candidate c : a.candidates()) {
            for (int k = c.ts; k < c.te; k++) {
                covered[k] = true;
            }
        }
        worksBeforeTheirNoun();
        instrumentsAfterTheirNoun();
        spacecraftInApposition();
        churchesOf();
        spaceCentres();
        romanceBuildings();
        listsInParentheses();
    }

    /** Plural nouns of facilities before a list of their names in parentheses. */
    private static final Set<String> PLURALS = Set.of("stations", "plants", "dams", "substations", "farms", "mines",
            "bridges", "churches", "telescopes", "satellites", "observatories", "reactors", "palaces", "castles",
            "monasteries", "spacecraft", "orbiters", "landers", "instruments", "beamlines", "vessels", "ships");

    /**
     * "the run-of-river stations on the Velm (Ostrand, Pellin and Kessel-Nord)": two or more names of one or two
     * units, joined by commas and "and", in parentheses a few words after a plural noun of facilities ({@link
     * #PLURALS}), are facilities; not when one of them is a place or a person found before.
     */
    private void listsInParentheses() {
        for (int i = 1; i < t.count; i++) {
            if (!t.isWord(i) || !PLURALS.contains(t.word[i])) {
                continue;
            }
            int se = a.sentEnd(i);
            int j = i + 1;
            while (j < se && j - i <= 5 && !t.is(j, "(") && !t.is(j, ",") && !t.is(j, ";")) {
                j++;
            }
            if (!t.is(j, "(")) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            int k = j + 1;
            boolean closed = false;
            while (k < t.count && names.size() < 8) {
                int e = unitEnd(k);
                if (e == k) {
                    break;
                }
                if (a.orgWord(e)) {
                    e = unitEnd(e);
                }
                if (!plain(k, e) || a.knownPlace(k)) {
                    break;
                }
                names.add(new int[]{k, e});
                if (t.is(e, ")")) {
                    closed = true;
                    break;
                }
                if (t.is(e, ",") && t.is(e + 1, "and")) {
                    k = e + 2;
                } else if (t.is(e, ",") || t.is(e, "and")) {
                    k = e + 1;
                } else {
                    break;
                }
            }
            if (!closed || names.size() < 2) {
                continue;
            }
            for (int[] n : names) {
                a.add(n[0], n[1], EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
            }
        }
    }

    /** Nouns that begin the names of buildings in Romance languages ("Palacio de ...", "Mosteiro dos ..."). */
    private static final Set<String> ROMANCE_BUILDINGS = Set.of("Palacio", "Palazzo", "Palais", "Palácio",
            "Castello", "Castillo", "Castelo", "Château", "Mosteiro", "Monasterio", "Monastero", "Catedral",
            "Cattedrale", "Igreja", "Iglesia", "Chiesa", "Basílica", "Ponte", "Puente", "Pont", "Teatro", "Capela",
            "Capilla", "Cappella", "Convento", "Torre");

    /** Conjunctions between two capitalised words inside such a name ("Exposiciones y Congresos"). */
    private static final Set<String> AND_WORDS = Set.of("y", "e", "et");

    /**
     * "the Palacio de Ferias y Congresos de Velmora", "the Mosteiro dos Brisos": a noun of {@link #ROMANCE_BUILDINGS}
     * followed by a particle and capitalised words (with particles and conjunctions between them) is a building's
     * name, a facility; not a known place ("Torre del Greco") nor a person's name ("Ana Palacio de ...": a
     * capitalised word before the noun).
     */
    private void romanceBuildings() {
        for (int i = 0; i + 2 < t.count; i++) {
            if (!t.isWord(i) || !ROMANCE_BUILDINGS.contains(t.word[i]) || !PARTICLES.contains(a.w(i + 1))
                    || !a.orgWord(i + 2) || i > 0 && t.isWord(i - 1) && t.isCap(i - 1) && i != a.sentStart(i)) {
                continue;
            }
            if (a.knownPlace(i) || a.gazetteerEnd(i) > i + 1) {
                continue;
            }
            int se = a.sentEnd(i);
            int e = unitEnd(i + 2);
            while (e < se && e - i < 10) {
                if (a.orgWord(e)) {
                    e = unitEnd(e);
                } else if ((PARTICLES.contains(a.w(e)) || AND_WORDS.contains(a.w(e))) && a.orgWord(e + 1)) {
                    e = unitEnd(e + 1);
                } else {
                    break;
                }
            }
            if (plainForBuilding(i + 1, e) && !a.headsIn(i + 1, e)) {
                a.add(i, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
            }
        }
    }

    /**
     * "the Tessa Magnetospheric Orbiter Pim": a name of one unit after a spacecraft's head word ({@link
     * #SPACECRAFT_HEADS}), with no capitalised word after it, is the spacecraft's own name, a facility.
     */
    private void spacecraftInApposition() {
        for (int i = 1; i + 1 < t.count; i++) {
            if (!t.isWord(i) || !SPACECRAFT_HEADS.contains(t.word[i]) || !t.isCap(i - 1) || !a.orgWord(i + 1)) {
                continue;
            }
            int e = unitEnd(i + 1);
            if (!t.isCap(e) && t.kind[e < t.count ? e : i] != Tokens.NUMBER && plain(i + 1, e)
                    && !a.knownPlace(i + 1) && !a.kb().isGivenName(t.word[i + 1])) {
                a.add(i + 1, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
            }
        }
    }

    /** Lower-case nouns of religious and royal buildings named by "of" and the name ("the church of ..."). */
    private static final Set<String> BUILDINGS_OF = Set.of("church", "convent", "monastery", "chapel", "basilica",
            "abbey", "cathedral", "priory", "friary");

    /** Lower-case particles inside such a name ("Sant Pere de les Puel.les", "Madre de Deus"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "di", "del", "della", "du",
            "des", "la", "le", "los", "las");

    /**
     * "the church of San Rocco", "the former convent of Madre de Deus": capitalised words (and particles between
     * them) after a noun of {@link #BUILDINGS_OF} and "of" are the building's name, a facility; not a place ("the
     * church of Ostrand" stays a place) nor a person found there.
     */
    private void churchesOf() {
        for (int i = 1; i + 2 < t.count; i++) {
            if (!t.isWord(i) || !BUILDINGS_OF.contains(t.word[i]) || !t.is(i + 1, "of") || !a.orgWord(i + 2)) {
                continue;
            }
            int se = a.sentEnd(i);
            int e = unitEnd(i + 2);
            while (e < se && e - i < 8) {
                if (a.orgWord(e)) {
                    e = unitEnd(e);
                } else if (PARTICLES.contains(a.w(e)) && a.orgWord(e + 1)) {
                    e = unitEnd(e + 1);
                } else {
                    break;
                }
            }
            if (a.knownPlace(i + 2) && a.placeEnd(i + 2) >= e || !plainForBuilding(i + 2, e)) {
                continue;
            }
            a.add(i + 2, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
        }
    }

    /** [s, e) holds no head word and no candidate that reaches beyond it. */
    private boolean plainForBuilding(int s, int e) {
        if (a.headsIn(s, e) && !ROMANCE_BUILDINGS.contains(t.word[s]) || Lexicon.TITLES.contains(t.word[s])) {
            return false;
        }
        for (Candidate c : a.candidates()) {
            if (c.te > s && c.ts < e && (c.ts < s || c.te > e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Ostrand Space Centre", "the Kessel Deep Space Center": a name ending in "Space Centre" / "Space Center" is
     * a launch or tracking site, a facility, not an organisation ("European Space Operations Centre" stays one).
     */
    private void spaceCentres() {
        for (Candidate c : a.candidates()) {
            int last = c.te - 1;
            if (c.type == EntityType.ORGANIZATION && c.te - c.ts >= 3 && (t.is(last, "Centre") || t.is(last, "Center"))
                    && t.is(last - 1, "Space")) {
                c.type = EntityType.FACILITY;
            }
        }
    }

    /** A word of a name: capitalised, no stop word, with what is glued to it by hyphens ("Ybbs-Persenbeug"). */
    private int unitEnd(int k) {
        if (!a.orgWord(k)) {
            return k;
        }
        return a.joined(k + 1);
    }

    /** Start of a name of one or two units ending at e, after "the" / "its" / "'s", no candidate on it, or e. */
    private int nameBefore(int e) {
        int ss = a.sentStart(Math.max(0, e - 1));
        for (int s = Math.max(ss, e - 6); s < e; s++) {
            if (!a.orgWord(s) || s > 0 && t.glued(s - 1) && (t.is(s - 1, "-") || t.isWord(s - 1))) {
                continue;
            }
            int x = unitEnd(s);
            int units = 1;
            while (x < e && units < 2 && a.orgWord(x)) {
                x = unitEnd(x);
                units++;
            }
            if (x == e && plain(s, e) && determiner(s - 1)) {
                return s;
            }
        }
        return e;
    }

    private boolean determiner(int k) {
        return t.is(k, "the") || t.is(k, "The") || t.is(k, "its") || t.is(k, "'s") || t.is(k, "their");
    }

    private boolean plain(int s, int e) {
        if (e <= s || a.headsIn(s, e) || Lexicon.STOP_CAP.contains(t.word[s]) && !t.isAllCaps(s)
                || Lexicon.TITLES.contains(t.word[s]) || e - s >= 2 && a.kb().isGivenName(t.word[s])
                || BODIES.contains(t.word[s])) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return inside(s, e);
            }
        }
        return true;
    }

    /**
     * Every candidate on [s, e) lies inside it and is shorter: a place found in a hyphenated name ("Ostrand" of
     * "Ostrand-Nord"), which the longer name wins over.
     */
    private boolean inside(int s, int e) {
        for (Candidate c : a.candidates()) {
            if (c.te > s && c.ts < e && (c.ts < s || c.te > e || c.te - c.ts >= e - s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Varrow dam", "the Ostrand substation", "the Pellin wind farm", "the Kessel pumped-storage plant": one or
     * two capitalised words after a determiner, before a lower-case noun of a utility's built works, are a facility.
     * "the Ostrand power plant" is not read: a plant named by its place may stand for the place.
     */
    private void worksBeforeTheirNoun() {
        for (int i = 1; i < t.count; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.word[i];
            int e;
            if (WORKS.contains(w)) {
                e = i;
            } else if ((w.equals("plant") || w.equals("plants")) && PLANT_KINDS.contains(compound(i - 1))) {
                e = a.hyphenChainStart(i - 1);
            } else if ((w.equals("farm") || w.equals("park")) && FARM_KINDS.contains(a.w(i - 1))) {
                e = i - 1;
            } else {
                continue;
            }
            int s = nameBefore(e);
            if (s < e) {
                a.add(s, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
            }
        }
    }

    /** The hyphenated lower-case word ending at token k ("run-of-river"), as one string. */
    private String compound(int k) {
        int s = a.hyphenChainStart(k);
        StringBuilder b = new StringBuilder();
        for (int j = s; j <= k; j++) {
            b.append(t.word[j]);
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "the laser altimeter KORA", "the imaging system TESS-IR", "the orbiter Tessa" (a name after a lower-case
     * noun of an instrument or a spacecraft), and "the Tessa orbiter", "the KORA camera" (before one): the name is a
     * facility. After "system" only a name in capitals ("the imaging system TESS-IR", not "the system Windows").
     */
    private void instrumentsAfterTheirNoun() {
        for (int i = 1; i + 1 < t.count; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.word[i];
            if (INSTRUMENT_PRE.contains(w) && a.orgWord(i + 1) && !t.isCap(i - 1)) {
                int e = unitEnd(i + 1);
                if (t.isCap(e) || !plain(i + 1, e) || a.knownPlace(i + 1) || a.kb().isGivenName(t.word[i + 1])) {
                    continue;
                }
                if (w.equals("system") && !t.isAllCaps(i + 1)) {
                    continue;
                }
                a.add(i + 1, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
            } else if (INSTRUMENT_POST.contains(w)) {
                int s = nameBefore(i);
                if (s < i && !a.knownPlace(s)) {
                    a.add(s, i, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
                }
            }
        }
    }
}
