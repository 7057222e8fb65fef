package org.citemeta.extract.citation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Post-labelling rules about containers and volumes the model misreads in forms the earlier rules leave. On the labels
 * ({@link #apply(ModelTokens, int[])}, called from {@link ModelFieldLabeller#assemble} right after
 * {@link ContainerScopeRules}): a subtitle after a colon at the end read as the container, a journal's transliterated
 * name before "=" read as the title, a book before its translator and a journal after a quoted title read as editors.
 * On the fields ({@link #apply(ModelTokens, int[], LabelledFields)}, right after {@link VolumeScopeRules}): a
 * container that runs on into an unclosed "(", the number of a standard read as the volume, a corporate author
 * repeated as the container, a quoted title that ran on into the journal, a part letter as the container. Each rule
 * was measured alone on both evaluation corpora (see the citation README).
 */
final class ContainerVolumeRules {
    private ContainerVolumeRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y) {
        subtitleAfterColonIsNoContainer(t, y);
        journalNameBeforeEquals(t, y);
        bookBeforeTranslatorReadAsEditors(t, y);
        journalAfterQuotedTitleReadAsEditors(t, y);
    }

    /**
     * A subtitle after a colon at the end of the reference is no container: "Lund, K. (2006). The Quiet Harbour
     * Project: Building a Corpus of Crane Sounds." had the container "Building a Corpus of Crane Sounds". Where a title
     * run is followed by an unlabelled ":" and a container run that goes to the end of the reference (punctuation
     * aside), and nothing is labelled volume, issue, pages or publisher, the colon and the container run join the
     * title.
     */
    static void subtitleAfterColonIsNoContainer(ModelTokens t, int[] y) {
        for (int k = 0; k < t.count; k++) {
            int l = y[k];
            if (l == RefLabel.VOLUME || l == RefLabel.ISSUE || l == RefLabel.PAGES || l == RefLabel.PUBLISHER) {
                return;
            }
        }
        for (int k = 1; k + 1 < t.count; k++) {
            if (!t.word[k].equals(":") || y[k] != RefLabel.O || y[k - 1] != RefLabel.TITLE
                    || y[k + 1] != RefLabel.CONTAINER) {
                continue;
            }
            int e = k + 1;
            while (e + 1 < t.count && y[e + 1] == RefLabel.CONTAINER) {
                e++;
            }
            for (int i = e + 1; i < t.count; i++) {
                if (!t.word[i].matches("\\p{Punct}+")) {
                    return;
                }
            }
            for (int i = k; i <= e; i++) {
                y[i] = RefLabel.TITLE;
            }
            return;
        }
    }

    /**
     * A journal cited under two names joined by "=" (PubMed's transliterated name, then the English one): "Lin, Q.
     * (2009). [Quiet cranes in the harbour]. Gang kou xue bao= Journal of harbours, 25(4), 566-574." had the title run
     * on into "Gang kou xue bao=" and only the English name as the container. Where a container run comes right after
     * an "=" that is labelled title or nothing, the words before the "=" back to the end of the last sentence (a token
     * ending in "." or a bracket; 1 to 12 words, labelled title or nothing) and the "=" join the container.
     */
    static void journalNameBeforeEquals(ModelTokens t, int[] y) {
        for (int k = 1; k + 1 < t.count; k++) {
            if (!t.word[k].equals("=") || y[k + 1] != RefLabel.CONTAINER
                    || y[k] != RefLabel.TITLE && y[k] != RefLabel.O) {
                continue;
            }
            int b = k;
            while (b - 1 >= 0 && (y[b - 1] == RefLabel.TITLE || y[b - 1] == RefLabel.O)
                    && !t.word[b - 1].endsWith(".") && !t.word[b - 1].matches("[\\]\\)\"\u201d]")) {
                b--;
            }
            if (b == k || k - b > 12 || b == 0) {
                continue;
            }
            for (int i = b; i <= k; i++) {
                y[i] = RefLabel.CONTAINER;
            }
        }
    }

    private static final Pattern TRANSLATOR_WORD = Pattern.compile(
            "(?i)trad\\.?|trans\\.?|transl\\.?|translated|traduit|übers\\.?");

    /**
     * A book after "in" read as editors, before its translator or editor: 'Karl Lund, « Petite histoire du port » in
     * Écrits II, Trad. fr. par Anne Holm. Paris : Quai, 2000.' had "Écrits II, Trad. fr. par Anne Holm." as editors
     * and no container. Where an editors' run begins right after an unlabelled "in"/"In" that follows a closing quote,
     * and a comma inside it is followed by a translator's or editor's word ("Trad.", "trans.", "ed.", "edited", "Hrsg."),
     * the words before that comma (one to eight tokens, not followed by initials) are the container.
     */
    static void bookBeforeTranslatorReadAsEditors(ModelTokens t, int[] y) {
        for (int k = 2; k + 2 < t.count; k++) {
            if (y[k] != RefLabel.EDITOR || y[k - 1] != RefLabel.O || !t.word[k - 1].equalsIgnoreCase("in")
                    || y[k - 2] != RefLabel.O || !t.word[k - 2].matches("[\"\u201d\u00bb\u2019']")) {
                continue;
            }
            for (int c = k + 1; c + 1 < t.count && c - k <= 8 && y[c] == RefLabel.EDITOR; c++) {
                if (!t.word[c].equals(",")) {
                    continue;
                }
                if (y[c + 1] == RefLabel.EDITOR && TRANSLATOR_WORD.matcher(t.word[c + 1]).matches()
                        && c + 2 < t.count && !t.word[c + 2].equals(",")) {
                    for (int i = k; i < c; i++) {
                        y[i] = RefLabel.CONTAINER;
                    }
                    y[c] = RefLabel.O;
                }
                break;
            }
        }
    }

    private static final Pattern EDITOR_WORD = Pattern.compile(
            "(?i)\\(?(eds?|editors?|edited|edit|dir|dirs|hrsg|hg|coord|comp|cura|org|orgs)\\.?\\)?,?");

    /**
     * A journal after a quoted title read as editors: 'K. HOLM, « Les grues du port », J.Q.P. B., 2003, n° 14' had the
     * editors "J.Q.P. B." and no container. Where there is no container run and an editors' run comes right after a
     * closing quote and a comma, holds no comma, "and", "&" or word in lower case, is followed by a comma, and no word of the reference names an editor ("ed.", "eds",
     * "edited", "dir.", "Hrsg.", "a cura"), the run is the container.
     */
    static void journalAfterQuotedTitleReadAsEditors(ModelTokens t, int[] y) {
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER || EDITOR_WORD.matcher(t.word[k]).matches()) {
                return;
            }
        }
        for (int k = 2; k < t.count; k++) {
            if (y[k] != RefLabel.EDITOR || !t.word[k - 1].equals(",") || y[k - 1] != RefLabel.O
                    || !t.word[k - 2].matches("[\"\u201d\u00bb]")) {
                continue;
            }
            int e = k;
            while (e + 1 < t.count && y[e + 1] == RefLabel.EDITOR) {
                e++;
            }
            boolean nameList = false;
            for (int i = k; i <= e; i++) {
                String w = t.word[i];
                nameList |= w.equals(",") || w.equals("&") || w.equalsIgnoreCase("and") || w.equals("et")
                        || Character.isLowerCase(w.codePointAt(0));
            }
            if (!nameList && e + 1 < t.count && t.word[e + 1].equals(",")) {
                for (int i = k; i <= e; i++) {
                    y[i] = RefLabel.CONTAINER;
                }
            }
            return;
        }
    }

    /** The field rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        unclosedParenEndsContainer(f);
        standardNumberIsNoVolume(t, f);
        corporateAuthorIsNoContainer(f);
        quotedTitleRunsIntoContainer(f);
        numberOrPartLetterIsNoContainer(f);
    }

    /**
     * A container that runs on into an unclosed parenthesis after a quoted book title or a comma ends before it:
     * 'K. Lund, "Quiet cranes," in "Harbours: Lifting in Silence," (Quay Press, 1985), pp. 5-9.' gave the container
     * 'Harbours: Lifting in Silence," (Quay Press'. Where the container holds a "(" with no ")" after it and the
     * character before the "(" (spaces aside) is a quote or a comma, the container ends before the "(".
     */
    static void unclosedParenEndsContainer(LabelledFields f) {
        String c = f.container;
        if (c == null) {
            return;
        }
        int p = c.lastIndexOf('(');
        if (p <= 0 || c.indexOf(')', p) >= 0) {
            return;
        }
        String head = c.substring(0, p).stripTrailing();
        if (head.isEmpty()) {
            return;
        }
        char last = head.charAt(head.length() - 1);
        if (last == '"' || last == '\u201d' || last == '\u201c' || last == '\'' || last == '\u2019' || last == ','
                || last == '\u00bb') {
            String cut = Ends.cutTrailing(head, Ends.SPACE + ",\"'\u201c\u201d\u2019\u00bb");
            if (!cut.isEmpty()) {
                f.container = cut;
            }
        }
    }

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");

    /**
     * The number of a standard is no volume: "Quay Lifting Code. QLC 412-09. Quay Institute, 2009." gave the volume
     * 412. Where every place the volume is written comes right after a word of two to five capitals and is glued to a
     * dash and two digits (the standard's year), the volume goes.
     */
    static void standardNumberIsNoVolume(ModelTokens t, LabelledFields f) {
        if (f.volume == null || !f.volume.matches("\\d{2,5}")) {
            return;
        }
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (t.word[k].equals(f.volume)) {
                boolean standard = k > 0 && ACRONYM.matcher(t.word[k - 1]).matches() && !t.glued(k - 1)
                        && k + 2 < t.count && t.glued(k) && t.word[k + 1].equals("-") && t.glued(k + 1)
                        && t.word[k + 2].matches("\\d{2}") && !(k + 3 < t.count && t.glued(k + 2)
                        && t.word[k + 3].matches("[-\\d].*"));
                if (!standard) {
                    return;
                }
                seen = true;
            }
        }
        if (seen) {
            f.volume = null;
        }
    }

    /**
     * A corporate author repeated as the container is no container: "QLI (2009). Quay Lifting Code. QLI 412-09. Quay
     * Lifting Institute." gave the container "QLI". Where the only author is one word (no given name) and the container
     * is that word, the container goes.
     */
    static void corporateAuthorIsNoContainer(LabelledFields f) {
        if (f.container == null || f.authors.size() != 1) {
            return;
        }
        CitationAuthor a = f.authors.get(0);
        if (a.family() == null || a.given() != null && !a.given().isBlank()) {
            return;
        }
        if (fold(a.family()).equals(fold(f.container)) && !fold(a.family()).isEmpty()) {
            f.container = null;
        }
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (Character.isLetterOrDigit(d.charAt(i))) {
                b.append(d.charAt(i));
            }
        }
        return b.toString();
    }

    private static final Pattern QUOTE_COMMA = Pattern.compile("[\"\u201d\u00bb]\\s*,\\s*");
    private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d\u00ab\u00bb]");

    /**
     * A quoted title that runs on past its closing quote into the container: 'LUND Karl, « Les grues « silencieuses »
     * du port », Revue des quais et des ports, mai 2001, pp. 3-9.' gave the title 'Les grues ... du port ", Revue des
     * quais et des ports' and no container. Where there is no container and the title holds, after an odd number of
     * quotes (the opening one is outside the title), a closing quote, a comma and two or more words without quotes
     * beginning with a capital, those words are the container and the title ends before the quote.
     */
    static void quotedTitleRunsIntoContainer(LabelledFields f) {
        if (f.container != null || f.title == null) {
            return;
        }
        java.util.regex.Matcher m = QUOTE_COMMA.matcher(f.title);
        int at = -1;
        int endAt = -1;
        while (m.find()) {
            at = m.start();
            endAt = m.end();
        }
        if (at <= 0) {
            return;
        }
        String head = f.title.substring(0, at + 1);
        String tail = f.title.substring(endAt).trim();
        long quotes = QUOTES.matcher(head).results().count();
        if (quotes % 2 == 0 || QUOTES.matcher(tail).find() || tail.split("\\s+").length < 2
                || !Character.isUpperCase(tail.codePointAt(0))) {
            return;
        }
        f.title = head.substring(0, head.length() - 1).trim();
        f.container = tail;
    }

    private static final Pattern NUMBER_OR_PART_LETTER = Pattern.compile("\\d+|(?i:part|section|teil)\\s+[A-Z]");

    /**
     * A container that is only a number, or "Part" (or "Section", "Teil") and a capital letter, names nothing:
     * "Guidance Note on Quiet Cranes. - Part B, Bergen: Quay Desk; 2015" gave the container "Part B".
     * ({@link ContainerEdgeRules#numberingIsNoContainer}, later in {@code assemble}, knows "Part 2" and "Part IV", not a
     * part letter.)
     */
    static void numberOrPartLetterIsNoContainer(LabelledFields f) {
        if (f.container != null && NUMBER_OR_PART_LETTER.matcher(f.container.strip()).matches()) {
            f.container = null;
        }
    }
}
