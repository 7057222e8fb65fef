package org.citemeta.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.citemeta.extract.text.Tokens;

/**
 * Contexts that say a name of the gazetteer is a place, beyond those of {@code Annotator.gazetteerOk}: a lower-case
 * place noun before "of" ("the island of Pemba", "the mayor of Pașcani", "north of Sulina") or after the name
 * ("Bagamoyo district", "Vaslui and Botoșani counties"), "on" before a name of two words or more (an island: "on La
 * Palma"), "between" before two names ("between Mediaș and Blaj"), an apposition ("Maracena, a small town"), a lower-case word
 * after a preposition and the name ("Fieldwork in Kisumu was approved"), "in the" before a subdivision ("in the
 * Eastern Province"), a name after an organisation and a comma that ends its part of the line ("Norwegian Polar
 * Institute, Tromsø, and"), and names joined by "and", "or" or a comma to a place found in the text ("from Niterói
 * and São Gonçalo", "Armilla or Maracena"). A gazetteer name standing alone ("Sutherland said", "Jackson (2019)")
 * still needs one of these.
 */
final class PlaceContext {
    /** Lower-case nouns before "of" and a place: "the island of Pemba", "the ports of Galați and Brăila". */
    static final Set<String> OF_NOUNS = Set.of("island", "islands", "city", "town", "towns", "village", "villages",
            "port", "ports", "harbour", "harbor", "mayor", "province", "district", "region", "county", "municipality",
            "commune", "canton", "outskirts", "suburbs", "capital", "north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "state", "states", "captaincy", "captaincies", "colony", "colonies",
            "kingdom", "duchy", "parish");

    /** Lower-case compass words before "of" and a place: "north of Edgeøya". */
    static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");

    /** Lower-case nouns after a place: "Bagamoyo district", "Vaslui and Botoșani counties". */
    static final Set<String> AFTER_NOUNS = Set.of("district", "districts", "county", "counties", "province",
            "provinces", "region", "regions", "municipality", "municipalities", "prefecture", "canton", "cantons");

    /** Nouns of an apposition after a place and a comma: "Maracena, a small town on the metro line". */
    static final Set<String> APPOSITION = Set.of("town", "towns", "city", "cities", "village", "villages", "port",
            "municipality", "commune", "suburb", "suburbs");

    /**
     * Lower-case nouns after a place of the base that needs context (an ocean, a region whose name is also a word or
     * a name): "off the Pacific coast", "the Atlantic seaboard".
     */
    static final Set<String> AMBIGUOUS_NOUNS = Set.of("coast", "coasts", "coastline", "seaboard", "shore", "shores",
            "basin", "rim");

    /** Prepositions before a place ({@code Annotator.gazetteerOk} reads them too): "in Wolfsburg", "off Kirkenes". */
    static final Set<String> PREPS = Set.of("in", "near", "at", "from", "outside", "around", "off");

