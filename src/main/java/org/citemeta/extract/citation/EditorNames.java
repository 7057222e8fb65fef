package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The editors and the publisher's place of a reference, from the text the labeller gave those fields: the role
 * words around the names ("In", "edited by", "ed. by", "(Eds.)", ", editors,", "Hrsg.", "(Hg.)", "éd.", "dir.",
 * "coord.", "red.") are dropped and the names split as an author list is ("In: H. Gallaire and J. Minker (eds.)"
 * gives Gallaire, H. and Minker, J.; "Dale, R.; Mellish, C.; and Zock, M., eds." three editors).
 */
final class EditorNames {
    private EditorNames() {
    }

    /** Role words before the names: "In:", "in", "edited by", "ed. by", "eds.", "hrsg. v.", "hg. von", "sous la dir. de". */
    private static final Pattern HEAD = Pattern.compile("(?iu)^(?:\\s|[.,;:(\\[]|\\bin\\b:?"
            + "|\\b(?:edited|eds\\.?|ed\\.?|hrsg\\.?|hg\\.?|herausgegeben|éds\\.?|éd\\.?|dir\\.?|coord\\.?|red\\.?|a cura di|"
            + "sous la (?:direction|dir\\.?)|compiled)(?![\\p{L}])(?:\\s*(?:by|v\\.|von|de|di|par|door)\\b\\.?)?)+");
    /** Role words after the names: "(Eds.)", ", editors.", "Ed.", "(Hg.)", "(éd.)", "(dir.)", "(a cura di)", "et al.". */
    private static final Pattern TAIL = Pattern.compile("(?iu)(?:[\\s.,;:()\\[\\]]|\\b(?:eds?|editors?|hrsg|hgg?|éds?|dir|"
            + "coords?|red|comps?|compilers?|a cura di|(?:guest|series|volume) editors?)\\b\\.?)+$");
    private static final Pattern INITIAL_END = Pattern.compile("(?<![\\p{L}])\\p{Lu}$");
    private static final Pattern ET_AL_TAIL = Pattern.compile("(?iu)[,\\s]*\\bet\\s*al\\b\\.?\\s*$");

    /** Words that say the names next to them are editors ("Eds.", "edited", "Hrsg.", "Éditeurs", "a cura di"). */
    private static final Pattern CUE = Pattern.compile("(?iu)eds?|editors?|edited|editado|editores|hrsg|hgg?|herausgeber|"
            + "herausgegeben|[ée]ds?|[ée]diteurs?|coords?|red|cura|eds?(?=\\p{Lu})");
    /** Words that may stand before the names in the field, cut off with everything before them ("5 A, Eds. C. Domb"). */
    private static final Pattern HEAD_WORD = Pattern.compile("(?iu)in:?|eds?|editors?|edited|hrsg|hg|herausgegeben|[ée]ds?|"
            + "[ée]diteurs?|dir|sous|coord");
    /** Words that go on a head ("ed. by", "hrsg. v.", "sous la dir. de", "a cura di"), only right after one. */
    private static final Pattern HEAD_LINK = Pattern.compile("(?iu)by|v|von|de|par|la|direction|cura|di");
    /** Translators, directors and performers are no editors ("Translated by", "Trans.", "Übers.", "Dir.", "Perf."). */
    private static final Pattern OTHER_ROLE = Pattern.compile("(?iu)translat\\p{L}*|trans|transl|übers\\p{L}*|trad|"
            + "traduit|traducción|dir|perf|narr|ill|illus|illustrated|performed|directed");

