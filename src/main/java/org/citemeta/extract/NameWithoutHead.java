package org.citemeta.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citemeta.extract.kb.KbEntry;
import org.citemeta.extract.text.Tokens;

/**
 * Organisations, facilities and OTHER names without a head word ("Lhyfe SAS", "Bluefors, the Helsinki company",
 * "the venture fund Quantonation", "archived on Zenodo"): such a name is taken only where the text says what it is,
 * by a company's legal form, an apposition or a noun before or after it, a role ("built by ... in Turin"), a verb of
 * depositing data, or an acronym defined for it. Runs from {@link Annotator#run()} after the other patterns and before
 * the acronym pass, over the annotator's tokens and candidates.
 */
final class NameWithoutHead {
    private final CandidateSpace a;
    private final Tokens t;

    NameWithoutHead(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        personOrPlaceIn(0, 0); // the indexes of the candidates found before this pass
        candAt(0, 0);
        organisationEndsAt(-1);
        legalForms();
        appositions();
        nounBefore();
        nounAfter();
        deposits();
        byInPlace();
        twoWordAcronyms();
        lastWords();
        teams();
        parenthesisedNames();
        acronymDash();
        basedIn();
        listedLines();
        suchAs();
        businessShortNames();
        acronymCountryNames();
    }

    // ------------------------------------------------------------------ shared

    /** Types given by a lower-case noun that names what a name is ("company", "programme", "supercomputer"). */
    private static final Map<String, EntityType> NOUNS = new HashMap<>();

    static {
        for (String n : new String[]{"company", "companies", "firm", "start-up", "startup", "spin-off", "spinoff",
                "spin-out", "spinout", "maker", "manufacturer", "producer", "supplier", "provider", "operator",
                "investor", "fund", "incubator", "association", "consortium", "subsidiary", "charity", "nonprofit",
                "non-profit", "insurer", "publisher", "carmaker", "chipmaker", "utility", "cooperative", "ngo",
                "union", "federation", "alliance", "agency", "organisation", "organization", "foundation",
                "lender", "fintech", "accelerator", "bank", "regulator", "broker", "drugmaker", "watchdog"}) {
            NOUNS.put(n, EntityType.ORGANIZATION);
        }
        for (String n : new String[]{"programme", "program", "initiative", "project", "portal", "repository",
                "database", "platform", "dataset", "registry", "reanalysis", "package", "software", "toolkit",
                "framework", "benchmark", "corpus", "network", "product"}) {
            NOUNS.put(n, EntityType.OTHER);
        }
        for (String n : new String[]{"supercomputer", "telescope", "synchrotron", "satellite", "spacecraft",
                "rover", "reactor", "collider", "icebreaker"}) {
            NOUNS.put(n, EntityType.FACILITY);
        }
    }

    /** Capitalised words that open a sentence and are no name: "Today, the company ...". */
    private static final Set<String> OPENERS = Set.of("Today", "Yesterday", "Tomorrow", "Now", "Instead", "Still",
            "Indeed", "Overall", "Together", "Elsewhere", "Nevertheless", "Moreover", "Furthermore", "Therefore",
            "Hence", "Again", "Earlier", "Meanwhile", "Separately", "Likewise", "Besides", "Otherwise", "Ultimately");

    /**
     * Start of a name of one to four capitalised words ending at token e (exclusive), or e: none of its words a
     * known given name first, a place, an opener or a title.
     */
    private int nameBefore(int e) {
        int ss = a.sentStart(e - 1);
        int s = e;
        while (s - 1 >= ss && a.orgWord(s - 1) && !t.newlineBefore[s] && e - s < 6) {
            s--;
            while (s - 2 >= ss && (t.is(s - 1, "-") || t.is(s - 1, "&") || t.is(s - 1, "!")) && t.glued(s - 2)
                    && t.glued(s - 1) && t.isWord(s - 2)) {
                s -= 2;
            }
        }
        if (t.is(s, "NGO") && s + 1 < e) {
            s++; // "the NGO Tanah Hijau, the association of ...": the noun is no word of the name
        }
        if (s > 0 && s < e && t.glued(s - 1) && t.kind[s - 1] == Tokens.NUMBER) {
            return e; // the end of a word with a digit in it ("Nord5Labs"): no name of its own
        }
        return plainName(s, e) ? s : e;
    }

    /** End of a name of one to four capitalised words starting at token s, or s. */
    private int nameAfter(int s) {
        int se = a.sentEnd(s);
        int e = s;
        while (e < se && a.orgWord(e) && e - s < 6 && (e == s || !t.newlineBefore[e])) {
            e = a.joined(e + 1);
        }
        return plainName(s, e) ? e : s;
    }

    /**
     * End of a name starting at token s of capitalised words with up to two connectors between two of them
     * ("Observatoire de la Côte d'Azur", "Bank of Ghana"), or s.
     */
    private int chainAfter(int s) {
        int e = nameAfter(s);
        while (e > s) {
            int k = e;
            while (k < t.count && k - e < 2 && t.isWord(k) && Lexicon.CONNECTORS.contains(t.word[k])) {
                k++;
            }
            int f = k > e && t.isCap(k) ? nameAfter(k) : k;
            if (f <= k) {
                break;
            }
            e = f;
        }
        return e;
    }