    /** Punctuation and conjunctions that close a place. */
    static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "and", "or");

    /**
     * Lower-case words that may follow a place named after a preposition or a place noun, besides what closes it:
     * "in Kisumu was approved", "in Orkney in 2019", "north of Trincomalee in the", "from Trapani bound for".
     */
    static final Set<String> TAIL = Set.of("in", "on", "at", "by", "for", "to", "from", "with", "was", "were", "is",
            "are", "has", "had", "where", "which", "during", "since", "until", "across", "along", "near", "bound");

    private final Tokens t;
    private final IntUnaryOperator gazetteerEnd;
    private final IntPredicate subdivisionAt;

    /**
     * @param gazetteerEnd  end (exclusive) of the longest gazetteer name at a token, or the token itself
     * @param subdivisionAt whether the gazetteer name at a token is a subdivision (state, province, region)
     */
    PlaceContext(Tokens t, IntUnaryOperator gazetteerEnd, IntPredicate subdivisionAt) {
        this.t = t;
        this.gazetteerEnd = gazetteerEnd;
        this.subdivisionAt = subdivisionAt;
    }

    private String w(int i) {
        return i >= 0 && i < t.count ? t.word[i] : "";
    }

    /** The name ending before token end is closed: end of text or line, a closer. */
    private boolean closes(int end) {
        return end >= t.count || t.newlineBefore[end] || CLOSERS.contains(t.word[end]);
    }

    /**
     * The token after a year in parentheses at token e ("Valletta (2022)": a list of a meeting's towns and years), or
     * e when there is none: such a year closes a place's name as a period does.
     */
    static int afterYear(Tokens t, int e) {
        if (t.is(e, "(") && e + 2 < t.count && t.kind[e + 1] == Tokens.NUMBER && t.word[e + 1].length() == 4
                && t.is(e + 2, ")")) {
            return e + 3;
        }
        return e;
    }

    private boolean closesOrTail(int end) {
        return closes(end) || TAIL.contains(t.word[end]);
    }

    /** Words of a journey right before a place: "left Tromsø", "via Narvik", "reached Hammerfest". */
    static final Set<String> JOURNEY_WORDS = Set.of("via", "left", "leaving", "leaves", "reached", "reaching",
            "reaches", "visited", "visiting", "towards", "toward");

    /**
     * Words of a journey a few words before "to" and a place: "returned through the strait to Kirkenes". Not verbs
     * that take a recipient after "to" ("sent to Jackson", "delivered to Sutherland").
     */
    static final Set<String> MOTION_WORDS = Set.of("return", "returned", "returning", "returns", "sailed", "sailing",
            "moved", "travelled", "traveled", "travelling", "traveling", "went", "came", "relocated", "flew", "drove",
            "headed", "back", "trip", "journey", "voyage", "transit", "steamed", "continued");

    /** The place at token i follows a word of a journey: one of {@link #JOURNEY_WORDS}, or "to" a motion word after. */
    private boolean journey(int i) {
        String prev = w(i - 1);
        if (t.newlineBefore[i]) {
            return false;
        }
        if (JOURNEY_WORDS.contains(prev)) {
            return true;
        }
        if (!prev.equals("to")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 7); k--) {
            if (t.newlineBefore[k + 1] || t.is(k, ".") || t.is(k, ";")) {
                return false;
            }
            if (MOTION_WORDS.contains(t.word[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words around the gazetteer name at [i, end) say it is a place (the caller has already refused a
     * name before a capitalised word, a speech verb or "'s", or after a title).
     */
    boolean says(int i, int end) {
        if (t.newlineBefore[i]) {
            return AFTER_NOUNS.contains(w(end)) && !t.newlineBefore[end] || apposition(end);
        }
        String prev = w(i - 1);
        if (PREPS.contains(prev) && end < t.count && !t.newlineBefore[end] && TAIL.contains(t.word[end])) {
            return true;
        }
        if (journey(i) && closesOrTail(end)) {
            return true; // "left Tromsø on 3 August", "sailed via Narvik", "returned through the strait to Kirkenes"
        }
        if (prev.equals("on") && end - i > 1 && closesOrTail(end)) {
            return true; // an island of two words or more: "on La Palma", "on São Vicente"
        }
        if (prev.equals("between") && t.is(end, "and") && end + 1 < t.count && !t.newlineBefore[end + 1]
                && gazetteerEnd.applyAsInt(end + 1) > end + 1) {
            return true; // "between Mediaș and Blaj"
        }
        if (prev.equals("of") && OF_NOUNS.contains(w(i - 2)) && closesOrTail(end)) {
            return true;
        }
        if (prev.equals("the") && PREPS.contains(w(i - 2)) && subdivisionAt.test(i) && closesOrTail(end)) {
            return true;
        }
        return end < t.count && !t.newlineBefore[end] && AFTER_NOUNS.contains(t.word[end]) || apposition(end);
    }

    /** ", a small town", ", small towns", ", the port": an apposition naming a kind of place after token end - 1. */
    private boolean apposition(int end) {
        if (!t.is(end, ",") || end + 1 >= t.count || t.newlineBefore[end + 1]) {
            return false;
        }
        int k = end + 1;
        if (t.is(k, "a") || t.is(k, "an") || t.is(k, "the")) {
            k++;
        }
        if (k + 1 < t.count && t.isWord(k) && !t.isCap(k) && APPOSITION.contains(t.word[k + 1])) {
            k++; // one lower-case adjective: "small", "coastal"
        }
        return k < t.count && !t.newlineBefore[k] && APPOSITION.contains(t.word[k]);
    }

    /** What the second pass needs to know of a candidate. */
    record Span(int ts, int te, EntityType type) {
    }

    /**
     * Second pass, once all other rules have proposed their candidates: gazetteer names at the tokens {@code open}
     * (not yet taken; {@code blocked} refuses a position) joined by "and", "or" or a comma to a place found in the text
     * (a LOCATION candidate not inside a longer name of another type, here or elsewhere in the text with the same
     * words), or written after an organisation's name and a comma and closed there ("Norwegian Polar Institute,
     * Tromsø,"). Repeated until nothing more is found, so a list is taken whole ("Armilla or Maracena, small towns").
     * Returns the spans found, in no particular order.
     */
    List<int[]> joined(List<Span> cands, IntPredicate open, IntPredicate blocked) {
        int n = t.count;
        boolean[] locStart = new boolean[n + 1];
        boolean[] locEnd = new boolean[n + 1];
        boolean[] orgEnd = new boolean[n + 1];
        int[] reach = new int[n + 1]; // farthest end of a non-place candidate starting at or before a token
        for (Span c : cands) {
            if (c.type() != EntityType.LOCATION) {
                reach[c.ts()] = Math.max(reach[c.ts()], c.te());
                if (c.type() == EntityType.ORGANIZATION || c.type() == EntityType.FACILITY) {
                    orgEnd[c.te()] = true;
                }
            }
        }
        for (int k = 1; k <= n; k++) {
            reach[k] = Math.max(reach[k], reach[k - 1]);
        }
        Set<String> known = new HashSet<>();
        for (Span c : cands) {
            if (c.type() == EntityType.LOCATION && reach[c.ts()] < c.te()) {
                locStart[c.ts()] = true;
                locEnd[c.te()] = true;
                known.add(key(c.ts(), c.te()));
            }
        }
        List<int[]> out = new java.util.ArrayList<>();
        boolean[] taken = new boolean[n];
        boolean more = true;
        for (int round = 0; more && round < 6; round++) {
            more = false;
            for (int i = 0; i < n; i++) {
                if (taken[i] || !open.test(i)) {
                    continue;
                }
                int end = gazetteerEnd.applyAsInt(i);
                if (end <= i || blocked.test(i) || reach[i] >= end) {
                    continue;
                }
                boolean ok = false;
                if (closesOrTail(end) && i >= 2 && !t.newlineBefore[i] && !t.newlineBefore[i - 1]) {
                    String prev = t.word[i - 1];
                    ok = (prev.equals(",") || prev.equals("and") || prev.equals("or")) && placeEndsAt(i - 1, locEnd, known)
                            || prev.equals(",") && orgEnd[i - 1];
                }
                if (!ok && closesOrTail(end) && end + 1 < n && !t.newlineBefore[end] && !t.newlineBefore[end + 1]
                        && (t.is(end, ",") || t.is(end, "and") || t.is(end, "or"))) {
                    ok = placeStartsAt(end + 1, locStart, known);
                }
                if (ok) {
                    taken[i] = true;
                    locStart[i] = true;
                    locEnd[end] = true;
                    known.add(key(i, end));
                    out.add(new int[] {i, end});
                    more = true;
                }
            }
        }
        return out;
    }

    private String key(int from, int to) {
        return t.span(from, to).toLowerCase(Locale.ROOT);
    }

    /** A place ends at token k (exclusive): a candidate, or a gazetteer name found as a place elsewhere. */
    private boolean placeEndsAt(int k, boolean[] locEnd, Set<String> known) {
        if (locEnd[k]) {
            return true;
        }
        for (int s = Math.max(0, k - 4); s < k; s++) {
            if (gazetteerEnd.applyAsInt(s) == k && known.contains(key(s, k))) {
                return true;
            }
        }
        return false;
    }

    private boolean placeStartsAt(int k, boolean[] locStart, Set<String> known) {
        if (locStart[k]) {
            return true;
        }
        int e = gazetteerEnd.applyAsInt(k);
        return e > k && known.contains(key(k, e));
    }

    /**
     * "IAȘI", "CLUJ-NAPOCA": a word in capitals as the gazetteer writes it ("Iași", "Cluj-Napoca"), to read a
     * dateline.
     */
    static String titleCase(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        return word.substring(0, 1) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
