package org.citemeta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * Bodies' names that kinds of documents the gold set has few of (multicentre trials, grant news, museum reports) write
 * in ways the general passes cut:
 * <ul>
 * <li>a possessive inside the name, which English writes for the people a body serves and for saints ("Boston
 * Children's Hospital", "the Kelby Women's College", "St Anne's Hospital"): the head-word pass stops at any "'s"
 * (most are "Germany's X", "the firm's Y"), so only "Research Institute" of "Murdoch Children's Research Institute" was
 * left; a founder's or patron's single name in the possessive before "Hospital" or "College" ("Addenbrooke's
 * Hospital"), when the base and the gazetteer know no place or body by it;</li>
 * <li>a saint's abbreviated title before the name ("St. Olavs Hospital", "St Vincent University Hospital"): the
 * title ended the name, as it does a person's ("Dr");</li>
 * <li>two names joined by "and" where one of them is an organisation the base knows exactly ("the Novo Nordisk
 * Foundation and Velmora Leap", "the Kessing Foundation and UNICEF"): the head-word pass joined them into one, as it
 * must for "Library and Archives Canada"; a known name on one side says the "and" joins two bodies.</li>
 * </ul>
 * Runs from {@link Annotator#run()} after {@link ToolAndInfrastructureNames}; every look-around is bounded by a few
 * tokens, and each rule is one pass over the tokens or the candidates.
 */
final class DocumentKindCues {
    /**
     * Plural nouns of people whose possessive stands inside bodies' names ("Children's Hospital", "Women's College",
     * "Veterans' Affairs" is written without "'s" and is not read here).
     */
    static final Set<String> GROUP_POSSESSIVES = Set.of("Children", "Women", "Men", "People", "Peoples", "Workers",
            "Nurses", "Farmers", "Mothers", "Infants", "Girls", "Boys", "Ladies", "Seamen", "Sailors", "Soldiers",
            "Teachers", "Students", "Citizens");

    /** A saint's title before a body's name: "St", "St.", "Saint", "Sankt", "Ste". */
    static final Set<String> SAINTS = Set.of("St", "Saint", "Sankt", "Ste", "Sainte");

    /** Most words a body's name reaches to either side of the possessive. */
    private static final int MAX_WORDS = 4;

    private final CandidateSpace a;
    private final Tokens t;

    DocumentKindCues(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        possessiveNames();
        saintBeforeName();
        knownNameAndName();
    }

    // ------------------------------------------------------------------ possessives

    /** The first token of a saint's title right before token k ("St" or "St ."), or k if none. */
    private int saintBefore(int k) {
        if (t.is(k - 1, ".") && t.glued(k - 2) && SAINTS.contains(a.w(k - 2))) {
            return k - 2;
        }
        return SAINTS.contains(a.w(k - 1)) ? k - 1 : k;
    }

    /**
     * "Boston Children's Hospital", "the Murdoch Children's Research Institute", "St Anne's Hospital": capitalised
     * words and a head word after the possessive of a noun of {@link #GROUP_POSSESSIVES} or of a saint's name make
     * one body's name with the words before it on the same line.
     */
    private void possessiveNames() {
        for (int q = 1; q + 1 < t.count; q++) {
            if (!t.is(q, "'s") || !t.isCap(q - 1)) {
                continue;
            }
            int s = q - 1;
            boolean group = GROUP_POSSESSIVES.contains(t.word[q - 1]) || eponym(q);
            int saint = saintBefore(q - 1);
            if (!group && saint == q - 1) {
                continue;
            }
            int se = a.sentEnd(q);
            int r = q + 1;
            while (r < se && a.orgWord(r) && r - q <= MAX_WORDS && !t.newlineBefore[r]) {
                r = a.joined(r + 1);
            }
            if (r == q + 1 || a.nameType(q + 1, r) == null) {
                continue;
            }
            if (saint < q - 1) {
                s = saint;
            } else {
                while (s - 1 >= a.sentStart(q) && !t.newlineBefore[s] && a.orgWord(s - 1) && q - s < MAX_WORDS
                        && !Lexicon.STOP_CAP.contains(t.word[s - 1])) {
                    s--;
                }
                s = saintBefore(s);
            }
            a.add(s, r, a.nameType(q + 1, r), ExtractionMethod.ORG_HEAD, 0.85, 80, null);
        }
    }

    /** Heads that English names after a founder or a patron with a possessive: "Guy's Hospital", "King's College". */
    static final Set<String> EPONYM_HEADS = Set.of("Hospital", "College");

    /**
     * A single capitalised word, no place or body the base or the gazetteer knows, in the possessive right before a
     * hospital's or a college's head ("Addenbrooke's Hospital", "King's College"), is the founder's or the patron's
     * name the body bears ("Oxford's Hospital" is the town's).
     */
    private boolean eponym(int q) {
        return EPONYM_HEADS.contains(a.w(q + 1)) && !t.isCap(q - 2) && a.single(q - 1) == null
                && a.gazetteerEnd(q - 1) == q - 1 && !t.isAllCaps(q - 1);
    }

    /** "St. Olavs Hospital", "St Vincent University Hospital": a saint's title before a body's name is part of it. */
    private void saintBeforeName() {
        List<Candidate> found = new ArrayList<>(a.candidates());
        for (Candidate c : found) {
            if (c.type != EntityType.ORGANIZATION && c.type != EntityType.FACILITY || !t.isCap(c.ts)) {
                continue;
            }
            int s = saintBefore(c.ts);
            if (s < c.ts && !t.newlineBefore[c.ts] && (s == c.ts - 1 || !t.newlineBefore[c.ts - 1])) {
                a.add(s, c.te, c.type, c.method, c.conf, c.prio, c.kb);
            }
        }
    }

    // ------------------------------------------------------------------ two names joined by "and"

    /**
     * A name built over "and" ("Novo Nordisk Foundation and Velmora Leap") of which the part before or after the "and"
     * is exactly an organisation the base knows: two names. The joined candidate gives way to its two parts.
     */
    private void knownNameAndName() {
        List<Candidate> cands = a.candidates();
        int n = t.count;
        // the base's organisations by first token, and by end token, to find them in bounded time
        Candidate[] knownFrom = new Candidate[n + 1];
        Candidate[] knownTo = new Candidate[n + 1];
        for (Candidate c : cands) {
            if (c.type == EntityType.ORGANIZATION && c.method == ExtractionMethod.DICTIONARY && c.kb != null
                    && !c.kb.ambiguous()) {
                knownFrom[c.ts] = knownFrom[c.ts] == null || knownFrom[c.ts].te < c.te ? c : knownFrom[c.ts];
                knownTo[c.te] = knownTo[c.te] == null || knownTo[c.te].ts > c.ts ? c : knownTo[c.te];
            }
        }
        List<Candidate> drop = new ArrayList<>();
        List<int[]> parts = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type != EntityType.ORGANIZATION || c.method != ExtractionMethod.ORG_HEAD || c.te - c.ts < 3) {
                continue;
            }
            for (int j = c.ts + 1; j < c.te - 1; j++) {
                if (!(t.is(j, "and") || t.is(j, "&")) || !t.isCap(j + 1)) {
                    continue;
                }
                Candidate left = knownTo[j];
                Candidate right = knownFrom[j + 1];
                if (left != null && left.ts == c.ts || right != null && right.te == c.te) {
                    drop.add(c);
                    parts.add(new int[] {c.ts, j});
                    parts.add(new int[] {j + 1, c.te});
                }
                break;
            }
        }
        if (drop.isEmpty()) {
            return;
        }
        java.util.Set<Candidate> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(drop);
        cands.removeIf(gone::contains);
        for (int[] p : parts) {
            if (knownFrom[p[0]] != null && knownFrom[p[0]].te == p[1]) {
                continue; // the base's own candidate is there already
            }
            EntityType type = a.nameType(p[0], p[1]);
            a.add(p[0], p[1], type != null ? type : EntityType.ORGANIZATION, ExtractionMethod.ORG_HEAD, 0.8, 78,
                    null);
        }
    }
}
