package org.citemeta.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * Organisations known by a short name without a head word, taken where the words around them say what they are: the
 * employer after a person and "of" or "at" ("Ada Lind of Velmora said"), a name after "Tarku-based", the maker after
 * a supply verb and "by" with its town ("supplied by Brisko Hydro of Holt"), the names after a plural company noun
 * ("the grid operators Velnet and Holtgrid"), the first word of a company's name alone ("Velmora" after "Velmora
 * Biologics B.V."), an acronym after an other-language name in parentheses ("(Badan Velmora Nasional, BVN)"), a
 * known company and a company word ("Samsung Biologics"), former employers ("worked at Velmora Bank and Holt IBK"),
 * the names of a list before a verb of what companies do ("Velmora and Brisko have plants in ...") and a name joined
 * by "and" to an organisation found already ("Google and Velmora"). Runs from
 * {@link Annotator#run()} after {@link CompanyContext}; it adds names only where no other candidate is, except where
 * a rule says what it may replace (a person guessed from a role, a place inside the name, a known name it extends).
 */
final class OrganisationCues {
    private final CandidateSpace a;
    private final Tokens t;
    private boolean[] covered;

    OrganisationCues(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        cover();
        employersAfterOf();
        basedIn();
        supplied();
        afterPluralNoun();
        firstWordAlone();
        acronymAfterComma();
        knownNameAndCompanyWord();
        workedAt();
        listBeforeCompanyVerb();
        joinedByAnd();
    }

    /** The candidates by their first token, and the longest candidate's length, to find overlaps in bounded time. */
    private List<List<Candidate>> byStart;
    private int maxSpan;

    private void cover() {
        covered = new boolean[t.count + 1];
        byStart = new ArrayList<>(t.count + 1);
        for (int k = 0; k <= t.count; k++) {
            byStart.add(null);
        }
        for (Candidate c : a.candidates()) {
            index(c);
        }
    }

    private void index(Candidate c) {
        for (int k = c.ts; k < c.te; k++) {
            covered[k] = true;
        }
        if (byStart.get(c.ts) == null) {
            byStart.set(c.ts, new ArrayList<>(2));
        }
        byStart.get(c.ts).add(c);
        maxSpan = Math.max(maxSpan, c.te - c.ts);
    }

    /** Drops candidates from the document and from the index (their tokens stay marked covered: no harm). */
    private void drop(List<Candidate> drop) {
        if (drop.isEmpty()) {
            return;
        }
        a.candidates().removeAll(drop);
        for (Candidate c : drop) {
            byStart.get(c.ts).remove(c);
        }
    }

    /** The candidates that overlap [s, e), found among those starting at most {@link #maxSpan} tokens before s. */
    private List<Candidate> overlapping(int s, int e) {
        List<Candidate> out = new ArrayList<>(2);
        for (int p = Math.max(0, s - maxSpan); p < e && p < t.count; p++) {
            List<Candidate> l = byStart.get(p);
            if (l != null) {
                for (Candidate c : l) {
                    if (c.te > s) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private boolean free(int s, int e) {
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean addOrg(int s, int e, ExtractionMethod m, int prio) {
        Candidate c = a.add(s, e, EntityType.ORGANIZATION, m, 0.75, prio, null);
        if (c != null) {
            index(c);
            return true;
        }
        return false;
    }

    /**
     * The end of one unit of a name at k: a capitalised word and what is glued to it without a space (digits, words,
     * hyphen-joined words: "Norrsken22", "Flat6Labs", "Sherwin-Williams"), or k.
     */
    private int unitEnd(int k) {
        if (!a.orgWord(k)) {
            return k;
        }
        int e = k + 1;
        while (e < t.count && t.glued(e - 1) && !t.newlineBefore[e]) {
            if (t.kind[e] == Tokens.WORD || t.kind[e] == Tokens.NUMBER) {
                e++;
            } else if ((t.is(e, "-") || t.is(e, "&")) && t.glued(e)
                    && (t.isWord(e + 1) || e + 1 < t.count && t.kind[e + 1] == Tokens.NUMBER)) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * The end of a name of one to three units at k that no other capitalised word, "'s" or number follows, or k.
     */
    private int name(int k) {
        int e = k;
        int units = 0;
        while (units < 3 && e < t.count && !(e > k && t.newlineBefore[e])) {
            int u = unitEnd(e);
            if (u == e) {
                break;
            }
            e = u;
            units++;
        }
        if (e == k || e < t.count && (t.isCap(e) && !t.newlineBefore[e] || t.is(e, "'s")
                || t.kind[e] == Tokens.NUMBER)) {
            return k;
        }
        return e;
    }

    /** [s, e) is no place, given name first, head word, single known name, opener, title or month. */
    private boolean plain(int s, int e) {
        return a.placeEnd(s) < e && a.gazetteerEnd(s) < e && !a.kb().isGivenName(t.word[s]) && !a.headsIn(s, e)
                && !(e - s == 1 && a.single(s) != null) && !Lexicon.STOP_CAP.contains(t.word[s])
                && !Lexicon.TITLES.contains(t.word[s]) && !Lexicon.MONTHS.contains(t.word[s]);
    }

    // ------------------------------------------------------------------ employer after "of"

    /** Words that may follow an employer's name after "Person of": a verb of speech, or punctuation. */
    private static final Set<String> AFTER_EMPLOYER = Set.of(",", ";", ":", ".", ")", "said", "says", "told",
            "added", "explained", "noted", "presented", "spoke", "argued", "warned", "stressed", "and");

    /**
     * "Ole Holm of Velmora said", "Dr Ada Lind of VKR, the ...": one to three capitalised words after "of" or "at"
     * right after a person's full name, then a speech verb or punctuation, are the person's employer.
     */
    private void employersAfterOf() {
        List<Candidate> persons = new ArrayList<>();
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.PERSON && c.te - c.ts >= 2 && c.method != ExtractionMethod.PATTERN_REFERENCE) {
                persons.add(c);
            }
        }
        for (Candidate p : persons) {
            int k = p.te + 1;
            if (!(t.is(p.te, "of") || t.is(p.te, "at")) || t.newlineBefore[k]) {
                continue;
            }
            int e = name(k);
            if (e > k && e < t.count && AFTER_EMPLOYER.contains(t.word[e]) && free(k, e) && plain(k, e)) {
                addOrg(k, e, ExtractionMethod.PATTERN_ROLE, 74);
            }
        }
    }

    // ------------------------------------------------------------------ X-based

    /** Nouns of organisations that a capital may start ("the Tarku-based NGO Velmora"): no name. */
    private static final Set<String> GENERIC = Set.of("ngo", "ngos", "sme", "smes");

    /** "Tarku-based Velmora Kemi": the name after a capitalised word glued to "-based" is an organisation. */
    private void basedIn() {
        for (int k = 2; k < t.count; k++) {
            if (!t.is(k - 1, "based") || !t.is(k - 2, "-") || !t.glued(k - 3) || !t.glued(k - 2) || !t.isCap(k - 3)) {
                continue;
            }
            int e = name(k);
            if (e > k && onlyInside(k, e) && plain(k, e) && !GENERIC.contains(t.word[k].toLowerCase(Locale.ROOT))) {
                addOrg(k, e, ExtractionMethod.PATTERN_ROLE, 72);
            }
        }
    }

    /** Every candidate that overlaps [s, e) lies inside it and does not start at s ("Africa" of "Velmora Africa"). */
    private boolean onlyInside(int s, int e) {
        if (covered[s]) {
            return false;
        }
        for (Candidate c : overlapping(s, e)) {
            if (c.ts <= s || c.te > e) {
                return false;
            }
        }
        return true;
    }

    /**
     * No candidate overlaps [s, e) but persons guessed from a role or a speech verb alone over exactly [s, e), which
     * are dropped.
     */
    private boolean freeOfGuesses(int s, int e) {
        List<Candidate> drop = new ArrayList<>();
        for (Candidate c : overlapping(s, e)) {
            if (c.ts == s && c.te == e && c.type == EntityType.PERSON && c.method == ExtractionMethod.PATTERN_ROLE) {
                drop.add(c);
            } else {
                return false;
            }
        }
        drop(drop);
        return true;
    }

    // ------------------------------------------------------------------ supply verbs

    /** Verbs of making and supplying before "by": the maker is named after them. */
    private static final Set<String> SUPPLY = Set.of("supplied", "built", "manufactured", "delivered", "made",
            "produced", "installed", "fabricated");

    /**
     * "supplied by Brisko Hydro of Holt", "built by Velmora in Tarku": a name after a supply verb and "by" that "in" or
     * "of" and a known place follow is the maker; it wins over a person guessed from a role ("X of Holt").
     */
    private void supplied() {
        for (int k = 2; k < t.count; k++) {
            if (!t.is(k - 1, "by") || !t.isWord(k - 2) || !SUPPLY.contains(t.word[k - 2])) {
                continue;
            }
            int e = name(k);
            if (e == k || !plain(k, e)) {
                continue;
            }
            boolean placed = (t.is(e, "in") || t.is(e, "of"))
                    && (a.placeEnd(e + 1) > e + 1 || a.gazetteerEnd(e + 1) > e + 1);
            if (placed && freeOfGuesses(k, e)) {
                addOrg(k, e, ExtractionMethod.PATTERN_ROLE, 72);
            }
        }
    }

    // ------------------------------------------------------------------ plural company nouns

    /** Plural lower-case nouns of companies and investors before their names ("the grid operators X and Y"). */
    private static final Set<String> PLURAL_NOUNS = Set.of("operators", "companies", "firms", "groups", "makers",
            "drugmakers", "carmakers", "lenders", "banks", "investors", "insurers", "retailers", "manufacturers",
            "suppliers", "contractors", "utilities", "start-ups", "startups", "rivals", "competitors", "funds",
            "producers", "distributors", "brokers", "consultancies", "airlines");

    /**
     * "the grid operators Velnet and Holtgrid", "the suppliers Brisko, Kattegrin and Holm": the names of a list
     * closed by "and" right after a plural company noun are organisations.
     */
    private void afterPluralNoun() {
        for (int n = 0; n + 1 < t.count; n++) {
            if (!t.isWord(n) || !PLURAL_NOUNS.contains(t.word[n])) {
                continue;
            }
            int k = n + 1;
            List<int[]> names = new ArrayList<>();
            boolean closed = false;
            while (names.size() < 8) {
                int e = name(k);
                if (e == k || !free(k, e) || !plain(k, e)) {
                    break;
                }
                names.add(new int[] {k, e});
                if (closed) {
                    break;
                }
                if (t.is(e, ",") && t.is(e + 1, "and")) {
                    k = e + 2;
                    closed = true;
                } else if (t.is(e, "and")) {
                    k = e + 1;
                    closed = true;
                } else if (t.is(e, ",")) {
                    k = e + 1;
                } else {
                    break;
                }
            }
            if (closed && names.size() >= 2) {
                for (int[] p : names) {
                    addOrg(p[0], p[1], ExtractionMethod.PATTERN_ROLE, 72);
                }
            }
        }
    }

    // ------------------------------------------------------------------ the first word of a company's name

    /** Legal forms written with dots, as letters between dots ("B.V.", "N.V.", "S.A."). */
    private boolean dottedForm(int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int k = s; k < e; k++) {
            boolean letter = (k - s) % 2 == 0;
            if (letter ? !(t.isWord(k) && t.word[k].length() <= 2 && t.isCap(k)) : !t.is(k, ".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Velmora Biologics B.V." or "Brisko-Tek GmbH" found as an organisation: the first word alone elsewhere
     * ("Velmora said", "Brisko-Tek") is the same company, also where a person was guessed for it.
     */
    private void firstWordAlone() {
        Map<String, Candidate> names = new HashMap<>();
        for (Candidate c : a.candidates()) {
            if (c.type != EntityType.ORGANIZATION || !t.isCap(c.ts)) {
                continue;
            }
            int u = unitEnd(c.ts);
            if (u <= c.ts || u >= c.te || !(u > c.ts + 1 || t.word[c.ts].length() > 3)) {
                continue;
            }
            int k = u;
            while (k < c.te && t.isWord(k) && CompanyContext.COMPANY_ENDS.contains(t.word[k])) {
                k++;
            }
            boolean form = k + 1 == c.te && t.isWord(k) && FORMS.contains(t.word[k]) || dottedForm(k, c.te)
                    || dottedForm(k, c.te - 1) && t.is(c.te - 1, ".");
            if (!(form && (k > u || u > c.ts + 1))) {
                continue; // a company word and a legal form, or a hyphenated name and a legal form
            }
            if (a.kb().isGivenName(t.word[c.ts]) || a.placeEnd(c.ts) >= u || a.headsIn(c.ts, u)) {
                continue;
            }
            names.putIfAbsent(t.span(c.ts, u), c);
        }
        if (names.isEmpty()) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            if (!t.isCap(k) || t.isCap(k - 1) && !t.newlineBefore[k] || t.is(k - 1, "-")) {
                continue;
            }
            int u = unitEnd(k);
            if (u == k || !names.containsKey(t.span(k, u)) || t.isCap(u) && !t.newlineBefore[u] || t.is(u, "-")) {
                continue;
            }
            List<Candidate> drop = new ArrayList<>();
            boolean ok = true;
            for (Candidate c : overlapping(k, u)) {
                if (c.ts == k && c.te == u && c.type != EntityType.ORGANIZATION) {
                    drop.add(c);
                } else {
                    ok = false;
                }
            }
            if (ok) {
                drop(drop);
                addOrg(k, u, ExtractionMethod.ALIAS, 75);
            }
        }
    }

    /** Legal forms after a company's name. */
    private static final Set<String> FORMS = Set.of("Oyj", "Oy", "AS", "ASA", "AB", "AG", "KGaA", "GmbH", "SE",
            "NV", "BV", "SpA", "Inc", "Ltd", "PLC", "plc", "LLC", "SA", "SAS", "Srl", "SRL", "ry");

    // ------------------------------------------------------------------ acronym after an other-language name

    /**
     * "the Velmora Research Agency (Badan Riset Velmora, BRV)": an acronym after a comma at the end of parentheses
     * that hold an organisation's other name is an organisation; its first letter is the name's first letter.
     */
    private void acronymAfterComma() {
        Map<Integer, Candidate> orgAt = new HashMap<>();
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.ORGANIZATION && t.is(c.ts - 1, "(")) {
                Candidate o = orgAt.get(c.ts);
                if (o == null || o.te < c.te) {
                    orgAt.put(c.ts, c);
                }
            }
        }
        for (Candidate c : orgAt.values()) {
            int k = c.te + 1;
            if (!t.is(c.te, ",") || !t.is(k + 1, ")") || !t.isAllCaps(k) || !Tokens.isAcronym(t.word[k])
                    || t.word[k].charAt(0) != t.word[c.ts].charAt(0) || !free(k, k + 1)) {
                continue;
            }
            Candidate n = a.add(k, k + 1, EntityType.ORGANIZATION, ExtractionMethod.ACRONYM_DEFINITION, 0.8, 80, null);
            if (n != null) {
                index(n);
            }
        }
    }

    // ------------------------------------------------------------------ a list before a company's verb

    /** Verbs that say what companies do, after a list of their names ("X and Y produce medicines"). */
    private static final Set<String> COMPANY_VERBS = Set.of("produce", "manufacture", "compete", "supply", "sell",
            "employ", "export");

    /** What companies have or did, after "have" ("X and Y have plants in ..."). */
    private static final Set<String> HAVE_WHAT = Set.of("plants", "factories", "subsidiaries", "hired", "merged");

    /**
     * "Velmora, Brisko and Holt-Kem have plants in Tarku", "Velmora and Brisko produce paints", "Velmora and Brisko,
     * which compete with ...": the names of a list closed by "and" before a verb of what companies do are
     * organisations.
     */
    private void listBeforeCompanyVerb() {
        for (int k = 0; k < t.count; k++) {
            if (!a.orgWord(k) || k > 0 && (t.isCap(k - 1) && !t.newlineBefore[k] || t.is(k - 1, "-") && t.glued(k - 1)
                    || t.is(k - 1, ",") || t.is(k - 1, "and") && !t.is(k - 2, ",")
                    || t.isWord(k - 1) && Lexicon.CONNECTORS.contains(t.word[k - 1]))) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            boolean closed = false;
            int j = k;
            while (names.size() < 8) {
                int e = name(j);
                if (e == j || !onlyInside(j, e) || !plain(j, e)) {
                    names.clear();
                    break;
                }
                names.add(new int[] {j, e});
                j = e;
                if (closed) {
                    break;
                }
                if (t.is(e, "and")) {
                    j = e + 1;
                    closed = true;
                } else if (t.is(e, ",") && !t.is(e + 1, "which")) {
                    j = e + 1;
                } else {
                    break;
                }
            }
            if (!closed || names.size() < 2) {
                continue;
            }
            int v = t.is(j, ",") && t.is(j + 1, "which") ? j + 2 : j;
            boolean verb = t.isWord(v) && COMPANY_VERBS.contains(t.word[v])
                    || t.is(v, "have") && t.isWord(v + 1) && HAVE_WHAT.contains(t.word[v + 1]);
            if (verb) {
                for (int[] p : names) {
                    addOrg(p[0], p[1], ExtractionMethod.PATTERN_ROLE, 70);
                }
            }
        }
    }

    // ------------------------------------------------------------------ a known company and a company word

    /**
     * "Velmora Biologics" where "Velmora" alone is a known organisation: a word of {@link CompanyContext#COMPANY_ENDS}
     * after it, and no capitalised word after that, makes the longer name of a company of the group.
     */
    private void knownNameAndCompanyWord() {
        for (Candidate c : new ArrayList<>(a.candidates())) {
            int h = c.te;
            if (c.type != EntityType.ORGANIZATION || c.te - c.ts != 1 || c.kb == null || !t.isWord(h)
                    || !CompanyContext.COMPANY_ENDS.contains(t.word[h]) || t.newlineBefore[h]
                    || t.isCap(h + 1) && !t.newlineBefore[h + 1] || covered[h]) {
                continue;
            }
            addOrg(c.ts, h + 1, ExtractionMethod.ORG_HEAD, 76);
        }
    }

    // ------------------------------------------------------------------ former and present employers

    /** Lower-case words before an employer's name: "she worked at Velmora Bank and Holt Kemi". */
    private static final Set<String> WORK = Set.of("worked at", "works at", "working at", "worked for",
            "works for", "working for");

    /**
     * "worked at Velmora Bank and Holt IBK": one or two names (joined by "and") after "worked at" or "works for" are
     * organisations, also with an organisation's head word in them, unless they are a place or a person.
     */
    private void workedAt() {
        for (int k = 2; k < t.count; k++) {
            if (!(t.is(k - 1, "at") || t.is(k - 1, "for")) || !t.isWord(k - 2)
                    || !WORK.contains(t.word[k - 2].toLowerCase(Locale.ROOT) + " " + t.word[k - 1])) {
                continue;
            }
            int e = name(k);
            if (e > k && employer(k, e)) {
                addOrg(k, e, ExtractionMethod.PATTERN_ROLE, 72);
                if (t.is(e, "and")) {
                    int f = name(e + 1);
                    if (f > e + 1 && employer(e + 1, f)) {
                        addOrg(e + 1, f, ExtractionMethod.PATTERN_ROLE, 72);
                    }
                }
            }
        }
    }

    /** [s, e) is free and no place, given name first, opener, title or month, and its head words (if any) an org's. */
    private boolean employer(int s, int e) {
        EntityType h = a.nameType(s, e);
        return free(s, e) && a.placeEnd(s) < e && a.gazetteerEnd(s) < e && !a.kb().isGivenName(t.word[s])
                && (h == null || h == EntityType.ORGANIZATION) && !Lexicon.STOP_CAP.contains(t.word[s])
                && !Lexicon.TITLES.contains(t.word[s]) && !Lexicon.MONTHS.contains(t.word[s]);
    }

    // ------------------------------------------------------------------ joined by "and" to an organisation

    /** A lower-case word among [s, e): "Ministry of Velmora" may go on with "and Holt Affairs". */
    private boolean lowerInside(int s, int e) {
        for (int k = s; k < e; k++) {
            if (t.isWord(k) && !t.isCap(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "from Google and Velmora", "led by Brisko Ventures and Holm Africa": a name of one to three capitalised words
     * joined by "and" to an organisation found already (and ending where the other begins, or ending the list) is an
     * organisation too, when it is no place, person, given name, month, head word or known single name.
     */
    private void joinedByAnd() {
        List<Candidate> orgs = new ArrayList<>();
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.ORGANIZATION) {
                orgs.add(c);
            }
        }
        for (Candidate o : orgs) {
            if (t.is(o.ts - 1, "-") && t.glued(o.ts - 2) || t.is(o.te, "-") && t.glued(o.te - 1)) {
                continue; // part of a hyphenated word: "NOAA-20"
            }
            if (t.is(o.te, "and") && !t.newlineBefore[o.te + 1] && !lowerInside(o.ts, o.te)) {
                int k = t.is(o.te + 1, "the") ? o.te + 2 : o.te + 1;
                int e = name(k);
                if (e > k && onlyInside(k, e) && plain(k, e) && !t.is(e, "(")) {
                    addOrg(k, e, ExtractionMethod.PATTERN_ROLE, 70);
                }
            }
            int and = t.is(o.ts - 1, "the") ? o.ts - 2 : o.ts - 1;
            if (t.is(and, "and") && and > 0) {
                int e = and;
                int s = e;
                int units = 0;
                while (units < 3 && s > 0) {
                    int b = s - 1;
                    while (b > 0 && t.glued(b - 1) && !t.newlineBefore[b] && (t.kind[b - 1] != Tokens.PUNCT
                            || t.is(b - 1, "-") || t.is(b - 1, "&"))) {
                        b--;
                    }
                    if (!a.orgWord(b) || unitEnd(b) != s || t.newlineBefore[s]) {
                        break;
                    }
                    s = b;
                    units++;
                }
                if (s < e && !(s > 0 && t.isCap(s - 1) && !t.newlineBefore[s]) && !t.is(s - 1, "'s")
                        && !(t.isWord(s - 1) && (Lexicon.CONNECTORS.contains(t.word[s - 1]) || t.is(s - 1, "and")))
                        && onlyInside(s, e) && plain(s, e)) {
                    addOrg(s, e, ExtractionMethod.PATTERN_ROLE, 70);
                }
            }
        }
    }
}