    /**
     * [s, e) may be a name found by its context: capitalised words, not a place, not a person's (a known given name
     * first), not an opener, and no single word the base knows otherwise (a place, a demonym).
     */
    private boolean plainName(int s, int e) {
        if (e <= s || a.placeEnd(s) >= e || a.kb().isGivenName(t.word[s]) || OPENERS.contains(t.word[s])
                || Lexicon.TITLES.contains(t.word[s]) || Lexicon.STOP_CAP.contains(t.word[s])) {
            return false;
        }
        KbEntry one = e - s == 1 ? a.single(s) : null;
        return one == null || !(one.isNonMention() || one.type() == EntityType.LOCATION
                || one.type() == EntityType.PERSON);
    }

    /** Tokens in a person or a place found before this pass, built on first use. */
    private boolean[] personOrPlace;

    /** Whether a candidate found before this pass covers any of [s, e) with a person or a place. */
    private boolean personOrPlaceIn(int s, int e) {
        if (personOrPlace == null) {
            personOrPlace = new boolean[t.count];
            for (Candidate c : a.candidates()) {
                if (c.type == EntityType.PERSON || c.type == EntityType.LOCATION) {
                    for (int k = c.ts; k < c.te; k++) {
                        personOrPlace[k] = true;
                    }
                }
            }
        }
        for (int k = s; k < e; k++) {
            if (personOrPlace[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a candidate found before this pass covers any of [s, e) with a person. */
    private boolean personIn(int s, int e) {
        candAt(s, s); // builds the index
        for (int k = Math.max(0, s - 4); k < e; k++) {
            for (Candidate c : byStart.getOrDefault(k, List.of())) {
                if (c.type == EntityType.PERSON && c.te > s) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a place begins at token k: the base's, or one found before this pass (the gazetteer's). */
    private boolean placeAt(int k) {
        if (a.knownPlace(k)) {
            return true;
        }
        candAt(k, k); // builds the index
        for (Candidate c : byStart.getOrDefault(k, List.of())) {
            if (c.type == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /** Candidates found before this pass, by start token, built on first use. */
    private Map<Integer, List<Candidate>> byStart;

    /** A candidate found before this pass that spans exactly [s, e), or null. */
    private Candidate candAt(int s, int e) {
        if (byStart == null) {
            byStart = new HashMap<>();
            for (Candidate c : a.candidates()) {
                byStart.computeIfAbsent(c.ts, x -> new ArrayList<>(2)).add(c);
            }
        }
        for (Candidate c : byStart.getOrDefault(s, List.of())) {
            if (c.te == e) {
                return c;
            }
        }
        return null;
    }

    /** The longest candidate found before this pass that starts at s and is no person or place, or null. */
    private Candidate nameAt(int s) {
        candAt(s, s); // builds the index
        Candidate best = null;
        for (Candidate c : byStart.getOrDefault(s, List.of())) {
            if (c.type != EntityType.PERSON && c.type != EntityType.LOCATION && (best == null || c.te > best.te)) {
                best = c;
            }
        }
        return best;
    }

    /** The lower-case noun at token i, with a hyphenated part glued to it ("start-up", "spin-off"), or "". */
    private String nounAt(int i) {
        if (t.is(i, "NGO")) {
            return "ngo"; // "the NGO Tanah Hijau", "the Ségou-based NGO X"
        }
        if (!t.isWord(i) || t.isCap(i)) {
            return "";
        }
        if (t.is(i + 1, "-") && t.glued(i) && t.glued(i + 1) && t.isWord(i + 2)) {
            return t.word[i] + "-" + t.word[i + 2];
        }
        return t.word[i];
    }

    /** Words that end the noun phrase of an apposition ("X, the Helsinki company that ..."). */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "that", "which", "who", "whose", "with", "in", "for",
            "based", "and", "or", "from", "to", "on", "at", "by", "is", "was", "has", "had", "will", "said", "says",
            "founded", "led", "run", "owned", "funded", "created", "known", "behind", "since", "where", "now");

    // ------------------------------------------------------------------ appositions

    /**
     * "Bluefors, the Helsinki company,", "QphoX, a spin-off of ...", "EnviDat, the data portal of ...", "LUMI, the
     * pre-exascale supercomputer of ...", "Kartverket, the Norwegian Mapping Authority": a name of one to four
     * capitalised words before a comma and an article takes the type of the noun that ends the phrase after the
     * article (a noun of {@link #NOUNS}), or of the organisation named there; the name is the same wherever else it
     * stands.
     */
    private void appositions() {
        for (int k = 1; k + 2 < t.count; k++) {
            if (!t.is(k, ",") || !(t.is(k + 1, "the") || t.is(k + 1, "a") || t.is(k + 1, "an")
                    || t.is(k + 1, "another"))) {
                continue;
            }
            int s = nameBefore(k);
            if (s == k || personIn(s, k) || candAt(s, k) != null) {
                continue;
            }
            EntityType type = null;
            Candidate named = nameAt(k + 2);
            if (named != null && named.type == EntityType.ORGANIZATION && phraseEnds(named.te)) {
                type = EntityType.ORGANIZATION;
            } else {
                int se = a.sentEnd(k);
                int j = k + 2;
                String noun = "";
                while (j < se && j - k < 10) {
                    if (t.is(j, ",") && a.knownPlace(j + 1) && t.is(j + 2, ",")) {
                        j += 3; // "the Berkeley, California, maker of ..."
                        continue;
                    }
                    if (!t.isWord(j) || PHRASE_ENDS.contains(t.word[j])) {
                        break;
                    }
                    noun = nounAt(j);
                    j += noun.indexOf('-') > 0 ? 3 : 1;
                }
                type = phraseEnds(j) ? NOUNS.get(noun) : null;
            }
            if (type == null) {
                continue;
            }
            a.add(s, k, type, type == EntityType.OTHER ? ExtractionMethod.PATTERN_DATA_NOUN
                    : ExtractionMethod.PATTERN_ROLE, 0.8, 80, null);
            sameWords(s, k, type);
        }
    }

    /** Whether a noun phrase may end before token j: a punctuation mark, the end, or a word of {@link #PHRASE_ENDS}. */
    private boolean phraseEnds(int j) {
        return j >= t.count || !t.isWord(j) && !t.is(j, "-") || PHRASE_ENDS.contains(t.word[j]);
    }

    // ------------------------------------------------------------------ nouns before and after a name

    /** Determiners before a noun phrase that ends with a noun of {@link #NOUNS} and a name. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "its", "their", "The");

    /**
     * "the Paris venture fund Quantonation", "the Dutch state investor Invest-NL", "the data portal EnviDat": a name of
     * one to four capitalised words right after a noun of {@link #NOUNS} that ends a phrase opened by a determiner
     * takes the noun's type.
     */
    private void nounBefore() {
        for (int i = 1; i + 1 < t.count; i++) {
            String noun = nounAt(i);
            EntityType type = NOUNS.get(noun);
            if (type == null) {
                continue;
            }
            int n = noun.indexOf('-') > 0 ? i + 3 : i + 1;
            int e = a.sentEnd(i) > n ? nameAfter(n) : n;
            if (e == n || t.isCap(e) || t.is(e, "-") || personOrPlaceIn(n, e) || candAt(n, e) != null
                    || a.headsIn(n, e)) {
                continue;
            }
            int d = i - 1;
            while (d >= 0 && i - d < 5 && !DETERMINERS.contains(t.word[d])
                    && (t.isWord(d) && !PHRASE_ENDS.contains(t.word[d]) || t.is(d, "-") || basedAt(d))) {
                d -= basedAt(d) ? 2 : 1;
            }
            if (d < 0 || !DETERMINERS.contains(t.word[d])) {
                continue;
            }
            a.add(n, e, type, type == EntityType.OTHER ? ExtractionMethod.PATTERN_DATA_NOUN
                    : ExtractionMethod.PATTERN_ROLE, 0.8, 80, null);
            sameWords(n, e, type);
        }
    }

    /** Token d is the "based" of "X-based" ("the Mopti-based NGO ..."), glued to its hyphen and to X. */
    private boolean basedAt(int d) {
        return t.is(d, "based") && d >= 2 && t.is(d - 1, "-") && t.glued(d - 1) && t.glued(d - 2);
    }

    /** Nouns after a name that say what it is, besides the ones {@link Annotator} reads already. */
    private static final Map<String, EntityType> AFTER = Map.ofEntries(
            Map.entry("association", EntityType.ORGANIZATION), Map.entry("company", EntityType.ORGANIZATION),
            Map.entry("firm", EntityType.ORGANIZATION), Map.entry("consortium", EntityType.ORGANIZATION),
            Map.entry("start-up", EntityType.ORGANIZATION), Map.entry("startup", EntityType.ORGANIZATION),
            Map.entry("incubator", EntityType.ORGANIZATION), Map.entry("charity", EntityType.ORGANIZATION),
            Map.entry("portal", EntityType.OTHER), Map.entry("repository", EntityType.OTHER),
            Map.entry("platform", EntityType.OTHER), Map.entry("reanalysis", EntityType.OTHER),
            Map.entry("package", EntityType.OTHER), Map.entry("software", EntityType.OTHER),
            Map.entry("toolkit", EntityType.OTHER), Map.entry("framework", EntityType.OTHER),
            Map.entry("data", EntityType.OTHER), Map.entry("program", EntityType.OTHER),
            Map.entry("programme", EntityType.OTHER));

    /**
     * "the Hydrogen Europe Research association", "the ERA5 reanalysis", "the GESLA-3 data set", "the EnviDat
     * portal": one to four capitalised words between "the" / "its" / "their" and a noun of {@link #AFTER} ("data"
     * only before "set") are a name of the noun's type, unless a place, a demonym or a head word is among them.
     */
    private void nounAfter() {
        for (int i = 2; i < t.count; i++) {
            String noun = nounAt(i);
            EntityType type = AFTER.get(noun);
            if (type == null || noun.equals("data") && !t.is(i + 1, "set")) {
                continue;
            }
            int s = i;
            while (s - 1 >= a.sentStart(i) && (a.orgWord(s - 1) || t.kind[s - 1] == Tokens.NUMBER
                    || t.is(s - 1, "-") && t.glued(s - 2) && t.glued(s - 1)
                    || type == EntityType.OTHER && (t.is(s - 1, "for") || t.is(s - 1, "of")) && t.isCap(s - 2)
                    && s < i) && i - s < 7) {
                s--;
            }
            if (s == i || !a.orgWord(s) || !(t.is(s - 1, "the") || t.is(s - 1, "The") || t.is(s - 1, "its")
                    || t.is(s - 1, "their")) || !plainName(s, i) || personIn(s, i) || a.headsIn(s, i)) {
                continue;
            }
            a.add(s, i, type, type == EntityType.OTHER ? ExtractionMethod.PATTERN_DATA_NOUN
                    : ExtractionMethod.PATTERN_ROLE, 0.8, 78, null);
        }
    }

    // ------------------------------------------------------------------ data deposited

    /** Verbs of keeping or handing out data and code: "archived on Zenodo", "deposited in PANGAEA". */
    private static final Set<String> DEPOSIT_VERBS = Set.of("archived", "deposited", "hosted", "distributed",
            "mirrored", "uploaded", "downloaded", "stored", "shared", "harvested", "indexed", "preserved",
            "available", "accessible", "obtainable", "retrieved");

    private static final Set<String> DEPOSIT_PREPS = Set.of("on", "in", "at", "through", "via", "from", "by", "with",
            "to");

    /** First words of a document's own parts, which follow the same verbs: "available in Supplementary Table 2". */
    private static final Set<String> OWN_PARTS = Set.of("Supplementary", "Supporting", "Extended", "Appendix",
            "Additional", "Source", "Section", "Note", "Notes", "Box", "Data", "Table", "Tables", "Figure", "Figures",
            "Methods", "Text", "File", "Files", "Movie", "Video", "Electronic", "Online", "Annex", "Chapter", "Part",
            "Supplement", "Dataset", "Code");

    /**
     * "archived on Zenodo", "harvested by Software Heritage", "downloaded from the Copernicus Climate Data Store",
     * "distributed through PyPI and Bioconda": capitalised words after a verb of {@link #DEPOSIT_VERBS} and a
     * preposition are a repository, an archive or a service, OTHER, and so is a second one after "and" / "or";
     * not a place, a person, a name with a head word, nor a part of the document ("Supplementary Table 2").
     */
    private void deposits() {
        for (int v = 0; v + 2 < t.count; v++) {
            if (!t.isWord(v) || !DEPOSIT_VERBS.contains(t.word[v]) || !DEPOSIT_PREPS.contains(w(v + 1))) {
                continue;
            }
            int s = t.is(v + 2, "the") ? v + 3 : v + 2;
            while (s < t.count) {
                int e = s < t.count ? nameAfter(s) : s;
                if (e == s || t.isCap(e) || goesOn(e) || OWN_PARTS.contains(t.word[s]) || a.headsIn(s, e)
                        || a.knownPlace(s)
                        || a.kb().isGivenName(t.word[s])) {
                    break;
                }
                Candidate c = candAt(s, e);
                KbEntry one = a.single(s);
                if ((c == null || c.type == EntityType.PERSON && e - s >= 3) && !(e - s == 1 && one != null)) {
                    a.add(s, e, EntityType.OTHER, ExtractionMethod.PATTERN_DATA_NOUN, 0.75, 88, null);
                }
                if (!(t.is(e, "and") || t.is(e, "or"))) {
                    break;
                }
                s = t.is(e + 1, "the") ? e + 2 : e + 1;
            }
        }
    }

    /** Whether a name goes on after token e-1 over a dash or a connector ("CSC – IT Center", "Read the Docs"). */
    private boolean goesOn(int e) {
        return (t.is(e, "–") || t.is(e, "-") || t.isWord(e) && Lexicon.CONNECTORS.contains(t.word[e]))
                && t.isCap(e + 1);
    }

    private String w(int i) {
        return i >= 0 && i < t.count ? t.word[i] : "";
    }

    // ------------------------------------------------------------------ roles

    /**
     * "built by Tyvak International in Turin", "the DHS Program at ICF in Rockville", "produced by Safran Reosc in
     * France": capitalised words after "by" / "at" and before "in" / a comma and a known place are an organisation
     * (not a person: a known given name first, or a person found already).
     */
    private void byInPlace() {
        for (int i = 0; i + 3 < t.count; i++) {
            if (!(t.is(i, "by") || t.is(i, "at"))) {
                continue;
            }
            int e = chainAfter(i + 1);
            if (e == i + 1 || !(t.is(e, "in") || t.is(e, ",")) || !placeAt(e + 1)
                    || personOrPlaceIn(i + 1, e) || nameAt(i + 1) != null) {
                continue;
            }
            a.add(i + 1, e, EntityType.ORGANIZATION, ExtractionMethod.PATTERN_ROLE, 0.75, 78, null);
        }
    }

    // ------------------------------------------------------------------ last words

    /**
     * Last words that make two or more capitalised words after "the" a name of their type: "the Clean Hydrogen
     * Partnership", "the Offshore Renewable Energy Catapult" (organisations), "the Long Term Ecological Research
     * Network", "the Marie Skłodowska-Curie Actions" (OTHER); and "Government of" before a place ("Government of
     * Quebec").
     */
    private static final Map<String, EntityType> LAST_WORDS = Map.of("Partnership", EntityType.ORGANIZATION,
            "Alliance", EntityType.ORGANIZATION, "Catapult", EntityType.ORGANIZATION, "Coalition",
            EntityType.ORGANIZATION, "Network", EntityType.OTHER, "Actions", EntityType.OTHER);

    private void lastWords() {
        for (int h = 2; h < t.count; h++) {
            if (t.is(h, "Government") && t.is(h + 1, "of") && placeAt(h + 2)) {
                int e = a.placeEnd(h + 2) > h + 2 ? a.placeEnd(h + 2) : h + 3;
                a.add(h, e, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.85, 80, null);
                continue;
            }
            EntityType type = LAST_WORDS.get(t.word[h]);
            if (type == null || t.isCap(h + 1) && !t.isAllCaps(h + 1)) {
                continue;
            }
            int s = h;
            while (s - 1 >= a.sentStart(h) && a.orgWord(s - 1) && h - s < 6) {
                s = s - 1;
                while (s - 2 >= 0 && t.is(s - 1, "-") && t.glued(s - 2) && t.glued(s - 1) && t.isWord(s - 2)) {
                    s -= 2;
                }
            }
            if (h - s < 1 || !(t.is(s - 1, "the") || t.is(s - 1, "The")) || a.headsIn(s, h)) {
                continue;
            }
            a.add(s, h + 1, type, type == EntityType.OTHER ? ExtractionMethod.PATTERN_DATA_NOUN
                    : ExtractionMethod.ORG_HEAD, 0.8, 87, null);
        }
    }

    // ------------------------------------------------------------------ people from a place

    /** Nouns for people who work somewhere: "researchers from QuTech", "a team at Pasqal". */
    private static final Set<String> STAFF = Set.of("researchers", "scientists", "engineers", "team", "teams",
            "colleagues", "staff", "employees", "developers", "founders");

    /**
     * "three researchers from QuTech", "engineers at Qblox": capitalised words after a noun of {@link #STAFF} and
     * "from" / "at" are an organisation, unless a place, a person or a name found already.
     */
    private void teams() {
        for (int i = 0; i + 2 < t.count; i++) {
            if (!t.isWord(i) || !STAFF.contains(t.word[i]) || !(t.is(i + 1, "from") || t.is(i + 1, "at"))) {
                continue;
            }
            int s = t.is(i + 2, "the") ? i + 3 : i + 2;
            int e = s < t.count ? chainAfter(s) : s;
            if (e == s || t.isCap(e) || goesOn(e) || personOrPlaceIn(s, e) || nameAt(s) != null) {
                continue;
            }
            a.add(s, e, EntityType.ORGANIZATION, ExtractionMethod.PATTERN_ROLE, 0.75, 78, null);
        }
    }

    // ------------------------------------------------------------------ names in parentheses

    /** Capitalised words in parentheses after a name that are a role, not a second name. */
    private static final Set<String> ROLES = Set.of("Coordinator", "Partner", "Lead", "Host", "Chair", "Beneficiary",
            "Applicant", "Sponsor", "Funder", "Contractor", "Subcontractor", "Member", "Observer");

    /**
     * "Swedish Research Council for Health, Working Life and Welfare (Forte)", "German Institute for Economic Research
     * (DIW Berlin)": one or two capitalised words in parentheses right after an organisation's name found already are
     * its short name (the acronym pass reads acronyms; this reads the short names that are no acronym), unless a place,
     * a person or a role.
     */
    private void parenthesisedNames() {
        for (int p = 1; p + 2 < t.count; p++) {
            if (!t.is(p, "(")) {
                continue;
            }
            int e = p + 2 < t.count && t.isCap(p + 1) && t.is(p + 2, ")") ? p + 2
                    : p + 3 < t.count && t.isCap(p + 1) && t.isCap(p + 2) && t.is(p + 3, ")") ? p + 3 : -1;
            // a town of the gazetteer in parentheses is where the body stands when the sentence is a list of sites
            // that puts a known place in parentheses too: "X Hospital (Oxford), Haukeland University Hospital
            // (Bergen)"; alone it may be a short name that a town shares ("Finnish Environment Institute (Syke)")
            if (e < 0 || Tokens.isAcronym(t.word[p + 1]) && e == p + 2 || a.placeEnd(p + 1) >= e
                    || a.gazetteerEnd(p + 1) >= e && (placeInParentheses()[t.sentence[p]] || townOfTheBody(a, p))
                    || !plainName(p + 1, e) || ROLES.contains(t.word[p + 1]) || personIn(p + 1, e)) {
                continue;
            }
            if (organisationEndsAt(p)) {
                a.add(p + 1, e, EntityType.ORGANIZATION, ExtractionMethod.ACRONYM_DEFINITION, 0.85, 88, null);
                sameWords(p + 1, e, EntityType.ORGANIZATION);
            }
        }
    }

    /**
     * Per sentence: a knowledge-base place stands alone in parentheses in it ("(Oxford)"), or two gazetteer places do
     * (a list of sites with their towns: "Haukeland University Hospital (Bergen) and St Olavs Hospital (Trondheim)");
     * built on first use.
     */
    private boolean[] placeInParens;

    private boolean[] placeInParentheses() {
        if (placeInParens == null) {
            placeInParens = sitesWithPlaces(a);
        }
        return placeInParens;
    }

    /** See {@link #placeInParentheses}: shared with {@code PlaceCues}, which takes those gazetteer places as places. */
    static boolean[] sitesWithPlaces(CandidateSpace a) {
        Tokens t = a.tokens();
        boolean[] out = new boolean[t.sentenceCount];
        int[] gazetteer = new int[t.sentenceCount];
        for (int p = 0; p + 2 < t.count; p++) {
            if (t.is(p, "(") && t.isCap(p + 1)) {
                int pe = a.placeEnd(p + 1);
                if (pe > p + 1 && t.is(pe, ")")) {
                    out[t.sentence[p]] = true;
                } else {
                    int ge = a.gazetteerEnd(p + 1);
                    if (ge > p + 1 && t.is(ge, ")") && ++gazetteer[t.sentence[p]] >= 2) {
                        out[t.sentence[p]] = true;
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Erasmus MC (Rotterdam)", "Tarnova Finnish Lake Institute (Kuopio)": the gazetteer town alone in the parentheses
     * at token open lies in the country of the organisation or facility whose name ends right before them, as the base
     * places it or a country or demonym in its name says: where the body stands, not its short name. A town of another
     * country, or a body of no known country, leaves a short name possible ("Finnish Environment Institute (Syke)",
     * Syke being a German town).
     */
    static boolean townOfTheBody(CandidateSpace a, int open) {
        Tokens t = a.tokens();
        int e = a.gazetteerEnd(open + 1);
        if (e <= open + 1 || !t.is(e, ")")) {
            return false;
        }
        KbEntry entry = a.gazetteerEntry(open + 1, e);
        String town = entry == null ? null : entry.country();
        if (town == null) {
            return false;
        }
        for (Candidate c : a.candidates()) {
            if (c.te == open && (c.type == EntityType.ORGANIZATION || c.type == EntityType.FACILITY)
                    && town.equals(bodyCountry(a, c))) {
                return true;
            }
        }
        return false;
    }

    /** The country of a body's candidate: its base entry's, or that of a country or demonym among its words. */
    private static String bodyCountry(CandidateSpace a, Candidate c) {
        if (c.kb != null && c.kb.country() != null) {
            return c.kb.country();
        }
        for (int k = c.ts; k < c.te; k++) {
            KbEntry w = a.tokens().isWord(k) ? a.single(k) : null;
            if (w != null && w.country() != null && (w.isCountry() || w.isNonMention() && !w.ambiguous())) {
                return w.country();
            }
        }
        return null;
    }

    /** Organisations of two words or more found before this pass, by end token, built on first use. */
    private Set<Integer> orgEnds;

    private boolean organisationEndsAt(int p) {
        if (orgEnds == null) {
            orgEnds = new java.util.HashSet<>();
            for (Candidate c : a.candidates()) {
                if (c.type == EntityType.ORGANIZATION && c.te - c.ts >= 2) {
                    orgEnds.add(c.te);
                }
            }
        }
        return orgEnds.contains(p);
    }

    /**
     * "CSC – IT Center for Science": an acronym, a dash with spaces around it and an organisation's name found already
     * are one name.
     */
    private void acronymDash() {
        for (int k = 0; k + 2 < t.count; k++) {
            if (!Tokens.isAcronym(t.word[k]) || !(t.is(k + 1, "–") || t.is(k + 1, "-")) || t.glued(k)
                    || t.glued(k + 1)) {
                continue;
            }
            Candidate c = nameAt(k + 2);
            // not a dateline's place in capitals ("KESTRELTOWN — Vanter University of ..."), found before this pass
            if (c != null && c.type == EntityType.ORGANIZATION && c.te - c.ts >= 2 && !placeAt(k)) {
                a.add(k, c.te, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.85, 85, null);
            }
        }
    }

    /**
     * "IQM Quantum Computers, based in Espoo, Finland, has ...": two or more capitalised words, a comma and "based in"
     * / "headquartered in" a place are an organisation (not a person's name: a known given name first, or a person
     * found already).
     */
    private void basedIn() {
        for (int k = 2; k + 3 < t.count; k++) {
            if (!t.is(k, ",") || !(t.is(k + 1, "based") || t.is(k + 1, "headquartered")) || !t.is(k + 2, "in")
                    || !placeAt(k + 3)) {
                continue;
            }
            int s = nameBefore(k);
            if (k - s >= 2 && !personIn(s, k) && candAt(s, k) == null && !a.headsIn(s, k)) {
                a.add(s, k, EntityType.ORGANIZATION, ExtractionMethod.PATTERN_ROLE, 0.75, 78, null);
            }
        }
    }

    /**
     * A line of a numbered or bulleted list that begins with a name, a comma and a place ("6. Tecnalia, Derio, Spain.",
     * "- DNV, Høvik, Norway."): the name is an organisation, as in a list of partners (not a person's name, nor a
     * place).
     */
    private void listedLines() {
        for (int f = 0; f + 3 < t.count; f++) {
            if (!(f == 0 || t.newlineBefore[f])) {
                continue;
            }
            int m = t.kind[f] == Tokens.NUMBER && t.is(f + 1, ".") ? f + 2
                    : t.is(f, "-") || t.is(f, "•") || t.is(f, "*") ? f + 1 : -1;
            if (m < 0 || t.newlineBefore[m]) {
                continue;
            }
            int e = chainAfter(m);
            if (e > m && t.is(e, ",") && placeAt(e + 1) && !personIn(m, e) && candAt(m, e) == null
                    && nameAt(m) == null) {
                a.add(m, e, EntityType.ORGANIZATION, ExtractionMethod.PATTERN_AFFILIATION, 0.7, 70, null);
            }
        }
    }

    // ------------------------------------------------------------------ examples

    /** Plural nouns before "such as" and the type of the names they introduce. */
    private static final Map<String, EntityType> KINDS = Map.ofEntries(
            Map.entry("companies", EntityType.ORGANIZATION), Map.entry("firms", EntityType.ORGANIZATION),
            Map.entry("start-ups", EntityType.ORGANIZATION), Map.entry("startups", EntityType.ORGANIZATION),
            Map.entry("manufacturers", EntityType.ORGANIZATION), Map.entry("investors", EntityType.ORGANIZATION),
            Map.entry("benchmarks", EntityType.OTHER), Map.entry("compilers", EntityType.OTHER),
            Map.entry("datasets", EntityType.OTHER), Map.entry("databases", EntityType.OTHER),
            Map.entry("repositories", EntityType.OTHER), Map.entry("frameworks", EntityType.OTHER),
            Map.entry("toolkits", EntityType.OTHER), Map.entry("packages", EntityType.OTHER),
            Map.entry("platforms", EntityType.OTHER), Map.entry("programmes", EntityType.OTHER),
            Map.entry("registries", EntityType.OTHER), Map.entry("telescopes", EntityType.FACILITY),
            Map.entry("satellites", EntityType.FACILITY), Map.entry("supercomputers", EntityType.FACILITY));

    /**
     * "benchmarks such as MLPerf Tiny and the Long Range Arena", "companies such as Kvant and Orbis": names of
     * capitalised words listed after a plural noun of {@link #KINDS} and "such as" (separated by commas, "and", "or")
     * take the noun's type; the list stops at anything else, and a place, a person or a name of another type found
     * already is left as it is.
     */
    private void suchAs() {
        for (int i = 0; i + 3 < t.count; i++) {
            if (!t.is(i + 1, "such") || !t.is(i + 2, "as") || !t.isWord(i)) {
                continue;
            }
            EntityType type = KINDS.get(t.word[i].toLowerCase(java.util.Locale.ROOT));
            if (type == null) {
                continue;
            }
            int k = i + 3;
            for (int n = 0; n < 8 && k < t.count; n++) {
                int s = t.is(k, "the") ? k + 1 : k;
                int e = nameAfter(s);
                if (e == s || goesOn(e) || t.isCap(e)) {
                    break;
                }
                Candidate c = nameAt(s);
                if (c == null && !personOrPlaceIn(s, e) && !(e - s == 1 && a.single(s) != null)) {
                    a.add(s, e, type, type == EntityType.OTHER ? ExtractionMethod.PATTERN_DATA_NOUN
                            : ExtractionMethod.PATTERN_ROLE, 0.75, 78, null);
                }
                if (t.is(e, ",") && (t.is(e + 1, "and") || t.is(e + 1, "or"))) {
                    k = e + 2;
                } else if (t.is(e, ",") || t.is(e, "and") || t.is(e, "or")) {
                    k = e + 1;
                } else {
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ short names

    /** Last words of a company's name after which its first word alone is the company: "Rigetti Computing". */
    private static final Set<String> BUSINESS = Set.of("Computing", "Technologies", "Technology", "Systems",
            "Industries", "Solutions", "Networks", "Instruments", "Robotics", "Therapeutics", "Biosciences",
            "Pharmaceuticals", "Semiconductors", "Photonics", "Aerospace", "Electronics", "Communications",
            "Holdings", "Ventures", "Capital", "Computers", "Quantum", "Energy", "Power", "Software", "Analytics");

    /**
     * An organisation of two or three words found in this pass or before it whose last word is of {@link #BUSINESS}
     * ("Rigetti Computing", "IQM Quantum Computers"), a legal form aside ("Nuvola Computing Inc."): its first word
     * alone, elsewhere, is the same company.
     */
    private void businessShortNames() {
        List<Candidate> found = new ArrayList<>(a.candidates());
        for (Candidate c : found) {
            int last = c.te - 1;
            if (FORMS.contains(t.word[last])) {
                last--; // "Nuvola Computing Inc"
            }
            if (c.type != EntityType.ORGANIZATION || last <= c.ts || last - c.ts > 2 || !t.isWord(last)
                    || !BUSINESS.contains(t.word[last]) || !plainName(c.ts, c.ts + 1)) {
                continue;
            }
            sameWords(c.ts, c.ts + 1, EntityType.ORGANIZATION);
        }
    }

    /**
     * "APC Microbiome Ireland", "KESSA Genomics Norway": an acronym, one or two capitalised words and a country's name,
     * with no capitalised word after, are one organisation's name (as national bodies name themselves after their
     * country: "Science Foundation Ireland"), not a place after two unknown words.
     */
    private void acronymCountryNames() {
        for (int i = 0; i + 2 < t.count; i++) {
            if (!Tokens.isAcronym(w(i)) || a.single(i) != null || personOrPlaceIn(i, i + 1)) {
                continue;
            }
            int k = i + 1;
            while (k < i + 3 && t.isWord(k) && t.isCap(k) && !t.newlineBefore[k] && plainName(k, k + 1)
                    && !Tokens.isAcronym(t.word[k])
                    && !personOrPlaceIn(k, k + 1)) {
                k++;
            }
            int e = a.placeEnd(k);
            KbEntry country = e > k ? a.kb().byName(t.span(k, e)) : null;
            if (k == i + 1 || country == null || !country.isCountry() || t.newlineBefore[k] || t.isCap(e)
                    || t.is(e, "'s")) {
                continue;
            }
            a.add(i, e, EntityType.ORGANIZATION, ExtractionMethod.PATTERN_ROLE, 0.75, 78, null);
        }
    }

    // ------------------------------------------------------------------ acronyms

    /**
     * "SINTEF Energy Research (SINTEF ER)": an acronym of two words in parentheses, the first the first word of the
     * name before it and the second the initials of the name's other capitalised words, defines both; the acronym is
     * the same name wherever else it stands.
     */
    private void twoWordAcronyms() {
        for (int p = 2; p + 3 < t.count; p++) {
            if (!t.is(p, "(") || !t.is(p + 3, ")") || !t.isCap(p + 1) || !Tokens.isAcronym(w(p + 2))) {
                continue;
            }
            String acr = t.word[p + 2];
            int s = p - 1;
            int ss = a.sentStart(p);
            while (s >= ss && p - s < 10 && !t.word[s].equals(t.word[p + 1])
                    && (a.orgWord(s) || Lexicon.CONNECTORS.contains(t.word[s]) || t.is(s, "and"))) {
                s--;
            }
            if (s < ss || !t.word[s].equals(t.word[p + 1]) || s + 1 >= p) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int k = s + 1; k < p; k++) {
                if (t.isCap(k)) {
                    initials.append(t.word[k].charAt(0));
                }
            }
            if (!initials.toString().equals(acr)) {
                continue;
            }
            EntityType type = a.headType(s, p);
            a.add(s, p, type, ExtractionMethod.ACRONYM_DEFINITION, 0.85, 86, null);
            a.add(p + 1, p + 3, type, ExtractionMethod.ACRONYM_DEFINITION, 0.9, 88, null);
            sameWords(p + 1, p + 3, type);
        }
    }

    // ------------------------------------------------------------------ legal forms

    /**
     * Companies' legal forms that {@link Lexicon#LEGAL_FORMS} does not hold (as head words), written as one token
     * ("SAS", "Oyj") or as letters with dots or a slash ("A/S", "S.A.", "N.V."): the key is the form without its dots.
     * The forms that are also abbreviations of places or words ("AS", "SA", "AB", "SE", "NV") count only after a
     * name that is not a place.
     */
    private static final Set<String> FORMS = Set.of("AS", "A/S", "SAS", "SA", "AB", "SE", "NV", "Oyj", "ApS", "plc",
            "Srl", "SRL", "Sarl", "SARL", "SL", "Limited", "LLP", "KK", "SpA", "BV", "Ltd", "Inc", "AG",
            "GmbH", "LLC", "Corp", "PLC", "Oy", "ASA", "KGaA", "Pty");

    /**
     * The longest of {@link #FORMS}: {@link #formEnd} stops reading letters joined by dots once they are longer. It read
     * them to the run's end from every token of the run, so that "A.A.A.…" took seconds for 30,000 characters and grew
     * with the square of the run, with no loop boundary where a time limit could stop it (the fuzzer of 7 Dec 2026,
     * src/test/java/org/citemeta/fuzz/README.md).
     */
    private static final int LONGEST_FORM = FORMS.stream().mapToInt(String::length).max().orElse(0);

    /** End (exclusive) of a legal form starting at token k ("A/S", "S.A.", "N.V.", "SAS"), or k. */
    private int formEnd(int k) {
        if (!t.isWord(k) || !Character.isUpperCase(t.word[k].charAt(0)) && !t.is(k, "plc")) {
            return k;
        }
        StringBuilder b = new StringBuilder(t.word[k]);
        int e = k + 1;
        // letters joined by dots or a slash: "S.A.", "N.V.", "S.p.A.", "A/S"
        while ((t.is(e, ".") || t.is(e, "/")) && t.glued(e - 1) && t.glued(e) && t.isWord(e + 1)
                && t.word[e + 1].length() <= 2) {
            b.append(t.is(e, "/") ? "/" : "").append(t.word[e + 1]);
            e += 2;
            if (b.length() > LONGEST_FORM) {
                return k; // no form is longer: the same answer as at the run's end, without reading the run to its end
            }
        }
        String form = b.toString();
        if (!FORMS.contains(form)) {
            return k;
        }
        if (e > k + 1 && t.is(e, ".") && t.glued(e - 1) && !form.contains("/")) {
            e++; // the last dot of "S.A."
        }
        return e;
    }

    /**
     * "Ørsted Wind Power A/S", "Lhyfe SAS", "Nel Hydrogen Electrolyser AS": one to five capitalised words before a
     * legal form, the form ending the name (a punctuation mark, a line break or a word in lower case after it), are a
     * company; the name without its form ("Lhyfe") is the same company wherever else it stands.
     */
    private void legalForms() {
        List<int[]> shortNames = new ArrayList<>();
        for (int k = 1; k < t.count; k++) {
            int e = formEnd(k);
            if (e == k || t.newlineBefore[k] || !(e >= t.count || t.newlineBefore[e] || !t.isWord(e)
                    || !t.isCap(e))) {
                continue;
            }
            int s = k;
            int ss = a.sentStart(k);
            while (s - 1 >= ss && a.orgWord(s - 1) && !t.newlineBefore[s] && k - s < 5) {
                s--;
                while (s - 2 >= ss && (t.is(s - 1, "-") || t.is(s - 1, "&")) && t.glued(s - 2) && t.glued(s - 1)
                        && t.isWord(s - 2)) {
                    s -= 2;
                }
            }
            if (s == k || a.knownPlace(s) || a.kb().isGivenName(t.word[s]) || Lexicon.head(t.word[s]) != null
                    && s + 1 == k) {
                continue;
            }
            a.add(s, e, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.85, 82, null);
            shortNames.add(new int[]{s, k});
        }
        for (int[] n : shortNames) {
            sameWords(n[0], n[1], EntityType.ORGANIZATION);
        }
    }

    /** Names already spread by {@link #sameWords}, with their type. */
    private final Set<String> spread = new java.util.HashSet<>();

    /** Positions of every word, built on first use. */
    private Map<String, List<Integer>> positions;

    /**
     * The words [s, e) wherever else they stand (as written, not inside a longer run of capitalised words), as a name
     * of the given type; the selection keeps a longer name that holds them.
     */
    private void sameWords(int s, int e, EntityType type) {
        if (positions == null) {
            positions = new HashMap<>();
            for (int i = 0; i < t.count; i++) {
                if (t.isWord(i)) {
                    positions.computeIfAbsent(t.word[i], x -> new ArrayList<>(2)).add(i);
                }
            }
        }
        int len = e - s;
        if (!spread.add(type + " " + t.span(s, e))) {
            return; // spread once per name: a name found a thousand times is not spread a thousand times
        }
        for (int i : positions.getOrDefault(t.word[s], List.of())) {
            if (i == s || i + len > t.count) {
                continue;
            }
            boolean same = true;
            for (int j = 1; j < len && same; j++) {
                same = t.word[i + j].equals(t.word[s + j]);
            }
            if (same && !(t.isWord(i + len) && t.isCap(i + len)) && !(t.isWord(i - 1) && t.isCap(i - 1))) {
                a.add(i, i + len, type, ExtractionMethod.ALIAS, 0.8, 80, null);
            }
        }
    }
}
