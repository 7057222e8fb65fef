package org.citemeta.extract;

import static org.citemeta.extract.Lexicon.CONNECTORS;
import static org.citemeta.extract.Lexicon.FACILITY_NOUNS;
import static org.citemeta.extract.Lexicon.FACILITY_PRE_NOUNS;
import static org.citemeta.extract.Lexicon.GEO_HEADS;
import static org.citemeta.extract.Lexicon.LOC_PREPS;
import static org.citemeta.extract.Lexicon.NAME_PARTICLES;
import static org.citemeta.extract.Lexicon.SPEECH_VERBS;
import static org.citemeta.extract.Lexicon.STOP_CAP;
import static org.citemeta.extract.Lexicon.TITLES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citemeta.extract.citation.CitationAuthor;
import org.citemeta.extract.citation.FoundReference;
import org.citemeta.extract.citation.ParsedReference;
import org.citemeta.extract.citation.ReferenceKind;
import org.citemeta.extract.kb.KbEntry;
import org.citemeta.extract.kb.KnowledgeBase;
import org.citemeta.extract.text.BlockKind;
import org.citemeta.extract.text.NormalizedText;
import org.citemeta.extract.text.TextBlock;
import org.citemeta.extract.text.Tokens;

/**
 * Per-document worker: candidates from the dictionary and the patterns, overlap resolution (longest span wins),
 * propagation (acronyms, surnames), grouping into entities, relations and metadata. One instance per call; not
 * shared between threads.
 */
