package org.citemeta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * Companies, investors and trade bodies without an organisation head word, taken where the text or the name's last
 * word says they are organisations: a company word at the end of a name ("Harbour Lane Ventures", "Kestrel Capital",
 * "Norvik Therapeutics", "an acronym + Bank or Group": "QRT Bank", "Ulvang Group"), a name in parentheses right after
 * a person's name (the person's employer: "Ada Lind (Velmora)"), the lines of a member list whose entries are separated
 * by semicolons ("Full members: Velmora Oy, Tarku; Brisko AS, Holt; ..."), and the other names of a list that holds an
 * organisation found by another rule ("the Velmora Agency (VA), Tessen and Kurrikala"). Runs from
 * {@link Annotator#run()} after {@link UnlistedPlacesAndAgencies}; it adds names only where no other candidate is,
 * except a person's employer in parentheses, which wins over a same-span guess of another type.
 */
final class CompanyContext {
    /** Last words of company and investor names ("X Ventures", "X Capital", "X Therapeutics"). */
    static final Set<String> COMPANY_ENDS = Set.of("Ventures", "Capital", "Partners", "Investments", "Holdings",
            "Pharma", "Pharmaceuticals", "Therapeutics", "Biologics", "Biotech", "Biosciences", "Healthcare",
            "Chemicals", "Adhesives", "Coatings", "Industries", "Technologies", "Robotics", "Diagnostics",
            "Logistics", "Payments", "Finans", "Industri", "Industriförening", "Förening", "Liit");

    /** Words that make a concept of a company word after them ("Human Capital", "Venture Capital"). */
    private static final Set<String> ABSTRACT = Set.of("Human", "Social", "Natural", "Venture", "Private", "Risk",
            "Working", "Intellectual", "Cultural", "Financial", "Political", "Economic", "Public", "Growth", "Seed",
            "Fine", "Specialty", "Speciality", "Bulk", "Emerging", "Clean", "Green", "Digital", "New");

    /** Words before "Group" that make it no company ("Working Group", "Research Group"). */
    private static final Set<String> GROUP_NOT = Set.of("Working", "Research", "Study", "Expert", "Advisory",
            "Interest", "Task", "Focus", "Steering", "Contact", "Peer", "Reference", "Control", "User", "Users",
            "Special", "Data", "Age", "Blood", "Writing", "Review", "Coordination", "Consultative", "Collaborative",
            "Science", "Scientific", "Technical", "Leadership", "Support", "Action", "Parliamentary");

    /** Lower-case nouns that head a member list before its colon ("Full members: ..."). */
    private static final Set<String> LIST_NOUNS = Set.of("members", "member", "partners", "associations",
            "companies", "shareholders", "investors", "sponsors", "exhibitors", "suppliers", "signatories",
            "participants", "firms");

    /** Lower-case words allowed inside an entry of a member list ("Flügger group A/S", "Kemianteollisuus ry"). */
    private static final Set<String> LIST_LOWER = Set.of("group", "og", "och", "and", "of", "de", "ry", "rf",
            "&", "-", "/", ".", "der", "und", "et", "e.V.");

    private final CandidateSpace a;
    private final Tokens t;
    private boolean[] covered;

    CompanyContext(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        covered = new boolean[t.count + 1];
        for (Candidate c : a.candidates()) {
            for (int k = c.ts; k < c.te; k++) {
                covered[k] = true;
            }
        }
        for (int k = 0; k < t.count; k++) {
            companyEnd(k);
            acronymGroup(k);
        }
        employers();
        dealWords();
        afterCompanyNoun();
        memberLines();
        listsWithAnOrganisation();
        shortNames();
    }

    /** Legal forms after a one-word company name ("Velmora Oyj", "Brisko A/S"). */
    private static final Set<String> FORMS = Set.of("Oyj", "Oy", "AS", "ASA", "AB", "AG", "KGaA", "GmbH", "SE",
            "NV", "BV", "SpA", "Inc", "Ltd", "PLC", "A/S");

    /**
     * "Velmora Oyj" found as a company: the one word "Velmora" elsewhere is the same company, also where another rule
     * guessed a one-word name of another type (not a person's) for it.
     */
    private void shortNames() {
        java.util.Map<String, Candidate> names = new java.util.HashMap<>();
        for (Candidate c : a.candidates()) {
            if (c.type != EntityType.ORGANIZATION || !t.isWord(c.ts) || !t.isCap(c.ts)) {
                continue;
            }
            String form = c.te - c.ts == 2 ? t.word[c.ts + 1]
                    : c.te - c.ts == 4 && t.is(c.ts + 2, "/") ? t.word[c.ts + 1] + "/" + t.word[c.ts + 3] : null;
            if (form != null && FORMS.contains(form) && t.word[c.ts].length() > 2 && !a.kb().isGivenName(t.word[c.ts])
                    && a.placeEnd(c.ts) == c.ts && a.single(c.ts) == null) {
                names.put(t.word[c.ts], c);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        List<Candidate> drop = new ArrayList<>();
        for (int k = 0; k < t.count; k++) {
            if (!t.isWord(k) || !names.containsKey(t.word[k]) || t.isCap(k + 1) && !t.newlineBefore[k + 1]
                    || t.is(k - 1, "-") || t.is(k + 1, "-")) {
                continue;
            }
            boolean ok = true;
            for (Candidate c : a.candidates()) {
                if (c.ts <= k && c.te > k) {
                    if (c.ts == k && c.te == k + 1 && c.type != EntityType.PERSON && c.type != EntityType.ORGANIZATION) {
                        drop.add(c);
                    } else {
                        ok = false;
                    }
                }
            }
            if (ok) {
                a.add(k, k + 1, EntityType.ORGANIZATION, ExtractionMethod.ALIAS, 0.8, 75, null);
            }
        }
        a.candidates().removeAll(drop);
    }

    private boolean free(int s, int e) {
        for (int k = s; k < e; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    private void addOrg(int s, int e, int prio) {
        if (a.add(s, e, EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.75, prio, null) != null) {
            for (int k = s; k < e; k++) {
                covered[k] = true;
            }
        }
    }

    /**
     * "Harbour Lane Ventures", "Kestrel Capital": one to three capitalised words (no place alone, no given name
     * first) and a company word of {@link #COMPANY_ENDS} last, not before another capitalised word.
     */
    private void companyEnd(int h) {
        if (!t.isWord(h) || !COMPANY_ENDS.contains(t.word[h]) || covered[h] || t.newlineBefore[h]
                || h + 1 < t.count && t.isCap(h + 1) && !t.newlineBefore[h + 1]) {
            return;
        }
        int s = h;
        while (s - 1 >= 0 && h - s < 3 && !t.newlineBefore[s] && a.orgWord(s - 1) && !covered[s - 1]) {
            s--;
            while (s - 2 >= 0 && (t.is(s - 1, "-") || t.is(s - 1, "&")) && t.glued(s - 2) && t.glued(s - 1)
                    && a.orgWord(s - 2) && !covered[s - 2]) {
                s -= 2;
            }
        }
        if (s == h || a.kb().isGivenName(t.word[s]) || a.placeEnd(s) >= h || a.headsIn(s, h)
                || h - s == 1 && ABSTRACT.contains(t.word[s])) {
            return;
        }
        if (s >= 2 && t.isWord(s - 1) && Lexicon.CONNECTORS.contains(t.word[s - 1]) && t.isCap(s - 2)) {
            return; // the end of a longer name: "Institute of Human Capital"
        }
        addOrg(s, h + 1, 75);
    }

    /**
     * "QRT Bank", "Ulvang Group", "the KLM Group": an acronym before "Bank" or "Group", or one capitalised word
     * before "Group" that is no place and no word of {@link #GROUP_NOT}, then no other capitalised word.
     */
    private void acronymGroup(int h) {
        if (!(t.is(h, "Group") || t.is(h, "Bank")) || h == 0 || covered[h] || covered[h - 1]
                || t.newlineBefore[h] || h + 1 < t.count && (t.isCap(h + 1) && !t.newlineBefore[h + 1]
                || t.is(h + 1, "of"))) {
            return;
        }
        int s = h - 1;
        if (!t.isWord(s) || !t.isCap(s) || s > 0 && t.isCap(s - 1) && !t.newlineBefore[s]) {
            return;
        }
        boolean acronym = t.isAllCaps(s) && t.word[s].length() >= 2 && Tokens.isAcronym(t.word[s]);
        if (!acronym && (t.is(h, "Bank") || GROUP_NOT.contains(t.word[s]) || !a.orgWord(s)
                || a.knownPlace(s) || a.kb().isGivenName(t.word[s]) || Lexicon.head(t.word[s]) != null)) {
            return;
        }
        addOrg(s, h + 1, 75);
    }

    /**
     * "Ada Lind (Velmora) opened ...", "Per Holt (Brisko AS);": one to four capitalised words in parentheses right
     * after a person's name are the person's employer, an organisation, unless they are a place.
     */
    private void employers() {
        List<Candidate> persons = new ArrayList<>();
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.PERSON && c.te - c.ts >= 2) {
                persons.add(c);
            }
        }
        for (Candidate p : persons) {
            int o = p.te;
            if (!t.is(o, "(") || !t.isCap(o + 1)) {
                continue;
            }
            int e = o + 1;
            while (e < t.count && e - o <= 6 && !t.is(e, ")") && !t.newlineBefore[e]
                    && (t.isCap(e) || t.is(e, "/") || t.is(e, "-") || t.is(e, "&"))) {
                e++;
            }
            if (!t.is(e, ")") || e == o + 1 || a.placeEnd(o + 1) >= e || a.kb().isGivenName(t.word[o + 1])
                    || t.kind[o + 1] == Tokens.NUMBER) {
                continue;
            }
            List<Candidate> same = new ArrayList<>();
            boolean org = false;
            for (Candidate c : a.candidates()) {
                if (c.ts < e && c.te > o + 1) {
                    if (c.ts == o + 1 && c.te == e && c.type != EntityType.ORGANIZATION) {
                        same.add(c);
                    } else {
                        org = true; // another name, longer or shorter, or an organisation already
                    }
                }
            }
            if (!org) {
                a.candidates().removeAll(same);
                a.add(o + 1, e, EntityType.ORGANIZATION, ExtractionMethod.PATTERN_ROLE, 0.8, 80, null);
                for (int k = o + 1; k < e; k++) {
                    covered[k] = true;
                }
            }
        }
    }

    /**
     * A line of a member list: after a colon that a noun of {@link #LIST_NOUNS} comes before ("Associate members:"),
     * three or more entries separated by semicolons, each a company's name and perhaps its town after a comma
     * ("Velmora Oy, Tarku; Brisko AS, Holt; Kattegat Lim, Varde."). The names are organisations, the towns places.
     */
    private void memberLines() {
        for (int c = 1; c < t.count; c++) {
            int n = c - 1;
            if (t.is(n, ")") && n >= 3 && t.is(n - 2, "(")) {
                n -= 3; // "Full members (selection):"
            }
            if (!t.is(c, ":") || n < 0 || !t.isWord(n) || !LIST_NOUNS.contains(t.word[n])) {
                continue;
            }
            int end = c + 1;
            while (end < t.count && !t.newlineBefore[end]) {
                end++;
            }
            List<int[]> entries = new ArrayList<>();
            int s = c + 1;
            for (int k = c + 1; k <= end; k++) {
                if (k == end || t.is(k, ";")) {
                    entries.add(new int[] {s, k});
                    s = k + 1;
                }
            }
            if (entries.size() < 3) {
                continue;
            }
            for (int[] en : entries) {
                entry(en[0], t.is(en[1] - 1, ".") ? en[1] - 1 : en[1]);
            }
        }
    }

    /** One entry of a member list, [s, e): a name, an acronym in parentheses perhaps, and a town after a comma. */
    private void entry(int s, int e) {
        int comma = s;
        while (comma < e && !t.is(comma, ",") && !t.is(comma, "(")) {
            comma++;
        }
        int words = 0;
        int lower = 0;
        for (int k = s; k < comma; k++) {
            if (t.isWord(k)) {
                words++;
                if (!t.isCap(k) && !LIST_LOWER.contains(t.word[k])) {
                    return;
                }
                if (!t.isCap(k)) {
                    lower++;
                }
            } else if (!LIST_LOWER.contains(t.word[k])) {
                return;
            }
        }
        if (words == 0 || words > 6 || lower > 2 || !t.isCap(s)) {
            return;
        }
        if (free(s, comma) && a.placeEnd(s) < comma && !(words >= 2 && a.kb().isGivenName(t.word[s]))) {
            addOrg(s, comma, 80);
        }
        if (t.is(comma, ",") && comma + 1 < e && e - comma - 1 <= 3 && free(comma + 1, e)) {
            for (int k = comma + 1; k < e; k++) {
                if (!(t.isCap(k) || t.is(k, "-") && t.glued(k - 1))) {
                    return;
                }
            }
            a.add(comma + 1, e, EntityType.LOCATION, ExtractionMethod.PATTERN_LOCATED, 0.7, 60, null);
            for (int k = comma + 1; k < e; k++) {
                covered[k] = true;
            }
        }
    }

    /**
     * "the Velmora Agency (VA), Tessen, Kurrikala and the Holt Board attended": in a list of names joined by commas
     * and closed by "and" and a last name, where one name is an organisation found by another rule, the other names
     * of one or two capitalised words (no place, no person, no given name first, no head word) are organisations
     * too. A list not closed by "and" (an address: "X Institute, Tessen, Norland") gives nothing.
     */
    private void listsWithAnOrganisation() {
        java.util.Map<Integer, Candidate> orgAt = new java.util.HashMap<>();
        for (Candidate c : a.candidates()) {
            if (c.type == EntityType.ORGANIZATION) {
                Candidate o = orgAt.get(c.ts);
                if (o == null || o.te < c.te) {
                    orgAt.put(c.ts, c);
                }
            }
        }
        for (Candidate first : new ArrayList<>(orgAt.values())) {
            if (first.ts > 0 && (t.is(first.ts - 1, ",") || t.is(first.ts - 2, ",") && t.is(first.ts - 1, "the"))) {
                continue; // not the list's first name
            }
            List<int[]> plain = new ArrayList<>();
            int k = skipAcronym(first.te);
            boolean closed = false;
            int items = 1;
            while (k < t.count && (t.is(k, ",") || t.is(k, "and"))) {
                boolean and = t.is(k, "and") || t.is(k + 1, "and");
                int s = t.is(k + 1, "and") ? k + 2 : t.is(k, "and") ? k + 1 : k + 1;
                if (t.is(s, "the")) {
                    s++;
                }
                Candidate o = orgAt.get(s);
                int e;
                if (o != null) {
                    e = o.te;
                } else {
                    e = s;
                    while (e < t.count && e - s < 2 && a.orgWord(e) && !t.newlineBefore[e]) {
                        e = a.joined(e + 1);
                    }
                    if (e == s || a.orgWord(e) || !free(s, e) || a.placeEnd(s) >= e
                            || a.kb().isGivenName(t.word[s]) || a.headsIn(s, e) || t.isAllCaps(s) && e - s == 1
                            || e - s == 1 && a.single(s) != null) {
                        break;
                    }
                    plain.add(new int[] {s, e});
                }
                k = skipAcronym(e);
                items++;
                if (and) {
                    closed = items >= 3 && (k >= t.count || !t.isWord(k) || AFTER_LIST.contains(t.word[k])
                            || t.word[k].endsWith("ed") && !t.isCap(k));
                    break;
                }
            }
            if (closed) {
                for (int[] p : plain) {
                    addOrg(p[0], p[1], 70);
                }
            }
        }
    }

    /** Lower-case words before a name that make it a party to a deal ("led by X", "analysts at X"). */
    private static final Set<String> DEAL_BEFORE = Set.of("led by", "advised by", "analysts at", "shares of",
            "stake in", "invested in", "loan from", "round from", "acquired by", "backed by", "bought by",
            "takeover by", "round in", "it bought", "it acquired");

    /** Lower-case words after a name that make it a party to a deal ("X led a round", "X advised Y"). */
    private static final Set<String> DEAL_AFTER = Set.of("led a", "led the", "led its", "advised", "shares rose",
            "shares fell", "invested", "raised $", "raised €", "committed $", "committed €");

    /**
     * "a round led by Harbour Lane and Tessenbo", "analysts at Kurrik and Holm", "Varlo Invest led a $5 million round",
     * "Brisko and Holm advised the buyer": one to three capitalised words (no place, no person, no given name first,
     * no opener) after or before words of a deal are organisations, and so is a second name joined by "and".
     */
    private void dealWords() {
        for (int k = 2; k < t.count; k++) {
            if (!t.isWord(k - 1) || t.isCap(k - 1) || !t.isWord(k - 2)) {
                continue;
            }
            String two = t.word[k - 2].toLowerCase(java.util.Locale.ROOT) + " " + t.word[k - 1];
            boolean money = t.is(k - 1, "in") && t.kind[k - 2] == Tokens.WORD && k >= 4 && invested(k - 2);
            if (!DEAL_BEFORE.contains(two) && !money || !dealSentence(k) || t.is(k + 1, "(") || t.is(k + 2, "(")) {
                continue;
            }
            int e = dealName(k);
            if (e > k) {
                addOrg(k, e, 72);
                if (t.is(e, "and")) {
                    int f = dealName(e + 1);
                    if (f > e + 1 && (f >= t.count || !t.isCap(f))) {
                        addOrg(e + 1, f, 72);
                    }
                }
            }
        }
        for (int e = 1; e + 1 < t.count; e++) {
            if (!t.isWord(e) || t.isCap(e)) {
                continue;
            }
            String two = t.word[e] + " " + a.w(e + 1);
            if (!DEAL_AFTER.contains(two) && !DEAL_AFTER.contains(t.word[e]) || !dealSentence(e)) {
                continue;
            }
            int s = e;
            while (s - 1 >= 0 && e - s < 3 && a.orgWord(s - 1) && !t.newlineBefore[s]) {
                s--;
            }
            if (s == e || !(s == 0 || !t.isWord(s - 1) || t.is(s - 1, "and") || !t.isCap(s - 1))) {
                continue;
            }
            if (plainParty(s, e)) {
                addOrg(s, e, 72);
                if (s >= 2 && t.is(s - 1, "and")) {
                    int r = s - 1;
                    int q = r;
                    while (q - 1 >= 0 && r - q < 3 && a.orgWord(q - 1) && !t.newlineBefore[q]) {
                        q--;
                    }
                    if (q < r && (q == 0 || !t.isCap(q - 1)) && plainParty(q, r)) {
                        addOrg(q, r, 72);
                    }
                }
            }
        }
    }

    /** Words of money and deals; a sentence with none of them is no deal's ("a study led by ..."). */
    private static final Set<String> MONEY = Set.of("round", "million", "billion", "deal", "stake", "funding",
            "investment", "$", "€", "£", "shares", "acquisition", "loan", "buyer", "seller", "price", "takeover",
            "merger", "bid", "financing", "equity", "debt", "purchase", "counsel", "adviser", "advisers", "advisor",
            "advisors");

    /** The sentence of token k speaks of money or a deal. */
    private boolean dealSentence(int k) {
        int se = a.sentEnd(k);
        for (int j = a.sentStart(k); j < se; j++) {
            if (MONEY.contains(t.word[j])) {
                return true;
            }
        }
        return false;
    }

    /** "invested $22 million in": "invested" at most six tokens before k. */
    private boolean invested(int k) {
        for (int j = k; j >= 0 && k - j < 6; j--) {
            if (t.is(j, "invested") || t.is(j, "invest") || t.is(j, "invests")) {
                return true;
            }
            if (t.is(j, ".") || t.is(j, ";")) {
                return false;
            }
        }
        return false;
    }

    /** End of a party's name of one to three capitalised words at k, or k. */
    private int dealName(int k) {
        if (t.is(k, "the")) {
            return k;
        }
        int e = capitalisedName(k);
        return e > k && plainParty(k, e) ? e : k;
    }

    /**
     * End of a name of one to three capitalised (joined) words at k that no other capitalised word or "'s" follows,
     * or k.
     */
    private int capitalisedName(int k) {
        int e = k;
        while (e < t.count && e - k < 3 && a.orgWord(e) && !(e > k && t.newlineBefore[e])) {
            e = a.joined(e + 1);
        }
        if (e == k || e < t.count && t.isCap(e) && !t.newlineBefore[e] || t.is(e, "'s")) {
            return k;
        }
        return e;
    }

    /** [s, e) is free and no place, person, given name, opener or head word. */
    private boolean plainParty(int s, int e) {
        return free(s, e) && plainName(s, e);
    }

    /** [s, e) is no place, given name first, head word, single known name, opener or title. */
    private boolean plainName(int s, int e) {
        return a.placeEnd(s) < e && !a.kb().isGivenName(t.word[s]) && !a.headsIn(s, e)
                && !(e - s == 1 && a.single(s) != null) && !Lexicon.STOP_CAP.contains(t.word[s])
                && !Lexicon.TITLES.contains(t.word[s]);
    }

    /** Lower-case nouns that say what kind of company the name after them is: "the chemicals group Covestro". */
    static final Set<String> COMPANY_NOUNS = Set.of("group", "company", "firm", "maker", "drugmaker", "carmaker",
            "chipmaker", "automaker", "lender", "insurer", "retailer", "manufacturer", "conglomerate", "brokerage",
            "airline", "startup", "start-up", "subsidiary", "rival", "distributor", "operator", "contractor");

    /**
     * "the chemicals group Covestro said", "Drugmaker Ipsen", "the grid operator Amprion": one to three capitalised
     * words right after a lower-case noun of {@link #COMPANY_NOUNS} (capitalised at a sentence's start), not followed
     * by another capitalised word, are the company's name (no place, given name first, head word or opener); it wins
     * over a person guessed from a speech verb or a role word alone ("X said"), the only candidate it may overlap.
     */
    private void afterCompanyNoun() {
        for (int k = 1; k < t.count; k++) {
            if (!t.isWord(k - 1) || !t.isCap(k) || t.newlineBefore[k] || !(COMPANY_NOUNS.contains(t.word[k - 1])
                    || t.sentenceStart(k - 1) && COMPANY_NOUNS.contains(t.word[k - 1].toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int e = capitalisedName(k);
            if (e > k && onlyGuessedPerson(k, e) && plainName(k, e)) {
                addOrg(k, e, 72);
            }
        }
    }

    /** No candidate covers [s, e) other than a person guessed from a speech verb or a role word alone. */
    private boolean onlyGuessedPerson(int s, int e) {
        for (Candidate c : a.candidates()) {
            if (c.ts < e && c.te > s && !(c.type == EntityType.PERSON && c.method == ExtractionMethod.PATTERN_ROLE)) {
                return false;
            }
        }
        return true;
    }

    /** Words after the last name of a list that close it ("X, Y and Z attended", "X, Y and Z will ..."). */
    private static final Set<String> AFTER_LIST = Set.of("to", "in", "at", "for", "will", "have", "are", "were",
            "also", "as", "on", "with", "from", "all", "both", "took", "sent", "met", "gave", "spoke");

    /** The token after an acronym in parentheses at k ("(VA)"), or k. */
    private int skipAcronym(int k) {
        return t.is(k, "(") && t.is(k + 2, ")") && t.isAllCaps(k + 1) ? k + 3 : k;
    }
}