    /**
     * The text of the editors' field, from the first run of EDITOR labels: null when no word around it says they are
     * editors (the labeller reads collaborations' members, "(G. Aad et al.)", and places such as "Washington, D. C."
     * as editors now and then) or when a word before it names another role ("Translated by ..."). Words before the
     * names inside the run ("Eds.", "ed. by", "In:") are left out.
     */
    static String field(String s, ModelTokens t, int[] y) {
        int[] sp = LabelSpans.span(y, RefLabel.EDITOR);
        if (sp == null) {
            return null;
        }
        int a = sp[0];
        int b = sp[1];
        boolean cue = false;
        for (int k = Math.max(0, a - 3); k < t.count && k <= b + 3 && !cue; k++) {
            cue = CUE.matcher(bare(t.word[k])).matches() && !edition(t, k);
        }
        if (!cue) {
            return null;
        }
        for (int k = Math.max(0, a - 2); k <= Math.min(b, a + 1); k++) {
            String w = bare(t.word[k]);
            if (OTHER_ROLE.matcher(w).matches() && !(w.equalsIgnoreCase("dir") && k > 0 && t.word[k - 1].equalsIgnoreCase("la"))) {
                return null;
            }
        }
        int from = a;
        for (int k = a; k <= b && k < a + 4; k++) { // the last head word among the first four tokens
            String w = bare(t.word[k]);
            if (closesNames(t, a, k)) {
                b = k - 1; // "Pettorossi A, ed. Meta-Programming in Logic": the names end before "ed."
                break;
            }
            if (HEAD_WORD.matcher(w).matches() || w.equalsIgnoreCase("a") && k + 1 < t.count && t.word[k + 1].equalsIgnoreCase("cura")) {
                from = k + 1;
                int n = k + 1;
                while (n <= b && (bare(t.word[n]).isEmpty() || HEAD_LINK.matcher(bare(t.word[n])).matches())) {
                    n++;
                }
                if (n <= b && Character.isUpperCase(t.word[n].codePointAt(0))) {
                    from = n; // names follow the head word ("Eds. C. Domb"), not a closing "(Eds.)"
                }
            }
        }
        if (from > b) {
            return null;
        }
        if (from == a && a > 0) {
            from = namesAfterIn(t, y, a);
        }
        return s.substring(t.start[from], t.end[b]);
    }

    /**
     * "In Bouma, H., &amp; Elsendoorn, A. G. (Eds.)" where the labeller took only the last names as editors: the names
     * before them back to "In" belong to the list (capitalised words, initials, commas, "&amp;", "and"; at most 30 tokens).
     */
    private static int namesAfterIn(ModelTokens t, int[] y, int a) {
        for (int k = a - 1; k >= 0 && k >= a - 30; k--) {
            String w = t.word[k];
            if (y[k] != RefLabel.O && y[k] != RefLabel.EDITOR) {
                return a;
            }
            if (w.equals("In") || w.equals("in") || w.equals("In:") || w.equals("in:")) {
                return k + 1 < a ? k + 1 + (t.word[k + 1].equals(":") ? 1 : 0) : a;
            }
            boolean nameLike = w.equals(",") || w.equals("&") || w.equals("and") || w.equals(".")
                    || Character.isUpperCase(w.codePointAt(0)) && w.codePoints().allMatch(c -> Character.isLetter(c)
                    || c == '.' || c == '-' || c == '\'');
            if (!nameLike) {
                return a;
            }
        }
        return a;
    }

    /**
     * Whether "ed." / "eds." at {@code k} closes the names before it: after a comma, and followed by a closing
     * parenthesis or a capitalised word that is no initial, as Vancouver, AMA and Chicago write a book's editor before
     * its title ("In: Pettorossi A, ed. Meta-Programming in Logic.", "in Bill Puka, ed. Moral Development", "(G.
     * Lund, ed.), pp. 1-9"); before an initial ("ed. G. Jacoby", "Eds. C. Domb") it opens the names after it.
     */
    private static boolean closesNames(ModelTokens t, int a, int k) {
        String w = t.word[k];
        if (k - 1 <= a || !(w.equals("ed.") || w.equals("eds.")) || !t.word[k - 1].equals(",") || k + 1 >= t.count) {
            return false;
        }
        String next = t.word[k + 1];
        return next.equals(")") || Character.isUpperCase(next.codePointAt(0)) && next.length() > 2
                && !AuthorScanner.isInitial(next) && !next.endsWith(".");
    }

    /** "2nd ed.", "3. Aufl.", "rev. ed.": an edition, not an editor. */
    private static boolean edition(ModelTokens t, int k) {
        if (k == 0) {
            return false;
        }
        String before = t.word[k - 1].toLowerCase(java.util.Locale.ROOT);
        return before.matches("\\d*(?:st|nd|rd|th|d|e|er|ème)|rev\\.?|revised|new|\\d+(?:st|nd|rd|th)?\\.?|first|second|third|"
                + "fourth|fifth|sixth|seventh|eighth|ninth|tenth|enlarged|expanded");
    }

    private static String bare(String w) {
        return w.replaceAll("^[(\\[]+|[.,;:)\\]]+$", "");
    }