final class Annotator implements CandidateSpace {
    /** Longest sentence kept whole as a mention's snippet or a relation's evidence, in characters. */
    static final int MAX_SNIPPET = 1000;
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)+"); // one try per run of characters: linear on long runs

    /** person candidate + token where its organisation is expected. */
    private record PendingAffiliation(Candidate person, int orgToken, String role) {
    }

    private final KnowledgeBase kb;
    private final NormalizedText nt;
    /** Sentences already cut out of the text, by sentence index: mentions in one sentence share one string. */
    private final Map<Integer, String> sentences = new HashMap<>();
    private final Tokens t;
    private final boolean[] skip;
    private final List<Candidate> cands = new ArrayList<>();
    private final List<PendingAffiliation> pending = new ArrayList<>();
    private final List<Candidate> bylinePersons = new ArrayList<>();
    private final List<Candidate> bioPersons = new ArrayList<>();
    private final Map<Candidate, String> bioRoles = new HashMap<>();
    private final Map<Candidate, List<String>> authorMarkers = new LinkedHashMap<>();
    private Candidate[] at; // selected candidate covering each token
    /** The references found in the document (offsets into the original text): their list entries give the names. */
    private final List<FoundReference> refs;
    /** The contexts that say a gazetteer name is a place, beyond {@link #gazetteerOk}'s own. */
    private final PlaceContext placeContext;

    Annotator(KnowledgeBase kb, NormalizedText nt) {
        this(kb, nt, List.of());
    }

    Annotator(KnowledgeBase kb, NormalizedText nt, List<FoundReference> refs) {
        this.kb = kb;
        this.nt = nt;
        this.refs = refs;
        this.t = Tokens.of(nt.text());
        this.skip = new boolean[t.count];
        this.placeContext = new PlaceContext(t, this::gazetteerEnd,
                k -> gazetteerEnd(k) > k && "subdivision".equals(gazetteerEntry(k, gazetteerEnd(k)).kind()));
        for (TextBlock b : nt.blocks()) {
            Cancellation.check();
            if (b.kind() == BlockKind.PULL_QUOTE) {
                for (int i = 0; i < t.count; i++) {
                    if (t.start[i] >= b.start() && t.end[i] <= b.end()) {
                        skip[i] = true;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    @Override
    public Tokens tokens() {
        return t;
    }

    @Override
    public KnowledgeBase kb() {
        return kb;
    }

    @Override
    public List<Candidate> candidates() {
        return cands;
    }

    @Override
    public String w(int i) {
        return i >= 0 && i < t.count ? t.word[i] : "";
    }

    @Override
    public int sentEnd(int i) {
        return t.sentenceTo[t.sentence[i]];
    }

    @Override
    public int sentStart(int i) {
        return t.sentenceFrom[t.sentence[i]];
    }

    private boolean initialAt(int i) { // "K" "."
        return t.isWord(i) && t.word[i].length() == 1 && Character.isUpperCase(t.word[i].charAt(0))
                && t.is(i + 1, ".") && t.glued(i);
    }

    /** End of an initials group starting at i ("X.", "J.-P.", "M. A."), or i if none. */
    private int initialsEnd(int i) {
        int k = i;
        while (initialAt(k)) {
            k += 2;
            if (t.is(k, "-") && t.glued(k - 1) && initialAt(k + 1)) {
                k += 1;
            }
        }
        return k;
    }

    private boolean nameWord(int i) {
        if (!t.isCap(i)) {
            return false;
        }
        String x = t.word[i];
        if (x.length() < 2 || STOP_CAP.contains(x) || Lexicon.head(x) != null || GEO_HEADS.contains(x)
                || TITLES.contains(x) || Lexicon.BODY_NOUNS.contains(x)) {
            return false;
        }
        if (t.isAllCaps(i)) {
            return false;
        }
        KbEntry e = single(i);
        return e == null || e.type() == EntityType.PERSON || e.ambiguous() || e.isNonMention() && false;
    }

    /** KB entry matching exactly the single token i, or null. */
    @Override
    public KbEntry single(int i) {
        KnowledgeBase.Node n = kb.root().child(t.word[i]);
        return n == null ? null : n.entry();
    }

    /** End (exclusive) of a person name starting at i, counting parts; returns i if no name. */
    private int nameEnd(int i, int limit, int[] partsOut) {
        int k = i;
        int parts = 0;
        boolean lastInitial = false;
        while (k < limit && parts < 4) {
            int ie = initialsEnd(k);
            if (ie > k) {
                parts += (ie - k) / 2;
                k = ie;
                lastInitial = true;
                continue;
            }
            if (parts > 0 && lineLabel(k)) {
                break; // "Dr Anna Lindqvist\nReviewers: ...": the next line's label is no part of the name
            }
            if (nameWord(k)) {
                k++;
                while (t.is(k, "-") && t.glued(k - 1) && t.glued(k) && (t.isCap(k + 1) || syllableAfterHyphen(k + 1))) {
                    k += 2;
                }
                parts++;
                lastInitial = false;
                continue;
            }
            if (parts > 0 && t.isWord(k) && NAME_PARTICLES.contains(t.word[k]) && nameWord(k + 1)) {
                k++;
                continue;
            }
            if (parts >= 2 && doubleSurname(k)) {
                k++;
                continue;
            }
            // two particles: "van der Linden", "van den Berg", "de la Cruz" (Dutch, German and Spanish family names)
            if (parts > 0 && t.isWord(k) && NAME_PARTICLES.contains(t.word[k]) && t.isWord(k + 1)
                    && NAME_PARTICLES.contains(t.word[k + 1]) && !t.isCap(k + 1) && nameWord(k + 2)) {
                k += 2;
                continue;
            }
            break;
        }
        if (lastInitial) { // a name does not end with an initial here ("Green, M. A." is handled elsewhere)
            return i;
        }
        if (partsOut != null) {
            partsOut[0] = parts;
        }
        return parts == 0 ? i : k;
    }

    /**
     * Token k, after a given name and a surname, is the Catalan "i" or the Spanish "y" that joins two family names
     * ("Jordi Puig i Serra", "José Ortega y Gasset"): one surname follows and ends the name, and it is no given name
     * (which would make "Pau Vidal i Marta ..." two persons).
     */
    private boolean doubleSurname(int k) {
        return (t.is(k, "i") || t.is(k, "y")) && nameWord(k + 1) && !nameWord(k + 2)
                && !kb.isGivenName(t.word[k + 1]);
    }

    /**
     * Romanised Korean and Chinese given names join their two syllables with a hyphen and write the second in lower
     * case ("Kim Min-jun", "Chen Yu-ting", "Lee Ji-hye"): the syllable is a consonant onset, one to three vowels and
     * at most a final n, ng, m, k, l, p or t, and not one of the few English words of that shape that follow names
     * ("Smith-led", "Meyer-run").
     */
    private boolean syllableAfterHyphen(int k) {
        return t.isWord(k) && !t.isCap(k) && t.glued(k - 1) && Character.isUpperCase(w(k - 2).charAt(0))
                && w(k - 2).length() <= 6 && ROMANISED_SYLLABLE.matcher(w(k)).matches() && !NOT_SYLLABLES.contains(w(k));
    }

    private static final java.util.regex.Pattern ROMANISED_SYLLABLE = java.util.regex.Pattern.compile(
            "(?:[bcdfghjklmnpqrstwxyz]{0,3})[aeiouy]{1,3}(?:ng|n|m|k|l|p|t)?");

    /** English words of a syllable's shape that follow a name after a hyphen. */
    private static final Set<String> NOT_SYLLABLES = Set.of("led", "run", "free", "like", "type", "era", "son",
            "in", "on", "up", "go", "to", "be", "me", "we", "so", "no", "ok", "tea", "day", "way", "key", "bay", "sea",
            "mean", "pool", "fell", "feel", "pin", "man", "men", "due", "new", "old", "bit", "kit", "set", "net", "pit",
            "top", "shop", "hop", "cup", "dot", "pot", "mail", "fit", "sun", "fun", "bus", "tool", "lab", "club", "team");

    /** Token k opens a line and a colon follows it ("Examiners:", "Contact:"): a label, no name word. */
    private boolean lineLabel(int k) {
        return t.newlineBefore[k] && t.isWord(k) && t.is(k + 1, ":");
    }

    @Override
    public Candidate add(int ts, int te, EntityType type, ExtractionMethod m, double conf, int prio, KbEntry e) {
        if (ts < 0 || te <= ts || te > t.count) {
            return null;
        }
        for (int i = ts; i < te; i++) {
            if (skip[i]) {
                return null;
            }
        }
        if (type == EntityType.PERSON && streetNamedAfter(ts, te)) {
            return null;
        }
        Candidate c = new Candidate(ts, te, type, m, conf, prio, e);
        cands.add(c);
        return c;
    }

    /** Words of an address that follow a person's name in a street's name: "Ida Marlow Road". */
    private static final Set<String> STREET_AFTER = Set.of("Road", "Street", "Avenue", "Boulevard", "Lane", "Straße",
            "Strasse", "Allee", "Platz");

    /** Words of an address that come before a person's name in a street's name: "rue Paul Verlet", "Via Anna Rossi". */
    private static final Set<String> STREET_BEFORE = Set.of("rue", "Rue", "Via", "viale", "Viale", "Corso", "Piazza",
            "calle", "Calle", "Avenida", "avenida", "rua", "Rua", "Avenue", "Boulevard", "Praça", "Plaza", "Largo");

    /**
     * The person name [ts, te) is part of a street's name or ends with a street word ("12 Ida Marlow Road", "Dr Ida
     * Marlow Road", "4 rue Paul Verlet"): no person.
     */
    private boolean streetNamedAfter(int ts, int te) {
        return STREET_AFTER.contains(w(te)) || STREET_AFTER.contains(w(te - 1)) || STREET_BEFORE.contains(w(ts - 1));
    }

    // ------------------------------------------------------------------ main

    Extraction run() {
        dictionary();
        orgHeads();
        facilityNouns();
        dataNouns();
        persons();
        references();
        journals();
        journalsInProse();
        referenceEntries();
        places();
        postcodeCities();
        datelines();
        gazetteerJoined();
        affiliationLines();
        withAffiliations();
        new NameWithoutHead(this).run();
        new EvidenceWords(this).run();
        new UnlistedPlacesAndAgencies(this).run();
        new PlaceCues(this).run();
        new CompanyContext(this).run();
        new OrganisationCues(this).run();
        new ProgrammeAndInstrumentNames(this).run();
        new FacilityContext(this).run();
        new ToolAndInfrastructureNames(this).run();
        new DocumentKindCues(this).run();
        new KinshipAndFamilyNameCues(this).run();
        acronyms();
        select();
        propagate();
        List<Mention> mentions = new ArrayList<>();
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        group(mentions, entities);
        List<Relation> relations = new ArrayList<>();
        locatedIn(relations, entities);
        List<Author> authors = new ArrayList<>();
        DocumentMetadata meta = metadata(relations, entities, authors);
        List<Entity> ents = new ArrayList<>();
        for (EntityBuilder b : entities.values()) {
            ents.add(b.build(kb));
        }
        return new Extraction(meta, mentions, ents, relations);
    }

    // ------------------------------------------------------------------ dictionary

    private void dictionary() {
        for (int i = 0; i < t.count; i++) {
            if (t.kind[i] == Tokens.PUNCT && !t.is(i, "'")) {
                continue;
            }
            KnowledgeBase.Node n = kb.root().child(t.word[i]);
            if (n == null) {
                gazetteerPlace(i);
                continue;
            }
            int end = -1;
            KbEntry best = null;
            int lim = sentEnd(i);
            int k = i;
            while (n != null) {
                if (n.entry() != null) {
                    best = n.entry();
                    end = k + 1;
                }
                k++;
                if (k >= lim) {
                    break;
                }
                n = n.child(t.word[k]);
            }
            if (best == null) {
                gazetteerPlace(i);
                continue;
            }
            // a longer name of the gazetteer that begins with a place of the base: "Porto Alegre" (the base has "Porto")
            if (best.type() == EntityType.LOCATION && gazetteerName(i)) {
                int longer = gazetteerEnd(i);
                if (longer > end && gazetteerOk(i, longer)) {
                    addGazetteerPlace(i, longer);
                    continue;
                }
            }
            if (best.isNonMention()) {
                continue;
            }
            // inside a hyphenated compound ("North-Holland"), unless the other part is a place too ("China-US")
            if (t.is(i - 1, "-") && t.glued(i - 2) && t.glued(i - 1) && t.isWord(i - 2) && single(i - 2) == null) {
                continue;
            }
            // an acronym match inside a longer word sequence of capitals is fine; a single lower-case match is not
            if (end - i == 1 && !t.isCap(i) && t.kind[i] == Tokens.WORD && !t.word[i].equals("imec")
                    && !t.word[i].equals("eLife")) {
                continue;
            }
            double conf = 0.95;
            if (best.ambiguous() && (end - i == 1 || best.isJournal())) {
                if (!ambiguousOk(best, i, end)) {
                    continue;
                }
                conf = 0.8;
            }
            if (best.type() == EntityType.LOCATION && OBJECT_NOUNS.contains(w(end))) {
                continue; // "the Benin Bronzes": a place's name that names a group of objects
            }
            int prio = best.type() == EntityType.LOCATION ? 60 : 90;
            add(i, end, best.type(), ExtractionMethod.DICTIONARY, conf, prio, best);
        }
    }

    /**
     * Capitalised plural nouns of objects, documents and finds that a place's name before them turns into the name of
     * those things, not a mention of the place: "the Benin Bronzes", "the Parthenon Marbles", "the Qumran Scrolls",
     * "the Panama Papers", "the Staffordshire Hoard".
     */
    private static final Set<String> OBJECT_NOUNS = Set.of("Bronzes", "Marbles", "Scrolls", "Papers", "Hoard",
            "Tapestry", "Codex", "Manuscripts", "Tablets");

    // ------------------------------------------------------------------ gazetteer places

    /** Prepositions before a gazetteer place: "in Wolfsburg.", "near Mombasa,". */
    /** Capitalised compass words that begin a region's name before a region of the base: "Eastern Alps". */
    private static final Set<String> COMPASS = Set.of("Eastern", "Western", "Northern", "Southern", "Central",
            "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Upper", "Lower");

    private static final Set<String> GAZETTEER_PREPS = PlaceContext.PREPS;
    /** Tokens that may close a gazetteer place after a preposition. */
    private static final Set<String> GAZETTEER_CLOSERS = Set.of(",", ".", ";", ":", ")", "and", "or", "und", "oder",
            "ou", "y", "o", "e", "en", "och", "og"); // not "et": "in Hamilton et al."

    /**
     * A place of the gazetteer starting at token i (a city or subdivision the hand-written base does not name), taken
     * only where the text says it is a place ({@link #gazetteerOk}): a bare "Wolfsburg" or "Chiba" elsewhere is not
     * enough, since many such names are also surnames or words.
     */
    private void gazetteerPlace(int i) {
        if (!gazetteerName(i)) {
            return;
        }
        int end = gazetteerEnd(i);
        if (end > i && gazetteerOk(i, end)) {
            addGazetteerPlace(i, end);
        }
    }

    /** Token i may begin a gazetteer name: a capitalised word, not in capitals (a single capital letter may be). */
    private boolean gazetteerName(int i) {
        return t.isWord(i) && t.isCap(i) && !(t.isAllCaps(i) && t.word[i].length() > 1);
    }

    private void addGazetteerPlace(int i, int end) {
        add(i, end, EntityType.LOCATION, ExtractionMethod.DICTIONARY, 0.8, 60, gazetteerEntry(i, end));
    }

    /** End (exclusive) of the longest gazetteer name starting at i within its sentence, or i. */
    @Override
    public int gazetteerEnd(int i) {
        KnowledgeBase.Node n = kb.gazetteerRoot().child(w(i));
        int end = i;
        int lim = sentEnd(i);
        for (int k = i; n != null; ) {
            if (n.entry() != null) {
                end = k + 1;
            }
            if (++k >= lim) {
                break;
            }
            n = n.child(t.word[k]);
        }
        return end;
    }

    /** The gazetteer's place written in capitals at exactly [i, e) ("IAȘI", "CLUJ-NAPOCA"), or null. */
    private KbEntry gazetteerInCapitals(int i, int e) {
        KnowledgeBase.Node n = kb.gazetteerRoot();
        for (int k = i; k < e && n != null; k++) {
            n = n.child(PlaceContext.titleCase(t.word[k]));
        }
        return n == null ? null : n.entry();
    }

    @Override
    public KbEntry gazetteerEntry(int i, int end) {
        KnowledgeBase.Node n = kb.gazetteerRoot().child(w(i));
        for (int k = i + 1; k < end && n != null; k++) {
            n = n.child(t.word[k]);
        }
        return n == null ? null : n.entry();
    }

    /**
     * Whether the text says that the gazetteer name at [i, end) is a place: after a postcode that begins an address
     * part ("69117 Heidelberg,", "D-52425 Jülich", "00-716 Warsaw"); after "in" / "near" / "at" and before what closes
     * a place ("in Wolfsburg.", "in Turkana County within"); in a list of places that a place of the hand-written base
     * ends (", Kashiwa, Chiba 277-8583, Japan", "Wolfsburg, Germany"); joined by "and" to a known place ("Nairobi and
     * Mombasa"). Never before a capitalised word, a speech verb or "'s", nor after a title ("Dr Chester").
     */
    private boolean gazetteerOk(int i, int end) {
        String prev = w(i - 1);
        String next = w(end);
        if (gazetteerBlocked(i, end)) {
            return false;
        }
        // a numbered citation marker closes the name as a period would: "archived in Lugano [1]."
        boolean closes = next.isEmpty() || t.newlineBefore[end] || GAZETTEER_CLOSERS.contains(next)
                || next.equals("[") && t.kind[end + 1 < t.count ? end + 1 : end] == Tokens.NUMBER
                || PlaceContext.afterYear(t, end) > end; // "took place in Valletta (2022)"
        if (i > 0 && !t.newlineBefore[i] && postcodeBefore(i - 1) && (closes || t.is(end, "/"))) {
            return true;
        }
        if (GAZETTEER_PREPS.contains(prev) && !t.newlineBefore[i] && (closes || end - i > 1)) {
            return true;
        }
        if ((prev.equals(",") && !t.newlineBefore[i] || i == 0 || t.newlineBefore[i]) && placeListEnds(end)
                || prev.equals(",") && !t.newlineBefore[i] && stateCodeEnds(end)) {
            return true;
        }
        // a longer name beginning with a place of the base: "Porto Alegre" (the base has "Porto")
        if (end - i >= 2 && baseLocation(i) && !t.newlineBefore[end - 1]) {
            return true;
        }
        return prev.equals("and") && !t.newlineBefore[i] && i >= 2 && baseLocation(i - 2)
                || next.equals("and") && end + 1 < t.count && !t.newlineBefore[end + 1] && baseLocation(end + 1)
                || placeContext.says(i, end);
    }

    /** Never a place before a capitalised word on its line, a speech verb or "'s", nor after a title ("Dr Chester"). */
    private boolean gazetteerBlocked(int i, int end) {
        String next = w(end);
        return t.isWord(end) && t.isCap(end) && !t.newlineBefore[end] || SPEECH_VERBS.contains(next)
                || next.equals("'s") || TITLES.contains(w(i - 1));
    }

    /**
     * Gazetteer names joined to a place found by the other rules, or written after an organisation and a comma
     * ({@link PlaceContext#joined}); run once the other rules have proposed their candidates.
     */
    private void gazetteerJoined() {
        List<PlaceContext.Span> spans = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            spans.add(new PlaceContext.Span(c.ts, c.te, c.type));
        }
        boolean[] placeAt = new boolean[t.count];
        for (Candidate c : cands) {
            if (c.type == EntityType.LOCATION) {
                placeAt[c.ts] = true;
            }
        }
        List<int[]> found = placeContext.joined(spans,
                k -> !placeAt[k] && t.isWord(k) && t.isCap(k) && !t.isAllCaps(k),
                k -> gazetteerBlocked(k, gazetteerEnd(k)) || TITLES.contains(w(k - 1)));
        for (int[] f : found) {
            add(f[0], f[1], EntityType.LOCATION, ExtractionMethod.DICTIONARY, 0.75, 60, gazetteerEntry(f[0], f[1]));
        }
    }

    /**
     * Token k is a postcode beginning an address part: a number of three or more digits after a comma, a line start,
     * or a dash glued to a country letter code or to the postcode's first part ("D-52425", "00-716").
     */
    private boolean postcodeBefore(int k) {
        if (t.kind[k] != Tokens.NUMBER || t.word[k].length() < 3) {
            return false;
        }
        if (k == 0 || t.newlineBefore[k] || t.is(k - 1, ",")) {
            return true;
        }
        return t.is(k - 1, "-") && t.glued(k - 1) && k >= 2 && t.glued(k - 2)
                && (t.kind[k - 2] == Tokens.NUMBER || postcodePrefix(k - 2))
                && (k == 2 || t.newlineBefore[k - 2] || t.is(k - 3, ","));
    }

    /**
     * From token k on, the rest of an address list: postcodes and places separated by commas, ended by a place of
     * the hand-written base (a country, a known region or city) on the same line.
     */
    private boolean placeListEnds(int k) {
        int hops = 0;
        while (k < t.count && !t.newlineBefore[k] && hops < 6) {
            hops++;
            if (t.kind[k] == Tokens.NUMBER || t.is(k, "-")) {
                k++;
                continue;
            }
            if (!t.is(k, ",") || k + 1 >= t.count || t.newlineBefore[k + 1]) {
                return false;
            }
            k++;
            while (k < t.count && !t.newlineBefore[k] && (t.kind[k] == Tokens.NUMBER || t.is(k, "-"))) {
                k++;
            }
            if (k >= t.count || t.newlineBefore[k]) {
                return false;
            }
            if (baseLocation(k)) {
                return true;
            }
            int g = gazetteerEnd(k);
            if (g == k) {
                return false;
            }
            k = g;
        }
        return false;
    }

    /**
     * The words [k, e) are a place, whole: of the base, of the gazetteer, or a name with a geographic head ("Long
     * Island", "Kola Peninsula"); not "Taiwan" of "Taiwan Studies".
     */
    private boolean wholePlace(int k, int e) {
        KnowledgeBase.Node n = kb.root().child(t.word[k]);
        for (int j = k + 1; n != null && j < e; j++) {
            n = n.child(t.word[j]);
        }
        KbEntry entry = n == null ? null : n.entry();
        return entry != null && entry.type() == EntityType.LOCATION && !entry.isNonMention()
                || gazetteerName(k) && gazetteerEnd(k) == e || e - k >= 2 && GEO_HEADS.contains(t.word[e - 1]);
    }

    /** A place of the hand-written base (not a demonym, not an ambiguous name) starts at token k. */
    private boolean baseLocation(int k) {
        if (k < 0 || k >= t.count || !t.isCap(k)) {
            return false;
        }
        KnowledgeBase.Node n = kb.root().child(t.word[k]);
        for (int j = k; n != null; ) {
            KbEntry e = n.entry();
            if (e != null && e.type() == EntityType.LOCATION && !e.isNonMention() && !e.ambiguous()) {
                return true;
            }
            if (++j >= t.count || t.newlineBefore[j]) {
                break;
            }
            n = n.child(t.word[j]);
        }
        return false;
    }

    private boolean ambiguousOk(KbEntry e, int i, int end) {
        String prev = w(i - 1);
        String next = w(end);
        if (e.isJournal()) {
            return prev.equals("journal") || prev.equals("journals");
        }
        if (e.type() == EntityType.LOCATION) {
            // the end of a line closes a place too ("..., Istanbul, Turkey" + a line break)
            boolean lineEnds = end >= t.count || t.newlineBefore[end];
            if (t.isCap(end) && !lineEnds || SPEECH_VERBS.contains(next) || TITLES.contains(prev)
                    || next.equals("'s") && t.isCap(end + 1)) {
                return false;
            }
            // a sentence's first word: "In Turkey, ..."
            if (i == sentStart(i) + 1 && t.isCap(i - 1)) {
                prev = prev.toLowerCase(Locale.ROOT);
            }
            boolean prevOk = LOC_PREPS.contains(prev) || prev.equals("of") || i == sentStart(i);
            boolean nextOk = next.equals(",") || next.equals("and") || next.equals(".") || next.equals(";")
                    || next.equals(")") || next.isEmpty() || lineEnds;
            return LOC_PREPS.contains(prev) && !prev.equals(",") || prevOk && nextOk
                    || PlaceContext.AMBIGUOUS_NOUNS.contains(next);
        }
        // ambiguous facility / organisation names: need a facility noun next to them
        return FACILITY_NOUNS.contains(next.toLowerCase(Locale.ROOT)) && !t.isCap(end)
                || FACILITY_PRE_NOUNS.contains(prev);
    }

    // ------------------------------------------------------------------ organisation heads

    @Override
    public boolean orgWord(int i) {
        if (!t.isWord(i) || !t.isCap(i) || STOP_CAP.contains(t.word[i]) && !t.isAllCaps(i) || initialAt(i)) {
            return false;
        }
        return !t.is(i + 1, "'s") && !TITLES.contains(t.word[i]);
    }

    /** Skips a hyphen/slash-joined continuation after token k ("Paris-Saclay", "Millimeter/submillimeter"). */
    @Override
    public int joined(int k) {
        while ((t.is(k, "-") || t.is(k, "/") || t.is(k, "&")) && t.glued(k - 1) && t.glued(k) && t.isWord(k + 1)) {
            k += 2;
        }
        return k;
    }

    @Override
    public boolean headsIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isCap(k) && Lexicon.head(t.word[k]) != null) {
                return true;
            }
        }
        return false;
    }

    /** End of a run of capitalised (joined) words starting at k, or k if none. */
    int capRun(int k, int lim) {
        int e = k;
        while (e < lim && (orgWord(e) || t.kind[e] == Tokens.NUMBER && e > k && t.isAllCaps(e - 1))) {
            e = joined(e + 1);
        }
        return e;
    }

    /**
     * "and" in other languages, which joins two named organisations when a head word follows it right away
     * ("Université Grenoble Alpes et de l'Institut Laue-Langevin", "Instituto de Física e Instituto de Química"), not
     * when the head comes later ("Ministerio de Ciencia e Innovación y la Agencia ...").
     */
    private static final Set<String> OTHER_ANDS = Set.of("et", "und", "y", "e", "och", "og");

    private void orgHeads() {
        for (int h = 0; h < t.count; h++) {
            EntityType ht = headAt(h);
            if (ht == null) {
                continue;
            }
            int ss = sentStart(h);
            int se = sentEnd(h);
            // left
            int l = h;
            // a head inside a hyphenated word ("Max-Planck-Institut"): back over the joined parts
            while (l - 2 >= ss && (t.is(l - 1, "-") || t.is(l - 1, "/")) && t.glued(l - 2) && t.glued(l - 1)
                    && t.isWord(l - 2)) {
                l -= 2;
            }
            int ands = 0;
            int afterAnd = -1;
            while (l - 1 >= ss) {
                int p = l - 1;
                if (lineBreakEndsName(p, l)) {
                    break;
                }
                if (orgWord(p) || t.kind[p] == Tokens.NUMBER && t.isAllCaps(p - 1)) {
                    l = p;
                    while (l - 2 >= ss && (t.is(l - 1, "-") || t.is(l - 1, "/") || t.is(l - 1, "&")) && t.glued(l - 2)
                            && t.glued(l - 1) && t.isWord(l - 2)) {
                        l -= 2;
                    }
                } else if ((t.is(p, "and") || t.is(p, "&")) && orgWord(p - 1) && p - 1 >= ss
                        && !(ht == EntityType.FACILITY && FacilityContext.HEADS.contains(t.word[h]))
                        && !headsIn(capStart(p - 1, ss), p) && ands++ == 0) {
                    afterAnd = p + 1;
                    l = p - 1;
                } else if (romanceParticlesBefore(l, ss) > 0 && !Lexicon.germanGenitiveHead(t.word[h]) && l != h) {
                    // (not when the name begins with its head, as Romance names do: "Investigadores de la
                    // Universidad de Granada" is no name; "Roque de los Muchachos Observatory" is)
                    l -= romanceParticlesBefore(l, ss) + 1; // "Pico dos Dias Observatory", "Roque de los Muchachos ..."
                } else {
                    break;
                }
            }
            if (afterAnd > 0) { // "Department of Physics and Center for ...": the "and" joined two names
                int c = capStart(l, ss);
                // not after an article: "the Engineering and Physical Sciences Research Council" is one name
                if (t.isWord(c - 1) && CONNECTORS.contains(t.word[c - 1]) && !t.word[c - 1].equals("the")) {
                    l = afterAnd;
                }
                // a head word right after the "and" opens a name of its own: "Undip and Universitas Sinar Timur"
                if (afterAnd == h) {
                    l = afterAnd;
                }
            }
            // right (not after a company's legal form, which ends the name)
            int r = joined(h + 1);
            while (r < se && !Lexicon.LEGAL_FORMS.contains(t.word[h])) {
                if (r > l + 1 && universityCollege(r - 1, r + 2)) {
                    break; // "Makerere University | College of Health Sciences"
                }
                if (ht == EntityType.FACILITY && r == joined(h + 1) && FacilityContext.SPACECRAFT_HEADS.contains(t.word[h])
                        && orgWord(r) && !t.isCap(joined(r + 1))) {
                    break; // "the Velmo Orbiter Pim": a spacecraft's own name in apposition (FacilityContext)
                }
                if (orgWord(r) || t.kind[r] == Tokens.NUMBER && t.isAllCaps(r - 1)) {
                    r = joined(r + 1);
                    continue;
                }
                if (r > joined(h + 1) && possessiveEnd(r)) {
                    r++; // "the University of New South Wales's campus": the possessive is the whole name's
                    break;
                }
                if (ht == EntityType.FACILITY && r == joined(h + 1) && facilityEndsAt(r, se)) {
                    break;
                }
                int k = r;
                boolean and = false;
                boolean otherAnd = false;
                // ("for a" / "for an" inside a name: "Alliance for a Green Revolution", "Centre for an Open Sea")
                while (k < se && t.isWord(k) && (CONNECTORS.contains(t.word[k]) || t.word[k].equals("and")
                        || t.word[k].equals("&") || (t.is(k, "a") || t.is(k, "an")) && t.is(k - 1, "for"))
                        && k - r < 3) {
                    and |= t.word[k].equals("and") || t.word[k].equals("&");
                    otherAnd |= OTHER_ANDS.contains(t.word[k]);
                    k++;
                }
                if (k == r + 1 && t.is(r, "of") && possessiveEnd(k)) {
                    r = k + 1; // "the University of Oslo's new building", "the Ministry of Health's report"
                    break;
                }
                if (k > r && orgWord(k)) {
                    int run = capRun(k, se);
                    if (otherAnd && Lexicon.head(t.word[k]) != null) {
                        break; // "Université X et de l'Institut Y", "Instituto de Física e Instituto de Química"
                    }
                    if (k == r + 1 && (t.is(r, "on") || t.is(r, "en")) && wholePlace(k, run)) {
                        // "Brookhaven National Laboratory on Long Island": where it is, not "Institute on Aging"; so
                        // the Romance "en" (in): "Universitat Pompeu Fabra en Barcelona"
                        break;
                    }
                    if (and && coordinatedHeads(r, k)) {
                        r = k + 2;
                        continue;
                    }
                    if (and && headsIn(k, chainEnd(k, se))) {
                        break; // "X University and the Y Observatory": two names
                    }
                    if (t.is(r, "on") && run == k + 1 && streetWord(k)) {
                        // "Museum Volkenkunde on the Steenstraat": the street it stands on, a place (as streets are)
                        add(k, k + 1, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.7, 55, null);
                        break;
                    }
                    if (and && Lexicon.UNIT_WORDS.contains(w(run))) {
                        break; // "X Institute and Y Department": the words after "and" name a unit of their own
                    }
                    if (and && r == joined(h + 1) && !Lexicon.LEGAL_FORMS.contains(t.word[k])) {
                        break; // "the Velmor Foundation and the Kessing Trust", "X Foundation and Elsevier": a name
                               // does not go on with "and" after its head word; the "and" begins another name
                    }
                    if (t.is(run - 1, "based") && t.is(run - 2, "-")) {
                        break; // "X University and the Kelmira-based firms": an adjective, no part of a name
                    }
                    // ... but an academy's institute is named with it: "Institute of Hydrology of the Slovak Academy
                    // of Sciences" is one name
                    if (k == r + 2 && t.is(r, "of") && t.is(r + 1, "the") && wordsIn(l, r) >= 2
                            && headsIn(k, chainEnd(k, se)) && !academyOf(k, chainEnd(k, se))) {
                        break; // "Coastal Hazards Center of the University of ...": a unit's name, then its parent's
                    }
                    if ((t.is(r, "and") || t.is(r, "&")) && k > r + 1 && !t.is(r + 1, "the")) {
                        break; // "at the Marlow Museum and of the Vesterby Collection", "... Centre and on Kraken"
                    }
                    r = run;
                    continue;
                }
                break;
            }
            r = commaList(l, r, se);
            int words = wordsIn(l, r);
            EntityType type = nameType(l, r);
            if (words < 2 || type == null || universityCollege(l + 1, r) || townInAddress(l, r)) {
                continue;
            }
            add(l, r, type, ExtractionMethod.ORG_HEAD, 0.85, 80, null);
        }
    }

    /**
     * The name [l, r) is exactly a town of the gazetteer in an address list, after a comma and before the state or
     * country that ends the list ("StataCorp, College Station, TX, USA"): a place, though its last word is a head word.
     */
    private boolean townInAddress(int l, int r) {
        return t.is(l - 1, ",") && !t.newlineBefore[l] && gazetteerName(l) && gazetteerEnd(l) == r
                && (placeListEnds(r) || stateCodeEnds(r));
    }

    /**
     * At token k: a comma and a state's postal code of two capitals that ends the address (", TX)", ", NC, USA"), as
     * American addresses give it after the town.
     */
    private boolean stateCodeEnds(int k) {
        if (!t.is(k, ",") || !t.isWord(k + 1) || !t.isAllCaps(k + 1) || t.word[k + 1].length() != 2
                || t.newlineBefore[k + 1]) {
            return false;
        }
        return t.is(k + 2, ")") || t.is(k + 2, ",") && k + 3 < t.count && baseLocation(k + 3);
    }

    /**
     * "Western Cape Archives and Records Service", "Kessa Museums and Galleries Trust": a plural head word before the
     * "and" at r, then one word and a head word that ends the name, name one body that keeps both kinds of thing (the
     * plural is a common noun of what it holds); a singular head ("X University and Y Hospital") ends a name of its own.
     */
    private boolean coordinatedHeads(int r, int k) {
        String before = w(r - 1);
        return t.is(r, "and") && k == r + 1 && before.endsWith("s") && t.isCap(r - 1) && Lexicon.head(before) != null
                && orgWord(k) && Lexicon.head(w(k)) == null && t.isCap(k + 1) && Lexicon.head(w(k + 1)) != null
                && !t.isCap(k + 2);
    }

    /** Endings of street names written as one word in Dutch, German and the Nordic languages. */
    private static final List<String> STREET_ENDINGS = List.of("straat", "gracht", "kade", "laan", "plein", "steeg",
            "straße", "strasse", "gasse", "platz", "gatan", "gata", "gade", "torget", "vej");

    /** Token k is a street's name written as one word: "Steenstraat", "Herengracht", "Lindengasse", "Drottninggatan". */
    private boolean streetWord(int k) {
        String x = w(k).toLowerCase(Locale.ROOT);
        for (String end : STREET_ENDINGS) {
            if (x.endsWith(end) && x.length() > end.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word in the possessive ("Oslo's") that ends a body's name after "of": English puts the "'s" of
     * the whole name after its last word ("the University of Oslo's", "the Ministry of Health's").
     */
    private boolean possessiveEnd(int k) {
        return t.isCap(k) && t.is(k + 1, "'s") && !STOP_CAP.contains(t.word[k]) && !TITLES.contains(t.word[k]);
    }

    /** The name [k, e) is an academy's: "Slovak Academy of Sciences", "Academy of Sciences of the Czech Republic". */
    private boolean academyOf(int k, int e) {
        for (int j = k; j < e; j++) {
            if (t.is(j, "Academy") || t.is(j, "Akademie") || t.is(j, "Académie") || t.is(j, "Accademia")) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case particles of Romance place and person names inside a name before its head word. */
    private static final Set<String> ROMANCE_PARTICLES = Set.of("de", "del", "della", "da", "das", "do", "dos", "di",
            "du", "des");

    /** Articles that may follow such a particle: "de los", "de la". */
    private static final Set<String> ROMANCE_ARTICLES = Set.of("la", "las", "los", "le", "les");

    /**
     * The number of particles (one or two: "dos", "de los") right before token l that a capitalised word of the name
     * precedes, on one line and inside the sentence starting at ss: the name goes on to the left over them ("Pico dos
     * Dias Observatory", "Serra da Estrela Observatory"); 0 if none.
     */
    private int romanceParticlesBefore(int l, int ss) {
        int p = l - 1;
        int n = 0;
        if (p >= ss && t.isWord(p) && ROMANCE_ARTICLES.contains(t.word[p])) {
            p--;
            n++;
        }
        if (p - 1 < ss || !t.isWord(p) || !ROMANCE_PARTICLES.contains(t.word[p]) || !orgWord(p - 1)
                || t.newlineBefore[p] || t.newlineBefore[p + 1] || lineBreakEndsName(p - 1, p)) {
            return 0;
        }
        return n + 1;
    }

    /**
     * A "University College of" among the tokens [from, to), after a word of the university's name: "Makerere
     * University College of Health Sciences" is a university and one of its colleges, which the name of the
     * university alone ("Makerere University", found from its own head word) stands for; "University College London"
     * and a name that begins with "University College of" are names of their own.
     */
    private boolean universityCollege(int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if (t.is(k, "University") && t.is(k + 1, "College") && t.is(k + 2, "of")) {
                return true;
            }
        }
        return false;
    }

    /** The number of words among the tokens [l, r). */
    private int wordsIn(int l, int r) {
        int words = 0;
        for (int k = l; k < r; k++) {
            if (t.isWord(k)) {
                words++;
            }
        }
        return words;
    }

    /**
     * The type the head words of the name [l, r) give it, or null: the last head word's, except the words of
     * {@link Lexicon#DATA_HEADS}, which make a name OTHER only as its last word, with no organisation's or facility's
     * head word before them, in a name of three words or more or one defined by an acronym right after ("Kenya
     * Household Budget Survey", "Panama Birth Cohort (PBC)"), and give no type elsewhere; "Survey" after
     * {@link Lexicon#SURVEY_ORG_LEADS} ("Finnish Geodetic Survey") and "Survey" not last ("Survey of Kenya") are
     * an organisation's; "System" counts only after {@link Lexicon#DATA_SYSTEM_LEADS}, "Station" (a facility) only
     * after {@link Lexicon#STATION_LEADS} ("Birch Creek Field Station", not "Station Road"), "Office" only after
     * {@link Lexicon#OFFICE_LEADS} or before "for" / "of" ("Office for Coastal Affairs", not "Head Office").
     */
    @Override
    public EntityType nameType(int l, int r) {
        EntityType type = null;
        int words = 0;
        int last = -1;
        for (int k = l; k < r; k++) {
            if (t.isWord(k)) {
                words++;
                last = k;
            }
        }
        for (int k = l; k < r; k++) {
            EntityType kt = headAt(k);
            if (kt == null) {
                continue;
            }
            if (Lexicon.DATA_HEADS.contains(t.word[k])) {
                boolean survey = t.word[k].equals("Survey");
                if (survey && (k != last || Lexicon.SURVEY_ORG_LEADS.contains(w(k - 1)))
                        || t.is(k, "Archive") && Lexicon.ARCHIVE_ORG_LEADS.contains(w(k - 1))) {
                    type = EntityType.ORGANIZATION;
                } else if (k == last && (type == null || type == EntityType.OTHER)
                        && (words >= 3 || t.is(r, "(") && Tokens.isAcronym(w(r + 1)))) {
                    type = EntityType.OTHER;
                } else if (survey && type == null) {
                    type = EntityType.ORGANIZATION;
                }
                continue;
            }
            type = kt;
        }
        return type == EntityType.FACILITY && nationalObservatory(l, r) ? EntityType.ORGANIZATION : type;
    }

    /**
     * The name [l, r) is a national or international body's observatory, an organisation ("South African Radio
     * Astronomy Observatory", "National Astronomical Observatories", "European Southern Observatory"), not an
     * instrument or site ("Paranal Observatory", "Neil Gehrels Swift Observatory"): it ends with "Observatory" or
     * "Observatories" and begins with "National" or "Royal", or a demonym of the base is one of its words.
     */
    private boolean nationalObservatory(int l, int r) {
        int last = r - 1;
        while (last > l && !t.isWord(last)) {
            last--;
        }
        if (!t.is(last, "Observatory") && !t.is(last, "Observatories")) {
            return false;
        }
        if (t.is(l, "National") || t.is(l, "Royal")) {
            return true;
        }
        for (int k = l; k < last; k++) {
            KbEntry e = t.isWord(k) ? single(k) : null;
            if (e != null && e.type() == EntityType.LOCATION && e.isNonMention() && !e.ambiguous()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type head word k gives a name where it stands, or null when k is no head word there: a capitalised word of
     * {@link Lexicon#head}, except "Source" after a word in lower case, "Bank" outside a bank's name
     * ({@link #bankName}), "System" not after {@link Lexicon#DATA_SYSTEM_LEADS}, "Station" not after
     * {@link Lexicon#STATION_LEADS}, "Office" neither after {@link Lexicon#OFFICE_LEADS} nor before "for" / "of", and
     * "Banco" / "Banque" / "Banca" only before a connector or a capitalised word ("Banco de España").
     */
    private EntityType headAt(int k) {
        EntityType kt = t.isWord(k) && t.isCap(k) ? Lexicon.head(t.word[k]) : null;
        if (kt == null) {
            return null;
        }
        String h = t.word[k];
        boolean outOfContext = h.equals("Source") && !t.isCap(k - 1)
                || h.equals("Bank") && !bankName(k)
                || (h.equals("Banco") || h.equals("Banque") || h.equals("Banca")) && !Lexicon.CONNECTORS.contains(w(k + 1))
                && !t.isCap(k + 1)
                || h.equals("System") && !Lexicon.DATA_SYSTEM_LEADS.contains(w(k - 1))
                || (h.equals("Station") || h.equals("Complex")) && !Lexicon.STATION_LEADS.contains(w(k - 1))
                && !FacilityContext.lastStation(t, k)
                || FacilityContext.HEADS.contains(h) && FacilityContext.outOfContext(h, w(k - 1), t.isCap(k + 1))
                || h.equals("Office") && !Lexicon.OFFICE_LEADS.contains(w(k - 1)) && !t.is(k + 1, "for")
                && !t.is(k + 1, "of") && !t.is(k + 1, "du") && !t.is(k + 1, "de") && !t.is(k + 1, "des");
        return outOfContext ? null : kt;
    }

    /**
     * "Bank" at token h heads a bank's name: "Bank of Tanzania", or a word of {@link Lexicon#BANK_LEADS} before it
     * ("World Bank", "Central Bank of Kenya"); not "Jodrell Bank" or "Protein Data Bank".
     */
    private boolean bankName(int h) {
        return t.is(h + 1, "of") || h > 0 && t.isWord(h - 1) && Lexicon.BANK_LEADS.contains(t.word[h - 1]);
    }

    /**
     * Right after a facility's head word, token k begins no part of the name: a place after "on" / "at" / "in" /
     * "near" ("the Subaru Telescope on Maunakea") or the organisation that runs it after "of (the)" ("the Very Large
     * Telescope of the European Southern Observatory": a second name, with a head word of its own).
     */
    private boolean facilityEndsAt(int k, int se) {
        if (t.is(k, "on") || t.is(k, "at") || t.is(k, "in") || t.is(k, "near")) {
            return true;
        }
        if (!t.is(k, "of")) {
            return false;
        }
        int n = t.is(k + 1, "the") ? k + 2 : k + 1;
        return orgWord(n) && headsIn(n, capRun(n, se));
    }

    /**
     * The line that ends at token p is a list of person names: two or more names separated by commas or "and", with
     * no word in lower case but "and" (an author line above an affiliation line).
     */
    private boolean lineOfNames(int p) {
        int s = p;
        while (s > 0 && !t.newlineBefore[s]) {
            s--;
        }
        int names = 1;
        for (int k = s; k <= p; k++) {
            if (t.is(k, ",") || t.is(k, "and") || t.is(k, "&")) {
                names++;
            } else if (t.isWord(k) && !t.isCap(k) && !NAME_PARTICLES.contains(t.word[k])
                    || Lexicon.head(t.word[k]) != null) {
                return false;
            }
        }
        return names >= 2;
    }

    /**
     * Romance "of" before a list in a name: "Ministerio de Ciencia, Innovación y Universidades", "Ministério da
     * Ciência, Tecnologia e Inovações" (the list then ends with "y", "e", "et" as with "and").
     */
    private static final Set<String> COMMA_LIST_OF = Set.of("de", "da", "do", "del");

    /**
     * A name whose own last part is a list ("Federal Ministry of Education, Science and Research", "Ministry of
     * Education, Culture, Sports, Science and Technology"): when the name [l, r) ends with "of X" / "for X" and a
     * comma follows, the name goes on over items of one to three capitalised words separated by commas up to an item
     * after "and". No item may hold a head word, begin with a known place or a known given name, and the list must
     * end with "and": else the name ends at r, as before.
     */
    private int commaList(int l, int r, int se) {
        if (!t.is(r, ",")) {
            return r;
        }
        int x = r - 1;
        while (x > l && t.isCap(x)) {
            x--;
        }
        if (x <= l || !(t.is(x, "of") || t.is(x, "for") || COMMA_LIST_OF.contains(t.word[x]))
                || knownPlace(x + 1)) {
            return r;
        }
        int k = r;
        while (k < se) {
            if (t.is(k, ",")) {
                k++;
            }
            boolean last = t.is(k, "and") || t.is(k, "&") || OTHER_ANDS.contains(w(k));
            if (last) {
                k++;
            }
            int e = k;
            while (e < se && orgWord(e) && !t.isAllCaps(e) && e - k < 3) {
                e = joined(e + 1);
            }
            if (e == k || headsIn(k, e) || knownPlace(k) || kb.isGivenName(t.word[k])) {
                return r;
            }
            if (last) {
                return e;
            }
            k = e;
            if (!t.is(k, ",") && !t.is(k, "and") && !t.is(k, "&") && !OTHER_ANDS.contains(w(k))) {
                return r;
            }
        }
        return r;
    }

    /**
     * Whether a name reaching back from token l, the first of its line, stops at the line break before it, p being the
     * last token of the line above: that line ends with punctuation or a number, or with a known place (an address or
     * affiliation line: "..., CH-3001 Bern, Switzerland" / "Austrian Academy of Sciences, ..."), or it is a line of
     * person names ("... and Helena Sato Nakamura" / "Centro Nacional de ...").
     */
    private boolean lineBreakEndsName(int p, int l) {
        if (!t.newlineBefore[l]) {
            return false;
        }
        KbEntry e = single(p);
        if (e != null && e.type() == EntityType.LOCATION || !t.isWord(p)) {
            return true;
        }
        return !CONNECTORS.contains(t.word[p]) && !t.is(p, "-") && t.isCap(l) && lineOfNames(p);
    }

    /**
     * End of a chain of capitalised words and connectors starting at k; an "&" between words is one too ("Bill &
     * Melinda Gates Foundation").
     */
    private int chainEnd(int k, int se) {
        int e = k;
        while (e < se && (orgWord(e) || t.isWord(e) && (CONNECTORS.contains(t.word[e]) || t.word[e].equals("and"))
                || t.is(e, "&") && e > k && orgWord(e + 1))) {
            e = joined(e + 1);
        }
        return e;
    }

    private int capStart(int k, int ss) {
        int s = k;
        while (s - 1 >= ss && orgWord(s - 1)) {
            s--;
        }
        return s;
    }

    // ------------------------------------------------------------------ facilities by common noun

    private void facilityNouns() {
        for (int i = 0; i < t.count; i++) {
            String lw = t.word[i];
            if (!t.isWord(i) || !Character.isLowerCase(lw.charAt(0))) {
                continue;
            }
            if ((lw.equals("beamline") || lw.equals("beamlines")) && beamlineCodeEnd(i + 1) > i + 1) {
                // "beamline P02.1", "beamline ID31", "beamline BALDER": the code glued together after the noun
                add(i + 1, beamlineCodeEnd(i + 1), EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8,
                        75, null);
                continue;
            }
            if (FACILITY_PLURALS.contains(lw)) {
                coordinatedFacilities(i);
                continue;
            }
            if (FACILITY_NOUNS.contains(lw) && !lw.equals("light") && !lw.equals("neutron")
                    || lw.equals("light") && t.is(i + 1, "source")) {
                // "the Sirius synchrotron": name = capitalised tokens right before, preceded by the/a/its/'s
                int e = i;
                int s = e;
                while (s - 1 >= sentStart(i) && (orgWord(s - 1) || t.kind[s - 1] == Tokens.NUMBER) && e - s < 4) {
                    s--;
                }
                if (s == e) {
                    continue;
                }
                String before = w(sizeStart(s));
                if (!(before.equals("the") || before.equals("The") || before.equals("'s") || before.equals("its")
                        || before.equals("new"))) {
                    continue;
                }
                if (!plausibleFacilityName(s, e)) {
                    continue;
                }
                add(s, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.85, 75, null);
            } else if (FACILITY_PRE_NOUNS.contains(lw) && t.isCap(i + 1) && !t.isCap(i - 1)) {
                int e = capRun(i + 1, sentEnd(i));
                // "the research vessel Sarmiento de Gamboa": a particle between two capitalised words
                while (e < sentEnd(i) && VESSEL_PARTICLES.contains(w(e)) && t.isCap(e + 1)
                        && !STOP_CAP.contains(w(e + 1)) && e - i <= 3) {
                    e = capRun(e + 1, sentEnd(i));
                }
                // a ship may bear a place's name ("the research vessel Oceania"): a place is a plausible name there
                boolean ship = SHIP_NOUNS.contains(lw);
                if (e > i + 1 && e - i <= 4 && (plausibleFacilityName(i + 1, e) || ship && placeNamedShip(i + 1, e))) {
                    add(i + 1, e, EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
                }
            }
        }
    }

    /** Plurals of facility nouns after coordinated names: "the ATLAS and CMS experiments". */
    private static final Set<String> FACILITY_PLURALS = Set.of("telescopes", "experiments", "detectors", "satellites",
            "missions", "colliders", "synchrotrons", "observatories", "reactors", "accelerators", "rovers", "probes",
            "interferometers", "tokamaks", "facilities", "spacecraft");

    /**
     * Names coordinated before a plural facility noun at token p: "the ATLAS and CMS experiments", "the Keck, Subaru
     * and Gemini telescopes". Each name is capitalised words (at most four, plausible as a facility's name) and the
     * list follows "the", "its" or "'s"; one name alone ("the Chinese missions") is not read.
     */
    private void coordinatedFacilities(int p) {
        List<int[]> names = new ArrayList<>();
        int e = p;
        int ss = sentStart(p);
        while (true) {
            int s = e;
            while (s - 1 >= ss && orgWord(s - 1) && e - s < 4) {
                s--;
            }
            if (s == e || !plausibleFacilityName(s, e)) {
                return;
            }
            names.add(new int[]{s, e});
            String before = w(s - 1);
            if (before.equals("and") || before.equals("&") || before.equals(",")) {
                e = s - 1;
                if (before.equals("and") && t.is(e - 1, ",")) {
                    e--; // "A, B, and C"
                }
                continue;
            }
            if (names.size() < 2 || !(before.equals("the") || before.equals("The") || before.equals("its")
                    || before.equals("'s"))) {
                return;
            }
            break;
        }
        for (int[] n : names) {
            add(n[0], n[1], EntityType.FACILITY, ExtractionMethod.PATTERN_FACILITY_NOUN, 0.8, 75, null);
        }
    }

    /**
     * The token before the size written before a facility's name ("the 1-m Kestrel telescope", "the 2.2 m Ravel
     * telescope": the article), or the token before the name ({@code s - 1}) when no size is written there.
     */
    private int sizeStart(int s) {
        int j = s - 1;
        if (!SIZE_UNITS.contains(w(j))) {
            return j;
        }
        j--;
        if (t.is(j, "-")) {
            j--;
        }
        int digits = j;
        while (j >= 0 && (t.kind[j] == Tokens.NUMBER || t.is(j, ".") && j > 0 && t.kind[j - 1] == Tokens.NUMBER)) {
            j--;
        }
        return j < digits ? j : s - 1;
    }

    /** Units of a telescope's or dish's size: "the 1-m ... telescope", "the 64-metre ... dish". */
    private static final Set<String> SIZE_UNITS = Set.of("m", "metre", "meter", "cm", "inch", "ft");

    /** Particles inside a vessel's name: "Sarmiento de Gamboa", "Almirante da Silva". */
    private static final Set<String> VESSEL_PARTICLES = Set.of("de", "del", "da", "do", "di", "della", "von", "van");

    /**
     * Lower-case nouns after the name of a programme or a data collection: "the ISRCTN registry", and of a dataset,
     * corpus, benchmark, project or initiative: "the KORVA dataset", "the Tallsound corpus", "the MERLOT benchmark",
     * "the Coastal Memory project".
     */
    private static final Set<String> DATA_NOUNS = Set.of("programme", "program", "registry", "register", "database",
            "survey", "surveys", "cohort", "panel", "archive", "census", "dataset", "datasets", "corpus", "benchmark",
            "inventory", "project", "initiative");

    /**
     * "the ISRCTN registry", "the Kestrel Pathfinder programme", "the KORVA dataset", "through its Velox programme":
     * one to four capitalised words between "the" / "its" / "their" and a noun of {@link #DATA_NOUNS} are OTHER, but
     * not one word the base knows ("the NASA archive", "the UK census") nor a known place or a demonym first ("the
     * German cohort").
     */
    private void dataNouns() {
        for (int i = 1; i < t.count; i++) {
            if (!t.isWord(i) || !DATA_NOUNS.contains(t.word[i])) {
                continue;
            }
            int s = i;
            while (s - 1 >= sentStart(i) && orgWord(s - 1) && i - s < 4) {
                s--;
            }
            if (s == i || !(t.is(s - 1, "the") || t.is(s - 1, "The") || t.is(s - 1, "its") || t.is(s - 1, "their"))
                    || knownPlace(s) || single(s) != null
                    && (i - s == 1 || single(s).isNonMention() || single(s).type() == EntityType.LOCATION)
                    || headsIn(s, i)) {
                continue;
            }
            add(s, i, EntityType.OTHER, ExtractionMethod.PATTERN_DATA_NOUN, 0.75, 70, null);
        }
    }

    /** Nouns before a ship's name. */
    private static final Set<String> SHIP_NOUNS = Set.of("vessel", "ship", "icebreaker");

    /** The one-word name [s, e) after a ship noun is a place of the base or a word of no other kind. */
    private boolean placeNamedShip(int s, int e) {
        KbEntry one = single(s);
        return e - s == 1 && one != null && !one.isNonMention() && one.type() == EntityType.LOCATION
                && !STOP_CAP.contains(t.word[s]);
    }

    private boolean plausibleFacilityName(int s, int e) {
        for (int k = s; k < e; k++) {
            if (t.isWord(k)) {
                KbEntry one = single(k);
                if (e - s == 1 && one != null && (one.isNonMention() || one.type() == EntityType.LOCATION)) {
                    return false; // "the European synchrotron", "the Chinese telescope"
                }
                if (STOP_CAP.contains(t.word[k])) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ persons

    private void persons() {
        int[] parts = new int[1];
        for (int i = 0; i < t.count; i++) {
            if (skip[i]) {
                continue;
            }
            int se = sentEnd(i);
            String x = t.word[i];
            // titles: Dr Helen Park, Prof. Liv Anders
            if (TITLES.contains(x) && t.isCap(i)) {
                int k = t.is(i + 1, ".") ? i + 2 : i + 1;
                int e = nameEnd(k, se, parts);
                if (e > k) {
                    Candidate c = add(k, e, EntityType.PERSON, ExtractionMethod.PATTERN_TITLE, 0.9, 76, null);
                    roleAfter(c, e);
                }
                continue;
            }
            // byline: "By Cong Cao" ending a line/paragraph
            if (x.equals("By") && (i == sentStart(i) || t.newlineBefore[i] || t.is(i - 1, "."))) {
                byline(i + 1);
                continue;
            }
            // "said X"
            if (SPEECH_VERBS.contains(x) || x.equals("according") && t.is(i + 1, "to")) {
                int k = x.equals("according") ? i + 2 : i + 1;
                int e = nameEnd(k, se, parts);
                if (e > k && !t.is(e, "of") || e > k && parts[0] >= 2) {
                    Candidate c = add(k, e, EntityType.PERSON, ExtractionMethod.PATTERN_ROLE,
                            parts[0] >= 2 ? 0.85 : 0.75,
                            parts[0] >= 2 ? 74 : 70, null);
                    roleAfter(c, e);
                }
                // "X said"
                if (SPEECH_VERBS.contains(x)) {
                    int s = i;
                    while (s - 1 >= sentStart(i) && nameWord(s - 1) && i - s < 3) {
                        s--;
                    }
                    // one word alone is a person's only as a given name ("Maria said"); a family name ("Vollmer
                    // said") is the person found elsewhere by its full name, and any other word is more often a
                    // company or a bank ("Covestro said", "analysts at X and Berenberg said")
                    // nor is the name after "of" / "at" / "from": "Ole Brekke of Mapei Nordic said" names the
                    // speaker's employer
                    if (s < i && !t.isCap(s - 1) && !t.is(s - 1, "the") && !t.is(s - 1, "The")
                            && (i - s > 1 || kb.isGivenName(t.word[s]))
                            && !(t.is(s - 1, "of") || t.is(s - 1, "at") || t.is(s - 1, "from"))) {
                        add(s, i, EntityType.PERSON, ExtractionMethod.PATTERN_ROLE, 0.75, 70, null);
                    }
                }
                continue;
            }
            // "We thank Rohini Desai, Emmanuel Mushi and Farhana Rahman for ...": the names thanked
            if (Lexicon.THANK_WORDS.contains(x)) {
                thanked(t.is(i + 1, "to") ? i + 2 : i + 1, se);
                continue;
            }
            // name-initial positions
            // (a line's first word after a line that ends with a known place starts a name of its own: the lines of
            // a committee list, "..., Cologne, Germany" / "Karim Haddad, ...")
            if (!(t.isCap(i)) || t.isCap(i - 1) && !t.sentenceStart(i) && !lineBreakEndsName(i - 1, i)
                    || initialAt(i - 2) && t.is(i - 1, ".")
                    || t.is(i - 1, "-") && t.glued(i - 1)) {
                continue;
            }
            int e = nameEnd(i, se, parts);
            if (e == i) {
                continue;
            }
            int np = parts[0];
            boolean startsWithInitial = initialAt(i);
            if (startsWithInitial && t.is(i - 1, ",")) {
                continue; // "Green, M. A." - reference style, handled by references()
            }
            // bio: "Cong Cao is a professor at ..."
            if (np >= 2 && i == sentStart(i) && t.is(e, "is") && (t.is(e + 1, "a") || t.is(e + 1, "an")
                    || t.is(e + 1, "the"))) {
                Candidate c = add(i, e, EntityType.PERSON, ExtractionMethod.PATTERN_BIO, 0.95, 78, null);
                bioPersons.add(c);
                int k = e + 2;
                StringBuilder role = new StringBuilder();
                while (k < se && t.isWord(k) && !t.word[k].equals("at") && !t.word[k].equals("of")
                        && !t.word[k].equals("with") && !t.word[k].equals("in") && k - e < 8) {
                    role.append(role.length() > 0 ? " " : "").append(t.word[k]);
                    k++;
                }
                if (k < se && (t.is(k, "at") || t.is(k, "of") || t.is(k, "with") || t.is(k, "in"))) {
                    bioRoles.put(c, role.toString());
                    pending.add(new PendingAffiliation(c, k + 1, role.toString()));
                }
                continue;
            }
            // appositive role: "Maria Delgado, a physicist at ..." / "Daniel Okoye of Imperial College"
            if (np >= 2 && (t.is(e, ",") || t.is(e, "of"))) {
                int before = roleAfter(null, e);
                if (before > 0) {
                    Candidate c = add(i, e, EntityType.PERSON, ExtractionMethod.PATTERN_ROLE, 0.85, 74, null);
                    roleAfter(c, e);
                    continue;
                }
            }
            // initials: X. Yang, Anna K. Lindqvist, H. Tanaka
            boolean hasInitial = false;
            for (int k = i; k < e; k++) {
                hasInitial |= initialAt(k);
            }
            if (hasInitial && np >= 2) {
                add(i, e, EntityType.PERSON, ExtractionMethod.PATTERN_INITIALS, 0.85, 72, null);
                continue;
            }
            // known given name + surname
            if (np >= 2 && kb.isAnyGivenName(t.word[i])) {
                add(i, e, EntityType.PERSON, ExtractionMethod.PATTERN_GIVEN_NAME, 0.75, 40, null);
            }
        }
        authorLists();
    }

    /**
     * Checks ", a physicist at ORG" / ", director of the ORG" / " of ORG" after a name ending at e; records the
     * pending affiliation for c when c is not null. Returns the token where the organisation starts, or -1.
     */
    private int roleAfter(Candidate c, int e) {
        int se = e < t.count ? sentEnd(e) : t.count;
        int k = e;
        StringBuilder role = new StringBuilder();
        if (t.is(k, "of") && (t.isCap(k + 1) || t.is(k + 1, "the") && t.isCap(k + 2))) {
            int org = t.is(k + 1, "the") ? k + 2 : k + 1;
            if (c != null) {
                pending.add(new PendingAffiliation(c, org, null));
            }
            return org;
        }
        if (!t.is(k, ",")) {
            return -1;
        }
        k++;
        if (Lexicon.CLAUSE_OPENERS.contains(w(k))) {
            return -1; // "Las Palmas de Gran Canaria, then shipped from Vigo": a clause goes on, no role follows
        }
        if (t.is(k, "a") || t.is(k, "an") || t.is(k, "the") || t.is(k, "who")) {
            k++;
        }
        int words = 0;
        while (k < se && t.isWord(k) && Character.isLowerCase(t.word[k].charAt(0)) && words < 7) {
            String x = t.word[k];
            if ((x.equals("at") || x.equals("of") || x.equals("with") || x.equals("from")) && words > 0) {
                int org = t.is(k + 1, "the") ? k + 2 : k + 1;
                if (!t.isCap(org)) {
                    return -1;
                }
                if (c != null) {
                    pending.add(new PendingAffiliation(c, org, role.toString()));
                }
                return org;
            }
            role.append(role.length() > 0 ? " " : "").append(x);
            words++;
            k++;
        }
        if (t.is(k, "'s") || t.is(k, "-")) {
            return -1;
        }
        return -1;
    }

    /**
     * The names of an acknowledgement from k on ("thank Rohini Desai, Emmanuel Mushi and Farhana Rahman"): each of
     * two parts or more, separated by commas and "and"; the list stops at the first item that is no such name ("thank
     * Ana Ruiz and the staff of ..." gives one person).
     */
    private void thanked(int k, int se) {
        int[] parts = new int[1];
        while (k < se) {
            int e = nameEnd(k, se, parts);
            if (e == k || parts[0] < 2 || t.is(e, "-") || t.is(e, "'s") || t.isCap(e)) {
                return;
            }
            add(k, e, EntityType.PERSON, ExtractionMethod.PATTERN_ROLE, 0.8, 72, null);
            if (t.is(e, ",") && t.is(e + 1, "and")) {
                k = e + 2;
            } else if (t.is(e, ",") || t.is(e, "and") || t.is(e, "&")) {
                k = e + 1;
            } else {
                return;
            }
        }
    }

    private void byline(int k) {
        int[] parts = new int[1];
        int lineEnd = k;
        while (lineEnd < t.count && !t.newlineBefore[lineEnd]) {
            lineEnd++;
        }
        List<Candidate> found = new ArrayList<>();
        int[] spans = new int[8];
        int n = 0;
        while (k < lineEnd) {
            int e = nameEnd(k, lineEnd, parts);
            if (e == k || parts[0] < 2) {
                return;
            }
            if (n + 2 > spans.length) {
                return;
            }
            spans[n++] = k;
            spans[n++] = e;
            k = e;
            if (t.is(k, ",") || t.is(k, "and") || t.is(k, "&")) {
                k++;
                if (t.is(k, "and")) {
                    k++;
                }
            } else if (k < lineEnd) {
                return; // not a byline: "By prioritizing ..."
            }
        }
        for (int q = 0; q < n; q += 2) {
            Candidate c = add(spans[q], spans[q + 1], EntityType.PERSON, ExtractionMethod.PATTERN_BYLINE, 0.95, 79,
                    null);
            if (c != null) {
                found.add(c);
            }
        }
        bylinePersons.addAll(found);
    }

    /**
     * An affiliation letter after an author's name ("Lukas Hofer a, Anja Reiter a, c"): one lower-case letter,
     * followed by a comma, a star or the end of the line.
     */
    private boolean letterMarker(int k, int end) {
        if (k >= end || !t.isWord(k) || t.word[k].length() != 1 || !Character.isLowerCase(t.word[k].charAt(0))) {
            return false;
        }
        return k + 1 >= end || t.is(k + 1, ",") || t.is(k + 1, "*");
    }

    /**
     * A single author's line at the head of a document: the name [ts, end) fills a line of its own within the first
     * {@link #HEAD_CHARS} characters, after a title line, and the next line begins with an organisation already found
     * ("Cartographers of the Baltic Trade\nMargit Sorensen\nUniversity of Copenhagen").
     */
    private boolean soleAuthorLine(int ts, int end) {
        if (ts == 0 || !t.newlineBefore[ts] || end >= t.count || !t.newlineBefore[end] || t.start[ts] > HEAD_CHARS) {
            return false;
        }
        for (Candidate c : cands) {
            if (c.ts == end && c.type == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /** How far into a document its head (title, authors, affiliations) is looked for. */
    private static final int HEAD_CHARS = 400;

    /** Words before "Member" in a society's membership grade ("Senior Member, IEEE"). */
    private static final Set<String> GRADE_WORDS = Set.of("Student", "Senior", "Life", "Graduate", "Associate");

    /**
     * The end of a society's membership grade after an author's name and its comma ("Member, IEEE", "Senior Member,
     * IEEE", "Life Fellow, OSA"), or k when none starts at k.
     */
    private int memberGradeEnd(int k, int end) {
        int j = k;
        while (j < end && j - k < 2 && GRADE_WORDS.contains(t.word[j])) {
            j++;
        }
        if (!(t.is(j, "Member") || t.is(j, "Fellow")) || !t.is(j + 1, ",") || j + 2 >= end || !t.isAllCaps(j + 2)
                || t.word[j + 2].length() < 2) {
            return k;
        }
        return j + 3;
    }

    /**
     * "Anna K. Lindqvist1, Rahul Mehta2, Sophie Moreau1,3 and Wei Zhang2*" on a line of its own; the markers may also
     * be letters ("Lukas Hofer a, Anja Reiter a, c") or in parentheses ("Maria Quist (1)"); a society's membership
     * grade may follow a name ("Eva Holm, Senior Member, IEEE").
     */
    private void authorLists() {
        int[] parts = new int[1];
        for (int s = 0; s < t.sentenceCount; s++) {
            Cancellation.check();
            int k = t.sentenceFrom[s];
            int end = t.sentenceTo[s];
            if (!t.newlineBefore[k] && k != 0) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            List<List<String>> markers = new ArrayList<>();
            boolean ok = true;
            int label = collaborationLabelEnd(k, end);
            boolean labelled = label > k;
            k = label; // "The ATLAS Collaboration: A. Abe1, M. Rossi2, ...": the names after the label
            while (k < end) {
                if (k > t.sentenceFrom[s] && t.newlineBefore[k] && (t.kind[k] == Tokens.NUMBER
                        || t.is(k, "(") && k + 1 < end && t.kind[k + 1] == Tokens.NUMBER)) {
                    break; // the next line is the first affiliation ("(1) Institute of ..."), in the same sentence
                }
                int e = nameEnd(k, end, parts);
                if (e == k || parts[0] < 2) {
                    ok = false;
                    break;
                }
                names.add(new int[]{k, e});
                List<String> mk = new ArrayList<>();
                k = e;
                while (k < end && t.glued(k - 1) && (t.kind[k] == Tokens.NUMBER || t.is(k, "*") || t.is(k, ",")
                        && t.kind[k + 1 < t.count ? k + 1 : k] == Tokens.NUMBER && t.glued(k) || t.is(k, "\u2020"))) {
                    if (t.kind[k] == Tokens.NUMBER) {
                        mk.add(t.word[k]);
                    }
                    k++;
                }
                if (mk.isEmpty() && letterMarker(k, end)) { // "Lukas Hofer a, Anja Reiter a, c": letter markers
                    while (letterMarker(k, end)) {
                        mk.add(t.word[k++]);
                        if (t.is(k, "*")) {
                            k++;
                        }
                        if (!t.is(k, ",") || !letterMarker(k + 1, end)) {
                            break;
                        }
                        k++;
                    }
                }
                if (mk.isEmpty() && t.is(k, "(")) { // "Maria Quist (1), Ken Abe (1, 2)": the markers in parentheses
                    int j = k + 1;
                    List<String> nums = new ArrayList<>();
                    while (j < end && t.kind[j] == Tokens.NUMBER && t.word[j].length() <= 2) {
                        nums.add(t.word[j++]);
                        if (!t.is(j, ",")) {
                            break;
                        }
                        j++;
                    }
                    if (!nums.isEmpty() && t.is(j, ")")) {
                        mk.addAll(nums);
                        k = j + 1;
                    }
                }
                markers.add(mk);
                int grade = t.is(k, ",") ? memberGradeEnd(k + 1, end) : k + 1;
                if (grade > k + 1) {
                    k = grade; // "Anna Berg, Senior Member, IEEE, ..."
                }
                if (t.is(k, ",")) {
                    k++;
                }
                if (t.is(k, "and") || t.is(k, "&")) {
                    k++;
                }
            }
            boolean anyMarker = markers.stream().anyMatch(m -> !m.isEmpty());
            if (names.size() == 1 && !anyMarker && soleAuthorLine(names.get(0)[0], names.get(0)[1])) {
                Candidate c = add(names.get(0)[0], names.get(0)[1], EntityType.PERSON,
                        ExtractionMethod.PATTERN_AUTHOR_LIST, 0.85, 78, null);
                if (c != null) {
                    authorMarkers.put(c, List.of());
                    pending.add(new PendingAffiliation(c, names.get(0)[1], null));
                }
                continue;
            }
            if (!ok || names.size() < 2 && !anyMarker || labelled && !anyMarker) {
                continue;
            }
            for (int q = 0; q < names.size(); q++) {
                Candidate c = add(names.get(q)[0], names.get(q)[1], EntityType.PERSON,
                        ExtractionMethod.PATTERN_AUTHOR_LIST,
                        0.9, 78, null);
                if (c != null) {
                    authorMarkers.put(c, markers.get(q));
                }
            }
        }
    }

    /** Words that end a collaboration's label before its author list: "The X Collaboration:", "Y Consortium:". */
    private static final Set<String> COLLABORATION_WORDS = Set.of("Collaboration", "Collaborations", "Consortium",
            "Team", "Group");

    /**
     * The end (after the colon) of a collaboration's label that opens an author line ("The CMS Collaboration:",
     * "LIGO Scientific Collaboration and Virgo Collaboration:"): large collaborations in physics and astronomy, and
     * consortia in medicine, put their name before the list of authors. At most eight tokens; k if there is none.
     */
    private int collaborationLabelEnd(int k, int end) {
        boolean word = false;
        for (int j = k; j < end && j < k + 8; j++) {
            if (t.is(j, ":")) {
                return word ? j + 1 : k;
            }
            if (!(t.isCap(j) || t.kind[j] == Tokens.NUMBER || t.is(j, "-") || t.is(j, "and") || t.is(j, "&"))) {
                return k;
            }
            word = COLLABORATION_WORDS.contains(t.word[j]) && t.is(j + 1, ":") || word;
        }
        return k;
    }

    // ------------------------------------------------------------------ references: "Green, M. A."

    private void references() {
        for (int i = 0; i < t.count; i++) {
            if (!t.isCap(i) || STOP_CAP.contains(t.word[i]) || t.isAllCaps(i)) {
                continue;
            }
            int s = i;
            int k = i + 1;
            while (t.is(k, "-") && t.glued(k - 1) && t.glued(k) && t.isCap(k + 1)) {
                k += 2;
            }
            if (!t.is(k, ",") || !initialAt(k + 1)) {
                continue;
            }
            int e = initialsEnd(k + 1);
            // must be followed by a separator, "et al.", a title (capital) or the year
            if (!(t.is(e, ",") || t.is(e, "&") || t.is(e, "and") || t.is(e, "et") || t.isCap(e) || t.is(e, "(")
                    || t.kind.length > e && e < t.count && t.kind[e] == Tokens.NUMBER || e >= t.count)) {
                continue;
            }
            // after an initial the surname is a given-first name's ("M. Dubois, P. Martin et al."), not "Dubois, P."
            if (t.isCap(s - 1) || Lexicon.head(t.word[i]) != null || initialAt(s - 2)) {
                continue;
            }
            add(s, e, EntityType.PERSON, ExtractionMethod.PATTERN_REFERENCE, 0.85, 77, null);
            i = e - 1;
        }
    }

    // ------------------------------------------------------------------ reference-list entries, as the parser reads them

    /**
     * The authors and the journal of each reference-list entry, where the reference parser read them: the patterns
     * above know only "Green, M. A." and "Nature 8, 506", so Vancouver names ("Smith J, Doe A.") were missed or run
     * into the title ("Doe A. Imaging") and an abbreviated journal was read as a person ("J. Power Sources"). Each name
     * the parser gives is found again in the entry as written (the family name, the given names right after it or
     * right before it); the pattern persons of the entry that overlap one of them or come after the last of them
     * (the title, the journal) give way. A journal (an entry the parser typed as a journal article) replaces the
     * pattern journals of its entry. An entry whose names cannot all be found keeps its pattern mentions.
     */
    private void referenceEntries() {
        List<FoundReference> entries = new ArrayList<>();
        for (FoundReference r : refs) {
            if (r.kind() == ReferenceKind.LIST_ENTRY) {
                entries.add(r);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        entries.sort(Comparator.comparingInt(FoundReference::start));
        int[] first = new int[entries.size()];
        int[] last = new int[entries.size()];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < t.count; i++) {
            int found = lastAtOrBefore(entries, FoundReference::start, nt.originalStart(t.start[i]));
            if (found >= 0 && nt.originalEnd(t.end[i]) <= entries.get(found).end()) {
                if (first[found] < 0) {
                    first[found] = i;
                }
                last[found] = i;
            }
        }
        List<EntryRead> read = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            if (first[e] >= 0) {
                EntryRead r = referenceEntry(entries.get(e).parsed(), first[e], last[e] + 1);
                if (r != null) {
                    read.add(r);
                }
            }
        }
        if (read.isEmpty()) {
            return;
        }
        read.sort(Comparator.comparingInt(EntryRead::a));
        java.util.Set<Candidate> made = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        read.forEach(r -> made.addAll(r.made()));
        // one pass over the candidates (not one per entry: a list of thousands of entries stays linear)
        cands.removeIf(c -> {
            if (made.contains(c)) {
                return false;
            }
            int at = lastAtOrBefore(read, EntryRead::a, c.ts);
            return at >= 0 && c.te <= read.get(at).b() && read.get(at).replaces(c);
        });
    }

    /** The index of the last element of {@code sorted} (ascending by {@code key}) whose key is at most x, or -1. */
    private static <T> int lastAtOrBefore(List<T> sorted, java.util.function.ToIntFunction<T> key, int x) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) <= x) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** What one entry's parse gave: entry tokens [a, b), the candidates made, where its names end, its journal. */
    private record EntryRead(int a, int b, List<Candidate> made, int namesEnd, boolean journal) {
        /** Whether pattern candidate c of the entry gives way to what the parser read. */
        boolean replaces(Candidate c) {
            if (c.type == EntityType.PERSON && c.method != ExtractionMethod.DICTIONARY && namesEnd >= 0) {
                return c.te > namesEnd || made.stream().anyMatch(m -> m.type == EntityType.PERSON && m.ts < c.te && c.ts < m.te);
            }
            return journal && c.method == ExtractionMethod.PATTERN_JOURNAL;
        }
    }

    private EntryRead referenceEntry(ParsedReference p, int a, int b) {
        String text = nt.text();
        int from = t.start[a];
        int to = t.end[b - 1];
        List<int[]> names = new ArrayList<>(); // token spans [ts, te)
        for (CitationAuthor au : p.authors()) {
            int[] span = writtenName(text, au, from, to);
            int[] c = span == null ? null : tokenSpan(span[0], span[1], a, b);
            if (c == null) {
                return null; // a name not found as written: the entry keeps what the patterns found
            }
            names.add(c);
            from = span[1];
        }
        int[] journal = null;
        if ("article-journal".equals(p.type()) && p.containerTitle() != null && !p.containerTitle().isBlank()) {
            int j = text.indexOf(p.containerTitle(), from);
            if (j >= 0 && j + p.containerTitle().length() <= to) {
                journal = tokenSpan(j, j + p.containerTitle().length(), a, b);
            }
        }
        int namesEnd = names.isEmpty() ? -1 : names.get(names.size() - 1)[1];
        List<Candidate> made = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            entryPerson(names.get(k), p.authors().get(k), made);
        }
        // the editors of the book or proceedings (or of an edited book) are persons of the entry too, where written
        // after the authors
        for (CitationAuthor ed : p.editors()) {
            int[] span = writtenName(text, ed, from, to);
            int[] n = span == null ? null : tokenSpan(span[0], span[1], a, b);
            if (n != null) {
                entryPerson(n, ed, made);
                from = span[1];
            }
        }
        KbEntry je = journal == null ? null : kb.byName(t.span(journal[0], journal[1]));
        if (journal != null && (je == null || je.isJournal() || je.type() == EntityType.OTHER)) {
            Candidate c = add(journal[0], journal[1], EntityType.OTHER, ExtractionMethod.PATTERN_JOURNAL, 0.85, 86, je);
            if (c != null) {
                made.add(c);
            }
        } else {
            journal = null;
        }
        return new EntryRead(a, b, made, namesEnd, journal != null);
    }

    /** A PERSON candidate of a reference entry on tokens [n[0], n[1]) with the parsed name's parts, added to made. */
    private void entryPerson(int[] n, CitationAuthor name, List<Candidate> made) {
        Candidate c = add(n[0], n[1], EntityType.PERSON, ExtractionMethod.PATTERN_REFERENCE, 0.85, 78, null);
        if (c != null) {
            c.family = name.family();
            c.given = name.given();
            made.add(c);
        }
    }

    /** The name as written between character offsets from and to: {start, end}, or null. */
    private static int[] writtenName(String text, CitationAuthor au, int from, int to) {
        String family = au.family();
        String given = au.given();
        if (family == null || family.isBlank() || given == null || given.isBlank()) {
            return null; // an organisation or a family name alone: no person to find
        }
        for (int f = from; f + family.length() <= to; f++) {
            if (!text.regionMatches(true, f, family, 0, family.length())
                    || f > 0 && Character.isLetter(text.charAt(f - 1))
                    || f + family.length() < text.length() && Character.isLetter(text.charAt(f + family.length()))) {
                continue;
            }
            int fe = f + family.length();
            int after = givenAfter(text, fe, to, given);
            if (after > 0) {
                return new int[] {f, after};
            }
            int before = givenBefore(text, from, f, given);
            if (before >= 0) {
                return new int[] {before, fe};
            }
            return null;
        }
        return null;
    }

    /** Where the given names end when written right after the family name (", M. A." / " J"), or -1. */
    private static int givenAfter(String text, int q, int to, String given) {
        int k = q;
        while (k < to && text.charAt(k) == ' ') {
            k++;
        }
        if (k < to && text.charAt(k) == ',') {
            k++;
        }
        for (int g = 0; g < given.length(); g++) {
            char c = given.charAt(g);
            if (Character.isWhitespace(c)) {
                continue;
            }
            while (k < to && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= to || text.charAt(k) != c) {
                return -1;
            }
            k++;
        }
        return k == q || k < to && Character.isLetter(text.charAt(k)) ? -1 : k;
    }

    /** Where the given names start when written right before the family name ("M. A. Green"), or -1. */
    private static int givenBefore(String text, int from, int f, String given) {
        int k = f - 1;
        if (k < from || !Character.isWhitespace(text.charAt(k))) {
            return -1;
        }
        for (int g = given.length() - 1; g >= 0; g--) {
            char c = given.charAt(g);
            if (Character.isWhitespace(c)) {
                continue;
            }
            while (k >= from && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            if (k < from || text.charAt(k) != c) {
                return -1;
            }
            k--;
        }
        return k >= from && Character.isLetter(text.charAt(k)) ? -1 : k + 1;
    }

    /** The tokens of entry tokens [a, b) covering exactly the characters [s, e): {ts, te}, or null. */
    private int[] tokenSpan(int s, int e, int a, int b) {
        int ts = -1;
        int te = -1;
        for (int i = a; i < b; i++) {
            if (t.start[i] == s) {
                ts = i;
            }
            if (t.end[i] == e) {
                te = i + 1;
            }
        }
        return ts < 0 || te <= ts ? null : new int[] {ts, te};
    }

    // ------------------------------------------------------------------ journals in citations

    /**
     * Whether the number at v is a house or box number of an address ("Box 118, 221 00 Lund", "Technikerstraße 25, 6020
     * Innsbruck"), not a journal's volume: the number after the comma, with more numbers of a postcode, is followed by a
     * capitalised word (the city), where the pages of a citation are followed by a dash, a parenthesis or punctuation.
     */
    private boolean addressNumber(int v) {
        if (!t.is(v + 1, ",")) {
            return false;
        }
        int k = v + 2;
        int first = k;
        while (k < t.count && t.kind[k] == Tokens.NUMBER) {
            k++;
            // a postcode in two parts: "00-716 Warsaw", "277-8583"
            if (t.is(k, "-") && t.glued(k - 1) && t.glued(k) && k + 1 < t.count && t.kind[k + 1] == Tokens.NUMBER) {
                k++;
            }
        }
        return k > first && k < t.count && t.isCap(k) && !t.isAllCaps(k) && t.word[k].length() > 1;
    }

    /** Words before "in" that announce a periodical: "published in", "an article in the ...". */
    private static final Set<String> PUBLISHED_WORDS = Set.of("published", "article", "articles", "paper", "papers",
            "appeared", "essay", "essays", "review", "reviewed", "printed");

    /** Last words of periodicals' names: "Luso-Hispanic Review", "Journal of ...", "Historical Quarterly". */
    private static final Set<String> PERIODICAL_HEADS = Set.of("Review", "Journal", "Quarterly", "Letters",
            "Bulletin", "Annals", "Transactions", "Magazine", "Gazette", "Revue", "Revista", "Rivista", "Zeitschrift",
            "Tijdschrift", "Jahrbuch");

    /**
     * A periodical named in prose: after "published in", "an article in (the)" and the like, a name with a word of
     * {@link #PERIODICAL_HEADS} ("an article in the Luso-Hispanic Review"), or any name followed by a comma and its
     * volume or issue ("Published in Viatorum, volume 12"). OTHER, as journals named as journals are.
     */
    private void journalsInProse() {
        for (int i = 1; i + 1 < t.count; i++) {
            if (!t.is(i, "in") || !PUBLISHED_WORDS.contains(w(i - 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int s = t.is(i + 1, "the") ? i + 2 : i + 1;
            if (s >= t.count || !t.isCap(s) || STOP_CAP.contains(t.word[s]) || t.newlineBefore[s]) {
                continue;
            }
            int e = joined(s + 1);
            int head = PERIODICAL_HEADS.contains(t.word[s]) ? s : -1;
            while (e < sentEnd(i) && !t.newlineBefore[e]) {
                if (t.isCap(e) && !STOP_CAP.contains(t.word[e])) {
                    head = head < 0 && PERIODICAL_HEADS.contains(t.word[e]) ? e : head;
                    e = joined(e + 1);
                } else if ((t.is(e, "of") || t.is(e, "and") || t.is(e, "&") || t.is(e, "for")) && t.isCap(e + 1)) {
                    e++;
                } else if (t.is(e, "of") && t.is(e + 1, "the") && t.isCap(e + 2)) {
                    e += 2; // the society that publishes it: "Zoological Journal of the Linnean Society"
                } else {
                    break;
                }
            }
            boolean volume = t.is(e, ",") && (t.is(e + 1, "volume") || t.is(e + 1, "vol") || t.is(e + 1, "issue")
                    || t.is(e + 1, "no"));
            // an organisation's head word after the periodical's own ("Journal of the Linnean Society") names its
            // publisher inside the title, not an organisation mentioned
            if ((head >= 0 || volume) && e - s <= 8 && !headsIn(s, head >= 0 ? head : e) && !knownPlace(s)) {
                add(s, e, EntityType.OTHER, ExtractionMethod.PATTERN_JOURNAL, 0.8, 80, null);
            }
        }
    }

    private void journals() {
        for (int v = 1; v < t.count; v++) {
            if (t.kind[v] != Tokens.NUMBER || t.glued(v - 1)) {
                continue;
            }
            boolean citation = t.is(v + 1, ",") && (t.kind[Math.min(v + 2, t.count - 1)] == Tokens.NUMBER
                    || t.is(v + 2, "e")) || t.is(v + 1, ":") || t.is(v + 1, "(") && v + 2 < t.count
                    && t.kind[v + 2] == Tokens.NUMBER && t.word[v + 2].length() == 4;
            if (!citation || addressNumber(v)) {
                continue;
            }
            int k = v - 1;
            int s = v;
            while (k >= sentStart(v)) {
                if (t.is(k, ".") && t.glued(k - 1) && t.isCap(k - 1)) {
                    String p = t.word[k - 1];
                    if (p.length() == 1) {
                        String pp = w(k - 2);
                        boolean abbrevChain = pp.equals(".") && t.isCap(k - 3) && t.word[k - 3].length() > 1;
                        if (!abbrevChain) {
                            break; // author initial
                        }
                    }
                    s = k - 1;
                    k -= 2;
                } else if (t.isCap(k) && !t.is(k + 1, ".") || t.isCap(k) && k == v - 1) {
                    if (STOP_CAP.contains(t.word[k]) && !t.word[k].equals("The")) {
                        break;
                    }
                    s = k;
                    k--;
                } else if (t.isWord(k) && (t.word[k].equals("of") || t.word[k].equals("and")
                        || t.word[k].equals("&") || t.word[k].equals("in")) && s < v && t.isCap(k - 1)) {
                    s = k;
                    k--;
                } else {
                    break;
                }
            }
            if (s == v || !t.isCap(s)) {
                continue;
            }
            String prev = w(s - 1);
            if (t.isCap(s - 1) && !prev.equals(".")) {
                continue;
            }
            KbEntry e = kb.byName(t.span(s, v));
            if (e != null && !e.isJournal() && e.type() != EntityType.OTHER) {
                continue;
            }
            add(s, v, EntityType.OTHER, ExtractionMethod.PATTERN_JOURNAL, 0.85, 85, e);
        }
        // "the journal Science"
        for (int i = 0; i + 1 < t.count; i++) {
            if (t.is(i, "journal") && t.isCap(i + 1)) {
                int e = capRun(i + 1, sentEnd(i));
                if (e > i + 1 && e - i <= 4) {
                    add(i + 1, e, EntityType.OTHER, ExtractionMethod.PATTERN_JOURNAL, 0.85, 85,
                            kb.byName(t.span(i + 1, e)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ places by pattern

    @Override
    public boolean knownPlace(int i) {
        return placeEnd(i) > i;
    }

    /** End of a knowledge-base place starting at i (any LOCATION entry), or i. */
    @Override
    public int placeEnd(int i) {
        KnowledgeBase.Node n = kb.root().child(w(i));
        int end = i;
        int k = i;
        while (n != null) {
            if (n.entry() != null && n.entry().type() == EntityType.LOCATION && !n.entry().isNonMention()) {
                end = k + 1;
            }
            k++;
            if (k >= t.count) {
                break;
            }
            n = n.child(t.word[k]);
        }
        return end;
    }

    private boolean placeWord(int i) {
        return t.isCap(i) && !STOP_CAP.contains(t.word[i]) && Lexicon.head(t.word[i]) == null
                && !t.isAllCaps(i) && !TITLES.contains(t.word[i]);
    }

    /**
     * End of a beamline's code at token s: a capital letter, then letters, digits, dots and hyphens glued together
     * ("P02.1", "ID31", "BL14B1", "I11-1"), with a digit in it, or a word in capitals of three letters or more
     * ("BALDER"); s if none.
     */
    private int beamlineCodeEnd(int s) {
        if (s >= t.count || t.newlineBefore[s] || !t.isWord(s) || !Character.isUpperCase(t.word[s].charAt(0))) {
            return s;
        }
        if (t.isAllCaps(s) && t.word[s].length() >= 3 && !(s + 1 < t.count && t.glued(s)
                && t.kind[s + 1] == Tokens.NUMBER)) {
            return s + 1;
        }
        int e = s + 1;
        boolean digit = false;
        while (e < t.count && t.glued(e - 1) && !t.newlineBefore[e]) {
            if (t.kind[e] == Tokens.NUMBER || t.isWord(e)) {
                digit |= t.kind[e] == Tokens.NUMBER;
                e++;
            } else if ((t.is(e, ".") || t.is(e, "-")) && t.glued(e) && e + 1 < t.count
                    && (t.kind[e + 1] == Tokens.NUMBER || t.isWord(e + 1))) {
                e++;
            } else {
                break;
            }
        }
        return digit && e - s <= 7 ? e : s;
    }

    /** Nouns of settlements and islands before "of" and a name: "the island of Santo Brás". */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("island", "town", "village", "city", "port",
            "harbour", "harbor", "hamlet");

    /** The words before "Ocean" in the names of oceans: "Indian Ocean", "North Atlantic Ocean". */
    private static final Set<String> OCEAN_LEADS = Set.of("Atlantic", "Pacific", "Indian", "Arctic", "Southern",
            "Antarctic");

    private void places() {
        for (int i = 0; i < t.count; i++) {
            String x = t.word[i];
            // based in X / located in X / headquartered in X
            if ((x.equals("based") || x.equals("located") || x.equals("headquartered") || x.equals("situated"))
                    && t.is(i + 1, "in") && placeWord(i + 2)) {
                int e = i + 2;
                while (e < sentEnd(i) && placeWord(e) && e - i < 5) {
                    e++;
                }
                if (!knownPlace(i + 2)) {
                    add(i + 2, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.8, 50, null);
                }
            }
            // "in Golden, Colorado" / ", Tachikawa, Tokyo, Japan": unknown capitalised words before ", <known place>";
            // not a street of an address (", Harbour Road, Leeds": see STREET_WORDS)
            if ((x.equals("in") || x.equals(",") || x.equals("near")) && placeWord(i + 1) && !knownPlace(i + 1)) {
                int e = i + 1;
                while (e < sentEnd(i) && placeWord(e) && e - i <= 3) {
                    e = joined(e + 1);
                }
                if (t.is(e, ",") && knownPlace(e + 1) && !headsIn(i + 1, e) && !STREET_WORDS.contains(w(e - 1))) {
                    boolean person = kb.isGivenName(t.word[i + 1]) && e - i > 2;
                    if (!person) {
                        add(i + 1, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.7, 55, null);
                    }
                }
            }
            // "the island of Santo Brás", "the village of Kettleby": a settlement's or an island's noun after "the",
            // "of" and a name of up to three words that no other rule knows is a place, even where the name is a
            // person's too
            if (SETTLEMENT_NOUNS.contains(x) && t.is(i - 1, "the") && t.is(i + 1, "of") && placeWord(i + 2)
                    && !t.newlineBefore[i + 2] && !knownPlace(i + 2)) {
                int e = i + 3;
                while (e < sentEnd(i) && e - i < 5 && placeWord(e) && !t.newlineBefore[e]) {
                    e++;
                }
                if (!gazetteerBlocked(i + 2, e) && (PlaceContext.CLOSERS.contains(w(e)) || e >= t.count
                        || PlaceContext.TAIL.contains(w(e)))) {
                    add(i + 2, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.75, 80, null);
                }
            }
            // "north of Edgeøya", "20 km south of Vardø": a compass word, "of" and a name of one or two words that
            // no other rule knows, before what closes a place (not a given name: "north of Anna's house")
            if (PlaceContext.COMPASS_WORDS.contains(x) && t.is(i + 1, "of") && placeWord(i + 2)
                    && !t.newlineBefore[i + 2] && !knownPlace(i + 2) && !kb.isAnyGivenName(w(i + 2))) {
                int e = i + 3;
                if (e < sentEnd(i) && placeWord(e) && !t.newlineBefore[e]) {
                    e++;
                }
                if (!gazetteerBlocked(i + 2, e) && (PlaceContext.CLOSERS.contains(w(e)) || e >= t.count
                        || PlaceContext.TAIL.contains(w(e)))) {
                    add(i + 2, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.7, 55, null);
                }
            }
            romancePark(i);
            // leading geographic words: Mount Kenya, Cerro Armazones, Lake Baikal
            if (t.isCap(i) && Lexicon.GEO_LEADS.contains(x) && t.isCap(i + 1) && !STOP_CAP.contains(w(i + 1))
                    && !t.isAllCaps(i + 1)) {
                int e = i + 1;
                while (e < sentEnd(i) && t.isCap(e) && !STOP_CAP.contains(w(e)) && e - i < 3) {
                    e++;
                }
                add(i, e, EntityType.LOCATION, ExtractionMethod.PATTERN_GEO_HEAD, 0.75, 70, null);
            }
            // "Eastern Alps", "Northern Patagonia": a capitalised compass word before a region of the base (not before
            // a country or a city: "North Korea" and "South Bend" are in the base or the gazetteer as they are)
            if (t.isCap(i) && COMPASS.contains(x) && single(i + 1) != null && "region".equals(single(i + 1).kind())
                    && single(i + 1).type() == EntityType.LOCATION && placeEnd(i + 1) == i + 2) {
                add(i, i + 2, EntityType.LOCATION, ExtractionMethod.PATTERN_GEO_HEAD, 0.75, 70, null);
            }
            // "Gulf of Tarsa", "Strait of Kerch", "Bay of Lorn": a geographic word of Lexicon.GEO_OF_LEADS, "of" and
            // one or two capitalised words
            if (t.isCap(i) && Lexicon.GEO_OF_LEADS.contains(x) && t.is(i + 1, "of") && t.isCap(i + 2)
                    && !STOP_CAP.contains(w(i + 2)) && !t.isAllCaps(i + 2) && Lexicon.head(w(i + 2)) == null) {
                int e = i + 3;
                if (e < sentEnd(i) && t.isCap(e) && !STOP_CAP.contains(w(e)) && Lexicon.head(w(e)) == null) {
                    e++;
                }
                add(i, e, EntityType.LOCATION, ExtractionMethod.PATTERN_GEO_HEAD, 0.75, 70, null);
            }
            // geographic heads: Atacama Desert, Jordan Valley, Antarctic Peninsula; protected areas: Corvo Ridge
            // National Park (see Lexicon.PARK_HEADS)
            boolean park = Lexicon.PARK_HEADS.contains(x) && Lexicon.PARK_LEADS.contains(w(i - 1));
            // "Ocean" only after an ocean's own word: "CorPower Ocean", "Scaling Ocean" are no oceans
            boolean ocean = !x.equals("Ocean") || OCEAN_LEADS.contains(w(i - 1));
            if (t.isCap(i) && (GEO_HEADS.contains(x) && ocean || park) && i > 0 && t.isCap(i - 1)
                    && !STOP_CAP.contains(w(i - 1))) {
                int s = i - 1;
                while (s - 1 >= sentStart(i) && t.isCap(s - 1) && !STOP_CAP.contains(w(s - 1)) && i - s < 3) {
                    s--;
                }
                add(s, i + 1, EntityType.LOCATION, ExtractionMethod.PATTERN_GEO_HEAD, 0.75, 70, null);
            }
        }
    }

    /** Words that head a protected area's name in Spanish, Portuguese, Catalan, French and Italian. */
    private static final Set<String> ROMANCE_PARKS = Set.of("Parque", "Parc", "Parco", "Reserva", "Réserve");

    /** Kinds of protected area after {@link #ROMANCE_PARKS}: "Parque Nacional", "Parc Naturel", "Parco Nazionale". */
    private static final Set<String> ROMANCE_PARK_KINDS = Set.of("Nacional", "Natural", "National", "Naturel",
            "Nazionale", "Naturale", "Regional", "Régional", "Regionale", "Biológica", "Naturelle");

    /**
     * A protected area named head first, as the Romance languages do ("Parque Nacional de Sierra Nevada", "Parc
     * Naturel Régional du Vercors", "Parco Nazionale del Gran Paradiso"): the head, its kind, up to two particles
     * and one to three capitalised words are a LOCATION, as "Corvo Ridge National Park" is.
     */
    private void romancePark(int i) {
        if (!ROMANCE_PARKS.contains(t.word[i]) || !ROMANCE_PARK_KINDS.contains(w(i + 1))) {
            return;
        }
        int k = i + 2;
        while (ROMANCE_PARK_KINDS.contains(w(k))) {
            k++;
        }
        for (int n = 0; n < 2 && t.isWord(k) && (ROMANCE_PARTICLES.contains(t.word[k])
                || ROMANCE_ARTICLES.contains(t.word[k])); n++) {
            k++;
        }
        int e = k;
        while (e < sentEnd(i) && t.isCap(e) && !STOP_CAP.contains(w(e)) && !t.newlineBefore[e] && e - k < 3) {
            e = joined(e + 1);
        }
        if (e > k) {
            add(i, e, EntityType.LOCATION, ExtractionMethod.PATTERN_GEO_HEAD, 0.75, 72, null);
        }
    }

    /** "D" / "CH" / "FL" before "-" and a postcode ("D-52425", "CH-1015"): a country letter code. */
    private boolean postcodePrefix(int k) {
        if (!t.isWord(k) || t.word[k].length() > 2 || !t.glued(k) || !t.is(k + 1, "-") || !t.glued(k + 1)) {
            return false;
        }
        String x = t.word[k];
        for (int j = 0; j < x.length(); j++) {
            if (!Character.isUpperCase(x.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A city written after its postcode in a postal address, as continental Europe does ("8010 Graz, Austria",
     * "CH-1015 Lausanne", "F-73011 Chambéry Cedex", "Gartenweg 4, 6300 Zug"): a number of four or five digits (or
     * the Swedish "221 00") at the start of a line or after a comma, then one to three capitalised words, taken as a
     * place when the postcode has a country letter code, or the words are followed by ", " and a known place, or by
     * "Cedex", or the address goes on no further on its line after a house number ("Hafenweg 9, 6020 City").
     * Words of an organisation name (a head word) or a known place (the dictionary has it) are left alone.
     */
    private void postcodeCities() {
        for (int i = 0; i < t.count; i++) {
            if (t.kind[i] != Tokens.NUMBER) {
                continue;
            }
            int len = t.word[i].length();
            int c;
            if (len == 3 && i + 1 < t.count && t.kind[i + 1] == Tokens.NUMBER && t.word[i + 1].length() == 2
                    && !t.newlineBefore[i + 1]) {
                c = i + 2;
            } else if (len == 4 || len == 5) {
                c = i + 1;
            } else {
                continue;
            }
            boolean prefix = postcodePrefix(i - 2);
            int first = prefix ? i - 2 : i;
            boolean lineStart = first == 0 || t.newlineBefore[first];
            if (!lineStart && !t.is(first - 1, ",")) {
                continue;
            }
            if (c >= t.count || t.newlineBefore[c] || !placeWord(c) || knownPlace(c)) {
                continue;
            }
            int e = c;
            while (e < t.count && !t.newlineBefore[e] && placeWord(e) && !t.word[e].equals("Cedex") && e - c < 3) {
                e = joined(e + 1);
            }
            if (e == c || headsIn(c, e)) {
                continue;
            }
            boolean lineEnd = e >= t.count || t.newlineBefore[e];
            boolean ok = prefix || t.is(e, "Cedex") || t.is(e, ",") && knownPlace(e + 1)
                    || lineEnd && !lineStart && t.kind[Math.max(first - 2, 0)] == Tokens.NUMBER;
            if (ok) {
                add(c, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.75, 55, null);
            }
        }
    }

    /**
     * A dateline in capitals at the start of a line: "MUNICH —", "TRIESTE, Italy, 3 February 2026 —". One to three
     * words in capitals, followed by a dash or by ", " and a known place, are a place when the knowledge base knows
     * them (as a place) or when the known place follows.
     */
    private void datelines() {
        for (int i = 0; i < t.count; i++) {
            if (!(i == 0 || t.newlineBefore[i]) || !t.isAllCaps(i)) {
                continue;
            }
            int e = i;
            while (e < t.count && e - i < 3 && t.isAllCaps(e) && (e == i || !t.newlineBefore[e])) {
                e = joined(e + 1);
            }
            boolean dash = datelineDash(e) >= 0;
            boolean place = t.is(e, ",") && knownPlace(e + 1);
            if (!dash && !place || e < t.count && t.newlineBefore[e]) {
                continue;
            }
            KbEntry k = kb.byName(t.span(i, e));
            if (k != null && k.type() != EntityType.LOCATION) {
                continue;
            }
            if (k == null && dash) {
                k = gazetteerInCapitals(i, e);
            }
            if (k != null || place) {
                add(i, e, EntityType.LOCATION, k != null ? ExtractionMethod.DICTIONARY : ExtractionMethod.PATTERN_LOCATED,
                        0.8, 60, k);
            }
        }
    }

    /**
     * The dash of a dateline after its place ending at token e, or -1: right after it ("GENEVA — ..."), after a date
     * (", 14 March 2025 —", ", March 14 —") and after a news agency in parentheses ("(Reuters) -", ", March 14
     * (Reuters) -"), on the same line.
     */
    private int datelineDash(int e) {
        int k = e;
        if (t.is(k, ",")) {
            int j = k + 1;
            boolean month = false;
            while (j < t.count && j - k <= 6 && !t.newlineBefore[j] && (t.kind[j] == Tokens.NUMBER
                    || t.is(j, ",") || t.is(j, ".") && month || Lexicon.MONTHS_AND_ABBREVIATIONS.contains(t.word[j]))) {
                month |= Lexicon.MONTHS_AND_ABBREVIATIONS.contains(t.word[j]);
                j++;
            }
            if (!month) {
                return -1;
            }
            k = j;
        }
        if (t.is(k, "(") && !t.newlineBefore[k]) {
            int j = k + 1;
            while (j < t.count && j - k <= 4 && t.isWord(j) && t.isCap(j) && !t.newlineBefore[j]) {
                j++;
            }
            if (j == k + 1 || !t.is(j, ")")) {
                return -1;
            }
            k = j + 1;
        }
        boolean dash = k < t.count && !t.newlineBefore[k]
                && (t.is(k, "—") || t.is(k, "–") || t.is(k, "-") && !t.glued(k - 1));
        return dash ? k : -1;
    }

    // ------------------------------------------------------------------ affiliation lines

    /** Last words of street names, which are no organisation: "Guggisberg Avenue", "Old Road Campus". */
    private static final Set<String> STREET_WORDS = Set.of("Street", "Road", "Avenue", "Lane", "Boulevard", "Drive",
            "Square", "Campus", "Way", "Place", "Allee", "Straße", "Strasse", "Weg", "Platz", "Rue", "Calle");

    /**
     * IEEE's affiliation notes: "L. Holm and K. Berg are with the Department of Physics, Lund University, ..." and
     * "K. Berg is with ...": each person named before "is with" / "are with" in the sentence (in the 40 tokens before
     * it) is affiliated with the organisations that follow in the sentence (the 40 tokens after "with" at most;
     * resolved in {@link #metadata}, as the other pending affiliations, which keep organisations and facilities only).
     */
    private void withAffiliations() {
        List<Candidate> persons = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type == EntityType.PERSON) {
                persons.add(c);
            }
        }
        persons.sort(java.util.Comparator.comparingInt(c -> c.ts));
        int[] starts = new int[persons.size()];
        for (int q = 0; q < starts.length; q++) {
            starts[q] = persons.get(q).ts;
        }
        for (int k = 1; k + 1 < t.count; k++) {
            if (!t.is(k, "with") || !(t.is(k - 1, "are") || t.is(k - 1, "is"))) {
                continue;
            }
            int org = t.is(k + 1, "the") ? k + 2 : k + 1;
            if (!t.isCap(org)) {
                continue;
            }
            // the persons of the note just before "with" (40 tokens at most: a sentence may be a whole document)
            int from = Math.max(sentStart(k), k - 40);
            int q = java.util.Arrays.binarySearch(starts, from);
            q = q < 0 ? -q - 1 : q;
            while (q > 0 && starts[q - 1] == from) {
                q--;
            }
            int end = Math.min(sentEnd(k), org + 40);
            for (; q < starts.length && starts[q] < k - 1; q++) {
                Candidate c = persons.get(q);
                if (c.te > k - 1) {
                    continue;
                }
                // every organisation of the note: "are with the Institute of X, University of Y, City, Country"
                for (int j = org; j < end; j++) {
                    if (t.isCap(j) && (j == org || !t.isCap(j - 1))) {
                        pending.add(new PendingAffiliation(c, j, null));
                    }
                }
            }
        }
    }

    /**
     * An organisation named without a head word in a marked affiliation line ("7 Kestrel Optics, Hafenstraße 12,
     * 20457 Hamburg, Germany", "(2) Nordvik, Box 118, ..."; "b Tallinn Photonics, ..."): the line begins with a
     * number, a number in parentheses or one lower-case letter, ends with a known place, and holds no organisation
     * or facility found otherwise; the name is the comma-separated part right before the first part with a digit
     * (the street address), of capitalised words (dashes between them allowed), not a known place nor a street,
     * and every part before it is a subunit ("Department of ..., Kestrel Optics, ..."), which is not annotated.
     */
    private void affiliationLines() {
        boolean[] named = new boolean[t.count];
        boolean[] covered = new boolean[t.count];
        for (Candidate c : cands) {
            for (int k = c.ts; k < c.te; k++) {
                covered[k] |= c.type != EntityType.LOCATION;
                named[k] |= c.type == EntityType.ORGANIZATION || c.type == EntityType.FACILITY;
            }
        }
        for (int f = 0; f < t.count; f++) {
            if (!(f == 0 || t.newlineBefore[f])) {
                continue;
            }
            int le = f + 1;
            while (le < t.count && !t.newlineBefore[le]) {
                le++;
            }
            int m;
            if (t.kind[f] == Tokens.NUMBER && t.word[f].length() <= 2) {
                m = f + 1;
            } else if (t.is(f, "(") && t.kind[f + 1] == Tokens.NUMBER && t.is(f + 2, ")")) {
                m = f + 3;
            } else if (t.isWord(f) && t.word[f].length() == 1 && Character.isLowerCase(t.word[f].charAt(0))) {
                m = f + 1;
            } else {
                continue;
            }
            int last = le - 1;
            while (last > m && !t.isWord(last)) {
                last--;
            }
            boolean any = false;
            for (int k = m; k < le; k++) {
                any |= named[k];
            }
            if (any || !knownPlace(capStart(last, m))) {
                continue;
            }
            int s = m;
            while (s < le) {
                int e = s;
                boolean digit = false;
                while (e < le && !t.is(e, ",")) {
                    digit |= t.word[e].chars().anyMatch(Character::isDigit);
                    e++;
                }
                if (digit) {
                    break;
                }
                boolean next = false;
                for (int k = e + 1; k < le && !t.is(k, ","); k++) {
                    next |= t.word[k].chars().anyMatch(Character::isDigit);
                }
                if (next) {
                    if (affiliationName(s, e, covered) && !knownPlace(s) && !STREET_WORDS.contains(t.word[e - 1])) {
                        add(s, e, EntityType.ORGANIZATION, ExtractionMethod.PATTERN_AFFILIATION, 0.75, 70, null);
                    }
                    break;
                }
                if (!STOP_CAP.contains(t.word[s])) {
                    break; // only subunits ("Department of ...") before the name
                }
                s = e + 1;
            }
        }
    }

    /**
     * Tokens [s, e) are capitalised words, with connectors and dashes between them, none of them in a name found
     * already (but a place: "Berlin" in "Charité – Universitätsmedizin Berlin").
     */
    private boolean affiliationName(int s, int e, boolean[] covered) {
        if (e <= s || !orgWord(s) || !t.isCap(e - 1)) {
            return false;
        }
        for (int k = s; k < e; k++) {
            boolean ok = orgWord(k) || t.isWord(k) && CONNECTORS.contains(t.word[k])
                    || (t.is(k, "-") || t.is(k, "–") || t.is(k, "&")) && k > s && k + 1 < e;
            if (!ok || covered[k]) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ acronyms

    /**
     * Positions in {@link #cands} (append-only) by end token, for the acronym pass: scanning every candidate for every
     * "(ACR)" made that pass quadratic (a document with 36,000 acronym definitions took 10 s in it).
     */
    private final Map<Integer, List<Integer>> candsByEnd = new HashMap<>();
    private int candsIndexed;

    private List<Integer> candsEndingAt(int e) {
        for (; candsIndexed < cands.size(); candsIndexed++) {
            candsByEnd.computeIfAbsent(cands.get(candsIndexed).te, k -> new ArrayList<>(2)).add(candsIndexed);
        }
        return candsByEnd.getOrDefault(e, List.of());
    }

    private Candidate candEndingAt(int e, int minStart) {
        Candidate best = null;
        for (int i : candsEndingAt(e)) {
            Candidate c = cands.get(i);
            if (c.ts >= minStart && c.type != EntityType.PERSON && c.type != EntityType.LOCATION
                    && (best == null || c.ts < best.ts)) {
                best = c;
            }
        }
        return best;
    }

    /** The first candidate (in the order found) ending in [from, to) that satisfies {@code ok}. */
    private Candidate firstEndingBetween(int from, int to, java.util.function.Predicate<Candidate> ok) {
        int first = Integer.MAX_VALUE;
        for (int e = Math.max(0, from); e < to; e++) {
            for (int i : candsEndingAt(e)) {
                if (i < first && ok.test(cands.get(i))) {
                    first = i;
                }
            }
        }
        return first == Integer.MAX_VALUE ? null : cands.get(first);
    }

    private void acronyms() {
        Map<String, EntityType> redefined = new HashMap<>();
        int n = cands.size();
        for (int p = 0; p + 2 < t.count; p++) {
            if ((p & 1023) == 0) {
                Cancellation.check();
            }
            // Long Form (ACR), and Long Form (ACR, grant ...) / (ACR; ...) as in funding statements, where the
            // acronym is no place ("the Vienna Science Fund (VSF, grant 22-107)"; not "... (UK, 2021)")
            if (t.is(p, "(") && t.isWord(p + 1) && Tokens.isAcronym(t.word[p + 1]) && p > 0 && (t.is(p + 2, ")")
                    || (t.is(p + 2, ",") || t.is(p + 2, ";")) && !knownPlace(p + 1))) {
                String acr = t.word[p + 1];
                KbEntry acrKb = kb.byName(acr);
                int ss = sentStart(p);
                Candidate lf = candEndingAt(p, ss);
                if (lf == null) {
                    // extend an earlier name through connectors: "Brazilian Center for Research in Energy and Materials"
                    int at = p;
                    Candidate c = firstEndingBetween(p - 6, p, x -> x.ts >= ss && x.type != EntityType.PERSON
                            && x.type != EntityType.LOCATION && onlyNameTokens(x.te, at));
                    if (c != null) {
                        lf = add(c.ts, p, c.type, ExtractionMethod.ACRONYM_DEFINITION, 0.85, 86, null);
                    }
                }
                if (lf == null) {
                    int s = initialsBackward(acr, p, ss);
                    if (s >= 0) {
                        EntityType type = acrKb != null ? acrKb.type() : headType(s, p);
                        // no head word, a facility's noun after the acronym: "the Lunar Ice Cube Explorer (LICE)
                        // mission", "the Polar Wind Imaging Satellite (PWIS) spacecraft"
                        if (acrKb == null && nameType(s, p) == null && t.is(p + 2, ")")
                                && FACILITY_NOUNS.contains(w(p + 3)) && !w(p + 3).equals("source")) {
                            type = EntityType.FACILITY;
                        }
                        lf = add(s, p, type, ExtractionMethod.ACRONYM_DEFINITION, 0.85, 86, null);
                    }
                }
                if (lf != null && acrKb != null && lf.kb != acrKb && lf.type != acrKb.type() && !expands(acrKb, lf)) {
                    // the text defines the acronym otherwise than the base does ("European Innovation Council
                    // (EIC)", not the base's Electron-Ion Collider): the text's long form gives the type, here and
                    // to the base's matches of the acronym elsewhere in the text
                    acrKb = null;
                    redefined.putIfAbsent(acr, lf.type);
                }
                if (lf != null) {
                    EntityType type = acrKb != null && acrKb.type() != EntityType.LOCATION ? acrKb.type() : lf.type;
                    Candidate a = add(p + 1, p + 2, type, ExtractionMethod.ACRONYM_DEFINITION, 0.9, 88, lf.kb);
                    if (a != null) {
                        a.link = lf;
                    }
                }
            }
            // ACR, the Long Form,
            if (t.isWord(p) && Tokens.isAcronym(t.word[p]) && t.is(p + 1, ",") && t.is(p + 2, "the")) {
                int s = p + 3;
                int e = initialsForward(t.word[p], s, sentEnd(p));
                if (e > s) {
                    KbEntry acrKb = kb.byName(t.word[p]);
                    EntityType type = acrKb != null ? acrKb.type() : headType(s, e);
                    Candidate lf = add(s, e, type, ExtractionMethod.ACRONYM_DEFINITION, 0.85, 86, acrKb);
                    Candidate a = add(p, p + 1, type, ExtractionMethod.ACRONYM_DEFINITION, 0.9, 88, acrKb);
                    if (a != null) {
                        a.link = lf;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Candidate c = cands.get(i);
            EntityType r = c.method == ExtractionMethod.DICTIONARY && c.te - c.ts == 1 ? redefined.get(t.word[c.ts])
                    : null;
            if (r != null) {
                c.type = r;
                c.kb = null;
            }
        }
    }

    /** Whether the candidate c's text is the name or an alias of the base's entry e (case and accents aside). */
    private boolean expands(KbEntry e, Candidate c) {
        String x = fold(surface(c));
        if (x.equals(fold(e.name()))) {
            return true;
        }
        for (String a : e.aliases()) {
            if (x.equals(fold(a))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private boolean onlyNameTokens(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(t.isCap(k) || t.isWord(k) && (CONNECTORS.contains(t.word[k]) || t.word[k].equals("in")
                    || t.word[k].equals("and")))) {
                return false;
            }
        }
        return t.isCap(to - 1);
    }

    @Override
    public EntityType headType(int s, int e) {
        EntityType type = nameType(s, e);
        return type != null ? type : EntityType.ORGANIZATION;
    }

    private static boolean functionWord(String w) {
        return CONNECTORS.contains(w) || w.equals("and") || w.equals("in") || w.equals("on") || w.equals("&");
    }

    /** Start token of a long form ending before p whose word initials spell acr, or -1. */
    private int initialsBackward(String acr, int p, int ss) {
        String a = acr.toUpperCase(Locale.ROOT);
        int j = a.length() - 1;
        int k = p - 1;
        int start = -1;
        while (k >= ss && j >= 0 && p - k < 16) {
            if (t.isWord(k)) {
                String x = t.word[k];
                if (Character.toUpperCase(x.charAt(0)) == a.charAt(j)) {
                    j--;
                    start = k;
                    // letters of the acronym may come from inside the word ("CNRS" vs "Scientifique")
                } else if (!functionWord(x) && !(t.is(k - 1, "-") || t.is(k + 1, "-"))) {
                    return -1;
                }
            } else if (!t.is(k, "-")) {
                return -1;
            }
            k--;
        }
        if (j >= 0 || start < 0 || !t.isCap(start) || p - start < 2) {
            return -1;
        }
        return start;
    }

    /** End token of a long form starting at s whose word initials spell acr, or s. */
    private int initialsForward(String acr, int s, int lim) {
        String a = acr.toUpperCase(Locale.ROOT);
        int j = 0;
        int k = s;
        if (!t.isCap(s) || Character.toUpperCase(t.word[s].charAt(0)) != a.charAt(0)) {
            return s;
        }
        while (k < lim && j < a.length() && k - s < 20) {
            if (t.isWord(k)) {
                String x = t.word[k];
                if (Character.toUpperCase(x.charAt(0)) == a.charAt(j) && (t.isCap(k) || t.is(k - 1, "-"))) {
                    j++;
                } else if (t.isCap(k) || !functionWord(x) && !t.is(k - 1, "-")) {
                    return s;
                }
            } else if (!t.is(k, "-")) {
                return s;
            }
            k++;
        }
        return j == a.length() ? k : s;
    }

    // ------------------------------------------------------------------ selection

    private int charLen(Candidate c) {
        return t.end[c.te - 1] - t.start[c.ts];
    }

    private void select() {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -charLen(c)).thenComparingInt(c -> -c.prio)
                .thenComparingDouble(c -> -c.conf));
        at = new Candidate[t.count];
        for (Candidate c : sorted) {
            boolean free = true;
            for (int k = c.ts; k < c.te && free; k++) {
                free = at[k] == null;
            }
            if (free) {
                for (int k = c.ts; k < c.te; k++) {
                    at[k] = c;
                }
            }
        }
        // an acronym whose long form lost keeps its own type; a long form whose acronym lost is fine alone
    }

    private boolean selected(Candidate c) {
        return c != null && at[c.ts] == c;
    }

    private Candidate addSelected(int ts, int te, EntityType type, ExtractionMethod m, double conf, KbEntry e,
            Candidate link) {
        for (int k = ts; k < te; k++) {
            if (at[k] != null || skip[k]) {
                return null;
            }
        }
        Candidate c = new Candidate(ts, te, type, m, conf, 0, e);
        c.link = link;
        cands.add(c);
        for (int k = ts; k < te; k++) {
            at[k] = c;
        }
        return c;
    }

    /** The first word of the hyphenated name that ends with word k ("Ortega" for "Ruiz" of "Ortega-Ruiz"), or k. */
    @Override
    public int hyphenChainStart(int k) {
        int s = k;
        while (t.is(s - 1, "-") && t.glued(s - 2) && t.glued(s - 1) && t.isWord(s - 2)) {
            s -= 2;
        }
        return s;
    }

    /** The last word of the hyphenated name that starts with word k, or k. */
    private int hyphenChainEnd(int k) {
        int e = k;
        while (t.isWord(e) && t.is(e + 1, "-") && t.glued(e) && t.glued(e + 1) && t.isWord(e + 2)) {
            e += 2;
        }
        return e;
    }

    /** The words from..to of a hyphenated name joined by hyphens ("Ortega-Ruiz"). */
    private String hyphenChain(int from, int to) {
        StringBuilder b = new StringBuilder(t.word[from]);
        for (int k = from + 2; k <= to; k += 2) {
            b.append('-').append(t.word[k]);
        }
        return b.toString();
    }

    private void propagate() {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : cands) {
            if (selected(c)) {
                chosen.add(c);
            }
        }
        // acronyms and confirmed ambiguous names: every other occurrence
        Map<String, Candidate> single = new HashMap<>();
        Map<String, Candidate> surnames = new HashMap<>();
        // family names of reference-list entries, for author-year citations
        Map<String, Candidate> cited = new HashMap<>();
        for (Candidate c : chosen) {
            if (c.type == EntityType.PERSON) {
                if (c.family != null && c.family.indexOf(' ') < 0) {
                    cited.putIfAbsent(c.family, c);
                }
                if (c.method != ExtractionMethod.PATTERN_REFERENCE && c.te - c.ts >= 2) {
                    int last = c.te - 1;
                    int first = hyphenChainStart(last);
                    if (first > c.ts) { // "Javier Ortega-Ruiz": the surname is "Ortega-Ruiz"
                        surnames.putIfAbsent(hyphenChain(first, last), c);
                    } else if (t.isWord(last) && t.word[last].length() > 1) {
                        surnames.putIfAbsent(t.word[last], c);
                    }
                }
                continue;
            }
            if (c.te - c.ts == 1 && (c.method == ExtractionMethod.ACRONYM_DEFINITION
                    || c.kb != null && c.kb.ambiguous() && !c.kb.isJournal() && c.type != EntityType.LOCATION
                    || c.method == ExtractionMethod.PATTERN_FACILITY_NOUN)) {
                single.putIfAbsent(t.word[c.ts], c);
            }
        }
        for (int i = 0; i < t.count; i++) {
            if (at[i] != null || !t.isWord(i)) {
                continue;
            }
            Candidate s = single.get(t.word[i]);
            if (s != null) {
                addSelected(i, i + 1, s.type, ExtractionMethod.ALIAS, 0.85, s.kb, s.link != null ? s.link : s);
                continue;
            }
            int chainEnd = hyphenChainEnd(i);
            if (chainEnd > i || t.is(i - 1, "-") && t.glued(i - 1)) { // "Ortega-Ruiz" again, never its "Ruiz" alone
                Candidate h = chainEnd > i ? surnames.get(hyphenChain(i, chainEnd)) : null;
                if (h != null && t.isCap(i) && !t.isCap(i - 1) && !t.isCap(chainEnd + 1)) {
                    addSelected(i, chainEnd + 1, EntityType.PERSON, ExtractionMethod.COREF_SURNAME, 0.7, null, h);
                }
                continue;
            }
            Candidate p = surnames.get(t.word[i]);
            if (p != null && t.isCap(i) && !t.isCap(i - 1) && !t.isCap(i + 1)) {
                addSelected(i, i + 1, EntityType.PERSON, ExtractionMethod.COREF_SURNAME, 0.7, null, p);
                continue;
            }
            Candidate r = cited.get(t.word[i]);
            if (r != null && t.isCap(i) && authorYearCitation(i)) {
                addSelected(i, i + 1, EntityType.PERSON, ExtractionMethod.COREF_SURNAME, 0.7, null, r);
            }
        }
    }

    /**
     * Whether the surname at i is cited author-year style: "Murphy & Byrne, 2018", "Byrne, 2018", "Kowalski et al.
     * (2020)", "Murphy and Byrne (2018)": followed by "et al.", by "&" / "and" and a capitalised name, or by a year
     * (after a comma or an opening parenthesis); or a note's short form, the surname right after the note's number
     * at a line's start and a comma and a title after it ("7. Morandi, Il mare interno, p. 501").
     */
    private boolean authorYearCitation(int i) {
        if (i >= 2 && t.is(i - 1, ".") && t.kind[i - 2] == Tokens.NUMBER && (i == 2 || t.newlineBefore[i - 2])
                && t.is(i + 1, ",") && t.isCap(i + 2)) {
            return true;
        }
        if (t.is(i + 1, "et") && t.is(i + 2, "al") || t.is(i + 1, "&") && t.isCap(i + 2)
                || t.is(i + 1, "and") && t.isCap(i + 2)) {
            return true;
        }
        // the first of three or more: "Venn, Walsh & Okoro (2020)", "Venn, Walsh, and Okoro"
        int k = i;
        while (t.is(k + 1, ",") && t.isCap(k + 2) && k - i < 12) {
            k += 2;
        }
        if (k > i && (t.is(k + 1, "&") || t.is(k + 1, "and")) && t.isCap(k + 2)
                || k > i && t.is(k + 1, ",") && (t.is(k + 2, "&") || t.is(k + 2, "and")) && t.isCap(k + 3)) {
            return true;
        }
        int y = t.is(i + 1, ",") || t.is(i + 1, "(") ? i + 2 : -1;
        return y > 0 && y < t.count && t.kind[y] == Tokens.NUMBER && t.word[y].length() == 4
                && (t.word[y].startsWith("19") || t.word[y].startsWith("20"));
    }

    // ------------------------------------------------------------------ entities

    static final class EntityBuilder {
        final String key;
        EntityType type;
        KbEntry kb;
        String name;
        final Set<String> surfaces = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        String country;
        int mentions;

        EntityBuilder(String key, EntityType type) {
            this.key = key;
            this.type = type;
        }

        Entity build(KnowledgeBase kbase) {
            String display = name;
            if (kb != null) {
                display = kb.name();
            }
            if (display == null) {
                display = surfaces.stream().max(Comparator.comparingInt(String::length)).orElse(key);
            }
            aliases.addAll(surfaces);
            if (kb != null) {
                aliases.addAll(kb.aliases());
            }
            if (type == EntityType.ORGANIZATION || type == EntityType.FACILITY || type == EntityType.OTHER) {
                for (String s : new ArrayList<>(surfaces)) {
                    addInitialism(s);
                }
                addInitialism(display);
            }
            String d = display;
            List<String> al = aliases.stream().filter(a -> !a.equalsIgnoreCase(d)).distinct().toList();
            String cc = country;
            if (kb != null && kb.country() != null) {
                cc = kb.country();
            }
            return new Entity(key, type, display, al, cc, kb == null ? null : kb.id(), mentions);
        }

        private void addInitialism(String s) {
            String[] parts = s.split("[\\s-]+");
            if (parts.length < 3) {
                return;
            }
            StringBuilder b = new StringBuilder();
            for (String p : parts) {
                if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
                    b.append(p.charAt(0));
                }
            }
            if (b.length() >= 3 && b.length() <= 8) {
                aliases.add(b.toString());
            }
        }
    }

    private String surface(Candidate c) {
        String s = t.span(c.ts, c.te);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                return s.replaceAll("\\s+", " ");
            }
        }
        return s;
    }

    private String personKey(Candidate c, Map<String, String> personKeys) {
        String s = surface(c);
        if (c.family != null) { // read by the reference parser: "Smith J", "K. Tanaka", "Green, M. A."
            return personKeys.getOrDefault(KnowledgeBase.key(c.family) + "|" + Character.toLowerCase(c.given.charAt(0)),
                    "person:" + KnowledgeBase.key(s));
        }
        if (c.method == ExtractionMethod.PATTERN_REFERENCE) {
            int comma = s.indexOf(',');
            String sur = s.substring(0, comma).trim();
            String init = s.substring(comma + 1).trim();
            return personKeys.getOrDefault(KnowledgeBase.key(sur) + "|" + Character.toLowerCase(init.charAt(0)),
                    "person:" + KnowledgeBase.key(s));
        }
        return "person:" + KnowledgeBase.key(s);
    }

    private void group(List<Mention> mentions, Map<String, EntityBuilder> entities) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : cands) {
            if (selected(c)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.ts));
        // persons first: full names give keys to initials, surnames and reference forms
        Map<String, String> personKeys = new HashMap<>(); // "surname|first initial" -> key
        for (Candidate c : chosen) {
            if (c.type == EntityType.PERSON && c.method != ExtractionMethod.PATTERN_REFERENCE
                    && c.method != ExtractionMethod.COREF_SURNAME) {
                String s = surface(c);
                String[] p = s.split("\\s+");
                if (p.length >= 2 && !initialAt(c.ts)) {
                    c.key = "person:" + KnowledgeBase.key(s);
                    personKeys.putIfAbsent(KnowledgeBase.key(p[p.length - 1]) + "|"
                            + Character.toLowerCase(p[0].charAt(0)), c.key);
                }
            }
        }
        for (Candidate c : chosen) {
            if (c.key == null) {
                c.key = keyOf(c, personKeys);
            }
        }
        for (Candidate c : chosen) {
            String s = surface(c);
            EntityBuilder b = entities.computeIfAbsent(c.key, k -> new EntityBuilder(k, c.type));
            if (b.kb == null && c.kb != null && c.kb.type() == c.type) {
                b.kb = c.kb;
            }
            if (c.method != ExtractionMethod.COREF_SURNAME) {
                b.surfaces.add(s);
            }
            if (b.name == null && c.type == EntityType.PERSON && c.method != ExtractionMethod.COREF_SURNAME
                    && c.method != ExtractionMethod.PATTERN_REFERENCE && !initialAt(c.ts)) {
                b.name = s;
            }
            if (c.type != EntityType.PERSON && c.method != ExtractionMethod.ALIAS
                    && !(c.method == ExtractionMethod.ACRONYM_DEFINITION && c.link != null)
                    && (b.name == null || s.length() > b.name.length())) {
                b.name = s;
            }
            b.mentions++;
            String cc = c.kb != null ? c.kb.country() : null;
            if (cc == null && c.type == EntityType.LOCATION) {
                cc = null;
            }
            if (b.country == null) {
                b.country = cc != null ? cc : countryFromName(c);
            }
            String sentence = snippet(c.ts, c.te);
            int os = nt.originalStart(t.start[c.ts]);
            int oe = nt.originalEnd(t.end[c.te - 1]);
            mentions.add(new Mention(c.type, s, os, oe, sentence, c.method, c.conf, c.key,
                    c.type == EntityType.LOCATION ? cc : null));
        }
    }

    private String keyOf(Candidate c, Map<String, String> personKeys) {
        if (c.link != null && c.link != c) {
            Candidate l = c.link;
            if (l.key == null) {
                l.key = keyOf(l, personKeys);
            }
            if (c.type == EntityType.PERSON || selected(l) || l.kb != null) {
                return l.key;
            }
        }
        if (c.kb != null) {
            return c.kb.id();
        }
        String s = surface(c);
        if (c.type == EntityType.PERSON) {
            if (c.method == ExtractionMethod.PATTERN_REFERENCE) {
                return personKey(c, personKeys);
            }
            String[] p = s.split("\\s+");
            if (p.length == 1) { // a surname alone: the full name seen in the document, if any
                String k = KnowledgeBase.key(s);
                for (Map.Entry<String, String> pk : personKeys.entrySet()) {
                    if (pk.getKey().startsWith(k + "|")) {
                        return pk.getValue();
                    }
                }
            }
            if (initialAt(c.ts) && p.length >= 2) {
                return personKeys.getOrDefault(KnowledgeBase.key(p[p.length - 1]) + "|"
                        + Character.toLowerCase(p[0].charAt(0)), "person:" + KnowledgeBase.key(s));
            }
            return "person:" + KnowledgeBase.key(s);
        }
        KbEntry byName = kb.byName(s);
        if (byName != null && byName.type() == c.type) {
            c.kb = byName;
            return byName.id();
        }
        return c.type.name().toLowerCase(Locale.ROOT) + ":" + KnowledgeBase.key(s);
    }

    /** Country from a country name or demonym inside an organisation name ("Chinese Academy of Sciences"). */
    private String countryFromName(Candidate c) {
        if (c.type == EntityType.PERSON || c.type == EntityType.LOCATION) {
            return null;
        }
        for (int k = c.ts; k < c.te; k++) {
            KbEntry e = single(k);
            if (e != null && e.type() == EntityType.LOCATION && e.country() != null && !e.ambiguous()
                    && (e.isCountry() || e.isNonMention())) {
                return e.country();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ relations

    private Candidate mentionAt(int k) {
        return k >= 0 && k < t.count && at[k] != null && at[k].ts == k ? at[k] : null;
    }

    /**
     * Token range [from, to) of the sentence around tokens [ts, te), cut to a window of at most {@link #MAX_SNIPPET}
     * characters around them when the sentence is longer (text without sentence ends must not copy a whole
     * document into every mention).
     */
    private int[] snippetRange(int ts, int te) {
        int sent = t.sentence[ts];
        int from = t.sentenceFrom[sent];
        int to = t.sentenceTo[sent];
        if (t.end[to - 1] - t.start[from] <= MAX_SNIPPET) {
            return new int[] {from, to};
        }
        int a = ts;
        while (a > from && t.start[ts] - t.start[a - 1] <= MAX_SNIPPET / 2) {
            a--;
        }
        int b = Math.min(Math.max(te, ts + 1), to);
        while (b < to && t.end[b] - t.start[a] <= MAX_SNIPPET) {
            b++;
        }
        return new int[] {a, b};
    }

    private String snippet(int ts, int te) {
        int[] r = snippetRange(ts, te);
        if (r[0] == t.sentenceFrom[t.sentence[ts]] && r[1] == t.sentenceTo[t.sentence[ts]]) {
            return sentences.computeIfAbsent(t.sentence[ts], k -> t.span(r[0], r[1]));
        }
        return t.span(r[0], r[1]);
    }

    private Relation relation(RelationType type, Candidate s, Candidate o, Map<String, EntityBuilder> ents,
            double conf) {
        int[] r = snippetRange(s.ts, s.te);
        int from = r[0];
        int to = r[1];
        EntityBuilder sb = ents.get(s.key);
        EntityBuilder ob = ents.get(o.key);
        String sn = sb.kb != null ? sb.kb.name() : sb.name;
        String on = ob.kb != null ? ob.kb.name() : ob.name;
        return new Relation(type, s.key, sn, o.key, on, t.span(from, to), nt.originalStart(t.start[from]),
                nt.originalEnd(t.end[to - 1]), conf);
    }

    private void locatedIn(List<Relation> out, Map<String, EntityBuilder> ents) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < t.count; i++) {
            Candidate m = mentionAt(i);
            if (m == null || m.type == EntityType.PERSON || m.type == EntityType.OTHER) {
                continue;
            }
            int se = sentEnd(i);
            int p = m.te;
            if (t.is(p, "(")) { // "(CNPEM)"
                while (p < se && !t.is(p, ")")) {
                    p++;
                }
                p++;
            }
            int nouns = 0;
            while (p < se && t.isWord(p) && FACILITY_NOUNS.contains(t.word[p]) && nouns < 2) {
                p++;
                nouns++;
            }
            if (t.is(p, ",") && t.is(p + 1, "the")) { // appositive: "SESAME, the Synchrotron-light ... East,"
                Candidate ap = mentionAt(p + 2);
                if (ap != null && ap.key != null && ap.key.equals(m.key)) {
                    p = ap.te;
                }
            }
            boolean comma = t.is(p, ",");
            if (comma) {
                p++;
            }
            boolean cue = false;
            if (t.isWord(p) && (t.word[p].equals("located") || t.word[p].equals("based")
                    || t.word[p].equals("headquartered") || t.word[p].equals("situated"))) {
                p++;
                cue = true;
            }
            boolean prep = t.is(p, "in") || t.is(p, "near");
            if (prep) {
                p++;
            }
            Candidate l = mentionAt(p);
            if (l == null || l.type != EntityType.LOCATION || l.key.equals(m.key)) {
                continue;
            }
            boolean listed = comma && !cue && !prep;
            if (listed && !(m.type != EntityType.LOCATION && (t.is(l.te, ",") || l.te >= se || t.is(l.te, ".")))) {
                continue;
            }
            if (!cue && !prep && !listed) {
                continue;
            }
            if (m.type == EntityType.LOCATION && !comma) {
                continue; // "Jordan in ..." is not a containment statement
            }
            double conf = cue ? 0.9 : prep ? 0.8 : 0.7;
            Relation r = relation(RelationType.LOCATED_IN, m, l, ents, conf);
            if (seen.add(m.key + ">" + l.key)) {
                out.add(r);
                EntityBuilder mb = ents.get(m.key);
                EntityBuilder lb = ents.get(l.key);
                if (mb.country == null && lb.country != null) {
                    mb.country = lb.country;
                }
            }
            // chain: "in Zhejiang, China"
            Candidate l2 = t.is(l.te, ",") ? mentionAt(l.te + 1) : null;
            if (l2 != null && l2.type == EntityType.LOCATION && !l2.key.equals(l.key)
                    && seen.add(l.key + ">" + l2.key)) {
                out.add(relation(RelationType.LOCATED_IN, l, l2, ents, 0.75));
                EntityBuilder lb = ents.get(l.key);
                if (lb.country == null) {
                    lb.country = ents.get(l2.key).country;
                }
            }
        }
        // locations found by pattern get their country from a following country ("Golden, Colorado")
        for (int i = 0; i < t.count; i++) {
            Candidate m = mentionAt(i);
            if (m != null && m.type == EntityType.LOCATION && m.kb == null && t.is(m.te, ",")) {
                Candidate l = mentionAt(m.te + 1);
                if (l != null && l.type == EntityType.LOCATION && seen.add(m.key + ">" + l.key)) {
                    out.add(relation(RelationType.LOCATED_IN, m, l, ents, 0.7));
                    EntityBuilder mb = ents.get(m.key);
                    if (mb.country == null) {
                        mb.country = ents.get(l.key).country;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ metadata + affiliations

    private Candidate orgAt(int k) {
        Candidate c = mentionAt(k);
        if (c == null && t.is(k, "the")) {
            c = mentionAt(k + 1);
        }
        return c != null && (c.type == EntityType.ORGANIZATION || c.type == EntityType.FACILITY) ? c : null;
    }

    private DocumentMetadata metadata(List<Relation> rels, Map<String, EntityBuilder> ents, List<Author> authors) {
        Map<String, String[]> roles = new LinkedHashMap<>(); // person key -> role, location
        Map<String, List<String>> affs = new LinkedHashMap<>();
        Set<String> relSeen = new LinkedHashSet<>();
        for (PendingAffiliation pa : pending) {
            if (!selected(pa.person()) && pa.person().key == null) {
                continue;
            }
            Candidate org = orgAt(pa.orgToken());
            if (org == null || pa.person().key == null) {
                continue;
            }
            if (relSeen.add(pa.person().key + ">" + org.key)) {
                rels.add(relation(RelationType.AFFILIATED_WITH, pa.person(), org, ents, 0.85));
                affs.computeIfAbsent(pa.person().key, k -> new ArrayList<>()).add(name(ents, org.key));
            }
            if (pa.role() != null && !pa.role().isEmpty()) {
                String loc = null;
                if (t.is(org.te, ",") && t.is(org.te + 1, "in")) {
                    int k = org.te + 2;
                    int e = k;
                    while (e < sentEnd(k) && !t.is(e, ".")) {
                        e++;
                    }
                    if (e > k) {
                        loc = t.span(k, e);
                    }
                }
                roles.putIfAbsent(pa.person().key, new String[]{pa.role(), loc});
            }
        }
        // numbered affiliations: "1 Department of Physics, Stockholm University, Stockholm, Sweden"
        Map<String, List<Candidate>> byMarker = new HashMap<>();
        for (int s = 0; s < t.sentenceCount; s++) {
            Cancellation.check();
            int f = t.sentenceFrom[s];
            if (t.kind[f] == Tokens.NUMBER && t.newlineBefore[f] && !t.is(f + 1, ".")) {
                for (int k = f + 1; k < t.sentenceTo[s]; k++) {
                    Candidate c = mentionAt(k);
                    if (c != null && c.type == EntityType.ORGANIZATION) {
                        byMarker.computeIfAbsent(t.word[f], x -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        // "(1) Department of Physics, Lund University, Lund, Sweden": a line of its own each, which sentences do not
        // follow (the lines of an affiliation block end without a period)
        for (int f = 0; f + 2 < t.count; f++) {
            if (t.newlineBefore[f] && t.is(f, "(") && t.kind[f + 1] == Tokens.NUMBER && t.word[f + 1].length() <= 2
                    && t.is(f + 2, ")")) {
                for (int k = f + 3; k < t.count && !t.newlineBefore[k]; k++) {
                    Candidate c = mentionAt(k);
                    if (c != null && c.type == EntityType.ORGANIZATION) {
                        List<Candidate> l = byMarker.computeIfAbsent(t.word[f + 1], x -> new ArrayList<>());
                        if (!l.contains(c)) {
                            l.add(c);
                        }
                    }
                }
            }
        }
        for (Map.Entry<Candidate, List<String>> e : authorMarkers.entrySet()) {
            Candidate p = e.getKey();
            if (!selected(p)) {
                continue;
            }
            for (String mk : e.getValue()) {
                for (Candidate org : byMarker.getOrDefault(mk, List.of())) {
                    if (relSeen.add(p.key + ">" + org.key)) {
                        rels.add(relation(RelationType.AFFILIATED_WITH, p, org, ents, 0.9));
                        affs.computeIfAbsent(p.key, k -> new ArrayList<>()).add(name(ents, org.key));
                    }
                }
            }
        }
        // e-mails
        List<String> emails = new ArrayList<>();
        List<int[]> emailPos = new ArrayList<>();
        Matcher m = EMAIL.matcher(t.text);
        while (m.find()) {
            String e = m.group();
            if (e.endsWith(".")) {
                e = e.substring(0, e.length() - 1);
            }
            emails.add(e);
            emailPos.add(new int[]{m.start()});
        }
        // authors: byline, bio, author list (document order of first appearance)
        Map<String, Candidate> authorCands = new LinkedHashMap<>();
        for (Candidate c : bylinePersons) {
            if (selected(c)) {
                authorCands.putIfAbsent(c.key, c);
            }
        }
        for (Candidate c : authorMarkers.keySet()) {
            if (selected(c)) {
                authorCands.putIfAbsent(c.key, c);
            }
        }
        for (Candidate c : bioPersons) {
            if (selected(c)) {
                authorCands.putIfAbsent(c.key, c);
            }
        }
        List<String> bios = new ArrayList<>();
        for (Candidate c : bioPersons) {
            if (selected(c)) {
                int s = t.sentence[c.ts];
                bios.add(t.span(t.sentenceFrom[s], t.sentenceTo[s]));
            }
        }
        Map<String, List<String>> authorEmails = new HashMap<>();
        for (int q = 0; q < emails.size(); q++) {
            String email = emails.get(q);
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            String owner = null;
            for (Candidate c : authorCands.values()) {
                String[] parts = KnowledgeBase.key(name(ents, c.key)).split(" ");
                String sur = parts[parts.length - 1];
                if (sur.length() > 1 && local.contains(sur)) {
                    owner = c.key;
                    break;
                }
            }
            if (owner == null) { // same block as a bio
                TextBlock eb = nt.blockAt(emailPos.get(q)[0]);
                for (Candidate c : bioPersons) {
                    if (eb != null && nt.blockAt(t.start[c.ts]) == eb) {
                        owner = c.key;
                    }
                }
            }
            if (owner != null) {
                authorEmails.computeIfAbsent(owner, k -> new ArrayList<>()).add(email);
            }
        }
        for (Candidate c : authorCands.values()) {
            String[] rl = roles.get(c.key);
            authors.add(new Author(name(ents, c.key), rl == null ? null : rl[0],
                    affs.getOrDefault(c.key, List.of()), rl == null ? null : rl[1],
                    authorEmails.getOrDefault(c.key, List.of())));
        }
        // title / standfirst
        String title = null;
        String standfirst = null;
        List<TextBlock> blocks = nt.blocks();
        int b = 0;
        if (b < blocks.size() && isKicker(blocks.get(b))) {
            b++;
        }
        if (b < blocks.size()) {
            String first = headingText(blockText(blocks.get(b)));
            if (first.length() < 200 && !first.contains("\n") && !first.endsWith(".") && !first.startsWith("By ")) {
                title = first;
                b++;
                if (b < blocks.size()) {
                    String next = blockText(blocks.get(b));
                    int by = next.lastIndexOf(" By ");
                    Candidate bl = bylinePersons.isEmpty() ? null : bylinePersons.get(0);
                    if (by > 0 && bl != null && t.start[bl.ts] >= blocks.get(b).start()
                            && t.start[bl.ts] < blocks.get(b).end()) {
                        standfirst = next.substring(0, by).trim();
                    } else if (next.length() < 400 && b + 1 < blocks.size() && bl != null
                            && t.start[bl.ts] >= blocks.get(b + 1).start() && t.start[bl.ts] < blocks.get(b + 1).end()
                            && !next.startsWith("By ")) {
                        standfirst = next;
                    }
                }
            }
        }
        List<String> displaced = new ArrayList<>();
        for (TextBlock tb : blocks) {
            if (tb.kind() != BlockKind.BODY) {
                displaced.add(blockText(tb));
            }
        }
        return new DocumentMetadata(title, standfirst, authors, emails, bios, displaced);
    }

    /** A markdown ATX heading ("# Title", "## Title ##") as its text; any other line unchanged. */
    static String headingText(String line) {
        return line.startsWith("#") ? line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", "").strip() : line;
    }

    private boolean isKicker(TextBlock b) {
        String s = blockText(b);
        return s.length() < 60 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.contains("\n");
    }

    private String blockText(TextBlock b) {
        return t.text.substring(b.start(), b.end()).trim();
    }

    private static String name(Map<String, EntityBuilder> ents, String key) {
        EntityBuilder b = ents.get(key);
        if (b == null) {
            return key;
        }
        if (b.kb != null) {
            return b.kb.name();
        }
        return b.name != null ? b.name : b.surfaces.stream().findFirst().orElse(key);
    }
}