    /** Whether the names of {@code text} are none of {@code authors} (the rules may read the authors as editors). */
    static boolean notAuthors(String text, List<CitationAuthor> authors) {
        for (CitationAuthor e : of(text)) {
            for (CitationAuthor a : authors) {
                if (e.family().equalsIgnoreCase(a.family())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "by" or "and" glued to the next name by PDF extraction ("edited byC. E. Clayton andP. Muggly"), or a leading
     * "In" glued to an initial ("InK. L. Brand"); group 1 or 2 the word.
     */
    private static final Pattern GLUED_LINK = Pattern.compile("\\b(by|and|eds?)(?=\\p{Lu})|^(In:?)(?=\\p{Lu}\\.)");

    /** The longest editors' or place field read (characters); no real one comes near it. */
    static final int MAX_FIELD = 1000;

    /** The editors named in {@code text} (the labeller's EDITOR field), in order; empty when none. */
    static List<CitationAuthor> of(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_FIELD) {
            return List.of(); // a longer run is no list of editors: left out, and the tail patterns stay linear
        }
        String core = GLUED_LINK.matcher(text.replaceAll("\\s+", " ").trim()).replaceAll("$1$2 ");
        String headless = HEAD.matcher(core).replaceFirst("");
        core = TAIL.matcher(headless).replaceFirst("");
        if (core.length() < headless.length() && headless.charAt(core.length()) == '.' && INITIAL_END.matcher(core).find()) {
            core = core + "."; // "Schmidt, H. (Hrsg.)": the initial keeps its period
        }
        java.util.regex.Matcher m = ET_AL_TAIL.matcher(core);
        if (m.find()) { // "P. H. Damgaard, et al.": the names before it
            core = TAIL.matcher(core.substring(0, m.start())).replaceFirst("");
        }
        if (core.isEmpty() || core.codePoints().noneMatch(Character::isLetter)) {
            return List.of();
        }
        RefTokens t = RefTokens.of(core);
        AuthorScanner.Names names = AuthorScanner.scan(t, 0);
        List<CitationAuthor> out = new ArrayList<>(names.authors());
        String rest = names.end() < t.count ? core.substring(t.start[Math.max(0, names.end())]) : "";
        out.addAll(NameRules.simpleNames(rest));
        List<CitationAuthor> kept = new ArrayList<>(out.size());
        for (CitationAuthor a : out) {
            String family = clean(a.family());
            String given = a.given() == null ? null : clean(a.given());
            // a name has a capital ("nd" of "2nd ed." read as a name has none)
            // a bit of a role or an ordinal read as a name ("nd" of "2nd ed.", "trans") has no capital; "research
            // group" of "& The PDP research group" does not need one
            if (family != null && family.codePoints().anyMatch(Character::isLetter) && (family.codePoints()
                    .anyMatch(Character::isUpperCase) || family.length() > 3 && !OTHER_ROLE.matcher(family).matches()
                    && !CUE.matcher(family).matches())) {
                kept.add(new CitationAuthor(family, given == null || given.isEmpty() ? null : given));
            }
        }
        return List.copyOf(kept);
    }

    /** The publisher's place as the labeller gave it, without the colon or comma that joins it to the publisher. */
    static String place(String text) {
        if (text == null || text.length() > MAX_FIELD) {
            return null;
        }
        int colon = text.indexOf(':');
        String p = (colon > 0 ? text.substring(0, colon) : text).replaceAll("\\s+", " ").replaceAll("^[\\s.,;:(\\[]+|[\\s,;:(\\[]+$", "").trim();
        if (p.endsWith(".") && !p.matches(".*\\b\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*")) {
            p = p.substring(0, p.length() - 1).trim(); // "Berlin." ends a sentence; "Washington, D.C." keeps its period
        }
        if (p.endsWith(")") && p.indexOf('(') < 0) {
            p = p.substring(0, p.length() - 1).trim();
        }
        return p.isEmpty() || p.codePoints().noneMatch(Character::isLetter) ? null : p;
    }

    /**
     * The publisher the labeller read as part of the place, "Place: Publisher" taken whole ("New York: Viking"): the
     * capitalised words after the colon; null when there is no colon or nothing capitalised after it.
     */
    static String publisherInPlace(String text) {
        int colon = text == null || text.length() > MAX_FIELD ? -1 : text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String after = text.substring(colon + 1).replaceAll("\\s+", " ").replaceAll("[\\s.,;]+$", "").trim();
        return !after.isEmpty() && Character.isUpperCase(after.codePointAt(0)) ? after : null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.trim().replaceAll("\\s+", " ").replaceAll("^[,;&(\\[]+|[,;&)\\]]+$", "").trim();
        return c.isEmpty() ? null : c;
    }
}
