package org.citemeta.extract.citation;

import java.util.List;

/**
 * Post-processing rules of {@link ModelFieldLabeller#assemble} about the names: authors (family and given names,
 * initials, "et al.", collaborations), editors, translators and other roles, reviews. Each rule relabels the model's
 * token labels {@code y} (or the author list) in place; {@code assemble} calls them in a fixed order.
 */
final class NameRules {
    private NameRules() {
    }

    /** The "al" of "et al." ("al", "al."), not a word that starts with "al". */
    static boolean isAl(String w) {
        return w.equalsIgnoreCase("al") || w.equalsIgnoreCase("al.");
    }

    static final java.util.regex.Pattern ET_AL = java.util.regex.Pattern.compile("(?i)\\bet\\s*\\.?\\s*al\\b");
    private static final java.util.regex.Pattern NAME_SEPARATOR = java.util.regex.Pattern.compile(
            "\\s*(?:;|,|\\band\\b|&|\\bund\\b|\\bet\\b(?!\\s*\\.?\\s*al))\\s*");
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("\\(\\s*(?:\\.\\.\\.|…)\\s*\\)");
    private static final java.util.regex.Pattern SPACE_PERIOD = java.util.regex.Pattern.compile("\\s+\\.");
    private static final java.util.regex.Pattern CHUNK_START = java.util.regex.Pattern.compile("^[\\s.,;:]+");
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}\\s*\\.?\\s*-?\\s*){1,4}");

    /** Names split at ";", ",", "and", "&"; a chunk of initials after a one-word chunk is its given name. */
    static List<CitationAuthor> simpleNames(String text) {
        List<CitationAuthor> out = new java.util.ArrayList<>();
        String t = ELLIPSIS.matcher(ET_AL.matcher(text).replaceAll(" ")).replaceAll(" ");
        String[] chunks = NAME_SEPARATOR.split(t);
        for (int i = 0; i < chunks.length; i++) {
            String c = Ends.cutTrailing(CHUNK_START.matcher(SPACE_PERIOD.matcher(chunks[i]).replaceAll(".")).replaceAll(""), Ends.SPACE + ",;:");
            if (c.isEmpty() || !c.codePoints().anyMatch(Character::isLetter)) {
                continue;
            }
            String next = i + 1 < chunks.length ? chunks[i + 1].trim() : "";
            if (!c.contains(" ") && !INITIALS.matcher(c).matches() && !next.isEmpty() && INITIALS.matcher(next).matches()) {
                out.add(new CitationAuthor(c, next));
                i++;
                continue;
            }
            int sp = c.lastIndexOf(' ');
            if (sp < 0) {
                out.add(new CitationAuthor(c, null));
            } else if (INITIALS.matcher(c.substring(sp + 1)).matches()) {
                out.add(new CitationAuthor(c.substring(0, sp).trim(), c.substring(sp + 1)));
            } else {
                out.add(new CitationAuthor(c.substring(sp + 1), c.substring(0, sp).trim()));
            }
        }
        return out;
    }

    /**
     * Names of the rules' longer list that the model read as title words after its own author span are the title's
     * ("C. M. Bishop, Pattern Recognition and Machine Learning (Springer, 2006)": no authors "Recognition, Pattern" and
     * "Learning, Machine"): from the end of the list, a name whose words all lie after the model's author span, none
     * labelled author, its family name labelled title, is dropped.
     */
    static void titleNames(String s, ModelTokens t, int[] y, List<CitationAuthor> authors, int from) {
        while (authors.size() > 1) {
            CitationAuthor last = authors.get(authors.size() - 1);
            if (last.family() == null || !titleWords(s, t, y, last.family(), from, true)
                    || last.given() != null && !last.given().isBlank() && !titleWords(s, t, y, last.given(), from, false)) {
                return;
            }
            authors.remove(authors.size() - 1);
        }
    }

    /** The words of {@code part}, found in s after {@code from}, are labelled no author (and title when asked). */
    private static boolean titleWords(String s, ModelTokens t, int[] y, String part, int from, boolean title) {
        int i = s.indexOf(part, from);
        if (i < 0) {
            return false;
        }
        int e = i + part.length();
        boolean any = false;
        boolean titled = false;
        for (int k = 0; k < t.count; k++) {
            if (t.start[k] >= i && t.end[k] <= e + 1 && t.start[k] < e && Character.isLetter(t.word[k].charAt(0))) {
                any = true;
                if (y[k] == RefLabel.AUTHOR) {
                    return false;
                }
                titled |= y[k] == RefLabel.TITLE;
            }
        }
        return any && (!title || titled);
    }

    private static final java.util.regex.Pattern COLLABORATION_AFTER_ET_AL = java.util.regex.Pattern.compile(
            "\\bet\\s*\\.?\\s*al\\s*\\.?\\s*[,:;]?\\s*\\(?\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*){0,2}\\s*Collaborations?)\\b");

    private static final java.util.regex.Pattern NAME_IN_PARENTHESES = java.util.regex.Pattern.compile(
            "^[^(]{2,40}Collab[^(]{0,12}\\(\\s*((?:\\p{Lu}\\.\\s*(?:-\\s*)?){1,3})(\\p{Lu}[\\p{L}'-]+)\\s+et\\s*\\.?\\s*al\\b");

    /**
     * The collaboration named right after "et al." is one more author ("F. Doe et al. (CDF Collaboration)", "Roe, J.,
     * et al.: XYZ Collaboration"), and the name in parentheses after a collaboration ("XYZ Collab. (F. Doe et al.)").
     */
    static void collaborationAfterEtAl(String s, LabelledFields f) {
        if (f.authors.size() == 1 && (f.authors.get(0).family() + " " + f.authors.get(0).given()).contains("Collab")) {
            // "ATLAS Collab. (G. Aad et al.)": the name in the parentheses is an author too
            java.util.regex.Matcher p = NAME_IN_PARENTHESES.matcher(s);
            if (p.find()) {
                f.authors.add(new CitationAuthor(p.group(2), p.group(1).trim()));
                f.etAl = true;
            }
            return;
        }
        if (!f.etAl || f.authors.isEmpty()) {
            return;
        }
        java.util.regex.Matcher m = COLLABORATION_AFTER_ET_AL.matcher(s);
        if (!m.find()) {
            return;
        }
        String name = m.group(1);
        for (CitationAuthor a : f.authors) {
            if (a.family() != null && a.family().contains("ollaboration")) {
                return;
            }
        }
        f.authors.add(new CitationAuthor(name, null));
    }

    /**
     * A last "name" without a given name that breaks the style of the list is no name: after names all with initials
     * and family names in capitals ("M. GAUDRY et A. MARQUET. Tetrahedron, 26"), a word not in capitals; a word
     * with a digit or an opening parenthesis.
     */
    static void lastNameStyle(List<CitationAuthor> authors) {
        int n = authors.size();
        if (n < 2) {
            return;
        }
        CitationAuthor last = authors.get(n - 1);
        String fam = last.family();
        if (fam == null || last.given() != null && !last.given().isBlank()) {
            return;
        }
        boolean capitals = true;
        for (int i = 0; i < n - 1; i++) {
            CitationAuthor a = authors.get(i);
            if (a.given() == null || a.given().isBlank() || a.family() == null) {
                return;
            }
            capitals &= a.family().codePoints().anyMatch(Character::isLetter)
                    && a.family().codePoints().noneMatch(Character::isLowerCase);
        }
        boolean odd = fam.codePoints().anyMatch(Character::isDigit) || fam.startsWith("(")
                || capitals && fam.codePoints().anyMatch(Character::isLowerCase);
        if (odd) {
            authors.remove(n - 1);
        }
    }

    /**
     * The title does not start with the family name of the last author ("H. Raiffa. The Art and Science of
     * Negotiation", "J. J. Koenderink. The structure of images"): the model often gives that word, period included,
     * to the title when the author span it labelled ends right before it.
     */
    static void familyNotTitle(ModelTokens t, int[] y, List<CitationAuthor> authors) {
        if (authors.isEmpty()) {
            return;
        }
        String fam = authors.get(authors.size() - 1).family();
        String given = authors.get(authors.size() - 1).given();
        String initial = given == null || given.isBlank() ? null : given.substring(given.lastIndexOf(' ') + 1);
        if (fam == null || fam.isBlank()) {
            return;
        }
        for (int k = 1; k < t.count; k++) {
            if (y[k] == RefLabel.TITLE) {
                String w = t.word[k].endsWith(".") ? t.word[k].substring(0, t.word[k].length() - 1) : t.word[k];
                // the family name, or the last initial of an inverted name ("Flajolet, P. An analytic approach")
                boolean name = w.equals(fam) || initial != null && initial.length() == 2 && initial.endsWith(".")
                        && t.word[k].equals(initial);
                if (y[k - 1] == RefLabel.AUTHOR && name && k + 1 < t.count && y[k + 1] == RefLabel.TITLE
                        && !(t.word[k + 1].equals(":") && earlier(t, k, w))) {
                    // (but "Hawthorne, Nathaniel. Hawthorne: Tales and Sketches": a title headed by the name)
                    y[k] = RefLabel.AUTHOR;
                }
                return;
            }
        }
    }

    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+");
    private static final java.util.regex.Pattern EDITOR_MARK = java.util.regex.Pattern.compile(
            "(?i)eds?\\.?|editors?|trans\\.?|hrsg\\.?|dir\\.?");

    /**
     * A book cited in the humanities' note style, the author's name inverted and the title after it with nothing but
     * commas between ("Lund, Marta, Stille Wasser, Karl Berg (ed.) (Bremen: Quarry, 1986).", "Lund, Marta, Reading
     * Machines and Minds, Journal 59, pp 433–460"): where the model read no title at all and ran the names on into
     * the comma-separated part after "Family, Given,", that part is the title; more names after it are the editors
     * or translators when a marker ("(ed.)", "(eds.)", "(trans.)") or the model's editors close them, and otherwise the rule leaves the
     * names alone (a list of names "Lund, Marta, Karl Berg, Anna Holm" stays one).
     */
    static void titleAfterInvertedName(ModelTokens t, int[] y) {
        if (t.count < 6 || y[0] != RefLabel.AUTHOR || y[1] != RefLabel.AUTHOR || y[2] != RefLabel.AUTHOR
                || y[4] != RefLabel.AUTHOR || !t.word[1].equals(",") || !t.word[3].equals(",")
                || !NAME_WORD.matcher(t.word[0]).matches() || !NAME_WORD.matcher(t.word[2]).matches()) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.TITLE) {
                return;
            }
        }
        int k = 4;
        while (k < t.count && y[k] == RefLabel.AUTHOR && !t.word[k].equals(",")) {
            if (INITIAL.matcher(t.word[k]).matches() || t.word[k].equals("&")
                    || k == 4 && (t.word[k].equalsIgnoreCase("and") || !Character.isUpperCase(t.word[k].charAt(0)))) {
                return;
            }
            k++;
        }
        int titleEnd = k; // exclusive
        if (k < t.count && y[k] == RefLabel.AUTHOR) {
            // more names: only editors or translators closed by their marker
            int e = k;
            while (e < t.count && y[e] == RefLabel.AUTHOR) {
                e++;
            }
            int n = e < t.count && t.word[e].equals(",") && y[e] == RefLabel.O ? e + 1 : e; // "..., and B (eds.)"
            int m = n < t.count && t.word[n].equals("(") ? n + 1 : n;
            if (m >= t.count || !EDITOR_MARK.matcher(t.word[m]).matches() && y[n] != RefLabel.EDITOR) {
                return;
            }
            for (int j = k; j < e; j++) {
                y[j] = t.word[j].equals(",") && (j == k || j == e - 1) ? RefLabel.O : RefLabel.EDITOR;
            }
        }
        for (int j = 4; j < titleEnd; j++) {
            y[j] = RefLabel.TITLE;
        }
        y[3] = RefLabel.O;
    }

    /** A role that opens a sentence of names in MLA and Chicago ("Trans.", "Dir.", "Perf.", "Edited by", "Hrsg. von"). */
    private static final java.util.regex.Pattern ROLE_WORD = java.util.regex.Pattern.compile(
            "Trans\\.|Transl\\.|Trad\\.|Dir\\.?|Perf\\.|Prod\\.|Ed\\.|Eds\\.|Hrsg\\.|Übers\\.");
    private static final java.util.regex.Pattern ROLE_VERB = java.util.regex.Pattern.compile(
            "Edited|Translated|Directed|Produced|Performed|Herausgegeben|Übersetzt|Ubersetzt|Traduit");
    private static final java.util.Set<String> ROLE_NAME_LINKS = java.util.Set.of("and", "&", "et", "al.", "by", "von",
            "van", "de", "der", "du", "la", "le", "di", "da", "und", "par");

    /**
     * A sentence that names the translator, director, performers or editors of a work ("... Metapsychology.” Trans.
     * Karl Lund. Quarry Inquiry 13.2 (1989)", "The Arrival. Dir. Anna Holm. Perf. Karl Lund. Artisan, 1996.", "Quiet
     * Harbours. Edited by Karl Lund, Anna Holm, and Marta Berg. New York: Norton, 1977."): from the role, which opens
     * a sentence, up to the word that ends the sentence, are names of contributors, not the title or the container.
     * Only names follow the role (capitalised words, initials and "and", "et al.", "von" ...), at most 24 tokens, and
     * no journal's word among them nor a known journal from the role on ("Trans. Faraday Soc.", "Phil. Trans. Roy.
     * Soc. London A").
     */
    static void rolePhrase(ModelTokens t, int[] y) {
        for (int k = 1; k + 1 < t.count; k++) {
            String w = t.word[k];
            char c = w.charAt(0);
            if (w.length() > 13 || c != 'T' && c != 'D' && c != 'P' && c != 'E' && c != 'H' && c != 'Ü' && c != 'U') {
                continue; // cheap: no role starts with another letter
            }
            int names;
            if (ROLE_WORD.matcher(w).matches()) {
                names = t.word[k + 1].equals(",") ? k + 2 : k + 1;
            } else if (ROLE_VERB.matcher(w).matches() && (t.word[k + 1].equals("by") || t.word[k + 1].equals("von")
                    || t.word[k + 1].equals("par"))) {
                names = k + 2;
            } else {
                continue;
            }
            int p = k - 1;
            if (p > 0 && (t.word[p].equals("\"") || t.word[p].equals("”") || t.word[p].equals("’"))) {
                p--;
            }
            String before = t.word[p];
            if (!(before.endsWith(".") || before.endsWith("?") || before.endsWith("!")) || before.length() < 2) {
                continue; // not at the start of a sentence ("2nd ed.", "Rev. ed.")
            }
            int end = -1;
            for (int j = names; j < t.count && j < names + 24; j++) {
                String n = t.word[j];
                if (n.equals(",")) {
                    continue;
                }
                if (!Character.isUpperCase(n.charAt(0)) && !ROLE_NAME_LINKS.contains(n)) {
                    break;
                }
                if (n.endsWith(".") && n.length() > 3 && (Abbreviations.isJournalWord(n.substring(0, n.length() - 1))
                        || Journals.abbreviation(n))) {
                    break; // a journal's words ("Trans. Amer. Math. Soc.", "Phil. Trans. Roy. Soc."): no names
                }
                if (n.endsWith(".") && !INITIAL.matcher(n).matches()) {
                    end = j;
                    break;
                }
            }
            if (end < 0 || end == names && !Character.isUpperCase(t.word[names].charAt(0)) || Journals.knownFrom(t, k) > 0) {
                continue;
            }
            for (int j = k; j <= end; j++) {
                if (y[j] == RefLabel.TITLE || y[j] == RefLabel.CONTAINER || y[j] == RefLabel.PUBLISHER
                        || y[j] == RefLabel.PLACE || y[j] == RefLabel.O) {
                    y[j] = RefLabel.EDITOR;
                }
            }
            k = end;
        }
    }

    /**
     * The editors of a book read as its container ("... Theory.” in Karl Lund, ed. Quiet Harbours: Essays, Vol. 1.",
     * "In Anna Holm, editor, Quiet Programs, volume 193", "in Karl Lund, Anna Holm, and Marta Berg (eds.), Harbours
     * 2001, 2 vols."): where the model read names as container right before an editor's marker ("ed.", "eds.",
     * "editor", "(eds.)", with the model's editor words between) and read a container again after it, the names are
     * the editors; the container is the book after the marker. Names only: capitalised words, initials, commas and
     * "and" / "&"; where the model's editor words stand between them and the marker, those go on with "and" or are the
     * initials of a single family name ("French, B.M. and Short, N.M., eds."): a book's title comes before its
     * editors too ("In Quiet Bioassays, A. L. Lund and K. Berg, eds.").
     */
    static void editorsReadAsContainer(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 < 0) {
            return;
        }
        int c1 = c0;
        while (c1 + 1 < t.count && (y[c1 + 1] == RefLabel.CONTAINER || t.word[c1 + 1].equals(",") && c1 + 2 < t.count
                && y[c1 + 2] == RefLabel.CONTAINER)) {
            c1++;
        }
        for (int j = c0; j <= c1; j++) {
            String w = t.word[j];
            if (!(w.equals(",") || w.equals("and") || w.equals("&") || Character.isUpperCase(w.charAt(0))
                    && !w.endsWith(":") && (w.indexOf('.') < 0 || INITIAL.matcher(w).matches()
                    || w.length() <= 5 && DOTTED_INITIALS.matcher(w).matches()))) {
                return;
            }
        }
        int k = c1 + 1;
        if (k < t.count && t.word[k].equals(",") && y[k] != RefLabel.CONTAINER) {
            k++;
        }
        boolean mark = false;
        int e = k;
        while (e < t.count && (y[e] == RefLabel.EDITOR || EDITOR_MARK.matcher(t.word[e]).matches()
                || (t.word[e].equals("(") || t.word[e].equals(")") || t.word[e].equals(",")) && e > k)) {
            mark |= EDITOR_MARK.matcher(t.word[e]).matches() && !t.word[e].equalsIgnoreCase("dir")
                    && !t.word[e].equalsIgnoreCase("dir.");
            if (mark && !(y[e] == RefLabel.EDITOR || t.word[e].equals(")") || t.word[e].equals(","))
                    && !EDITOR_MARK.matcher(t.word[e]).matches()) {
                break;
            }
            e++;
            if (mark && e < t.count && y[e] == RefLabel.CONTAINER) {
                break;
            }
        }
        if (!mark || e >= t.count || y[e] != RefLabel.CONTAINER
                || Character.isLetter(t.word[e - 1].charAt(0)) && !EDITOR_MARK.matcher(t.word[e - 1]).matches()) {
            return; // (names after the marker: "In Quiet Theory, eds. Karl Lund and Anna Holm. Quarry Series")
        }
        if (y[k] == RefLabel.EDITOR && !EDITOR_MARK.matcher(t.word[k]).matches() && !t.word[k].equals("and")
                && !t.word[k].equals("&") && !(c1 == c0 && INITIAL.matcher(t.word[k]).matches())) {
            return; // the model's editors after a book's title ("In Quiet Bioassays, A. L. Lund and K. Berg, eds.")
        }
        for (int j = c0; j <= c1; j++) {
            y[j] = RefLabel.EDITOR;
        }
    }

    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+");

    /**
     * A review cited in MLA names the work reviewed in a sentence of its own after the title ("Lund, Karl. “Quiet
     * Company.” Review of Harbours, by Anna Holm. Quarry Times Book Review, June 21, 1998, 11."): "Review of ..., by
     * ..." is no container; the periodical is the capitalised words after it up to the comma, whatever the model
     * read them as (a place: "Boston Globe").
     */
    static void reviewOf(ModelTokens t, int[] y) {
        for (int k = 1; k + 3 < t.count; k++) {
            if (!t.word[k].equals("Review") || !t.word[k + 1].equals("of") || y[k] != RefLabel.CONTAINER) {
                continue;
            }
            String before = t.word[k - 1];
            if (!(before.endsWith(".") || before.equals("”") || before.equals("\""))) {
                return;
            }
            int by = k + 2;
            while (by < t.count && by < k + 16 && !t.word[by].equals("by")) {
                by++;
            }
            int end = by + 1;
            while (end < t.count && end < by + 10 && !(t.word[end].endsWith(".") && !INITIAL.matcher(t.word[end]).matches())) {
                end++;
            }
            if (by >= t.count || !t.word[by - 1].equals(",") || end >= t.count || end >= by + 10) {
                return;
            }
            int c = end + 1;
            int c1 = c;
            while (c1 < t.count && Character.isUpperCase(t.word[c1].charAt(0)) && !t.word[c1].endsWith(".")
                    && (y[c1] == RefLabel.CONTAINER || y[c1] == RefLabel.PLACE || y[c1] == RefLabel.PUBLISHER
                    || y[c1] == RefLabel.O)) {
                c1++;
            }
            if (c1 == c || c1 >= t.count || !t.word[c1].equals(",")) {
                return;
            }
            for (int j = k; j <= end; j++) {
                y[j] = RefLabel.O;
            }
            for (int j = c; j < c1; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            return;
        }
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}?\\.");
    private static final java.util.regex.Pattern FAMILY_WORD = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]+\\.?");

    /**
     * In names written initials first ("B. Lund et X. Bergqvist. Can. J. Chem.", "J. KARL BERGQVIST. J. Phys.
     * Chem."), a capitalised word (two in capitals) between the last initial and the journal is the last family name,
     * not a title: the model gives it to the title when no title follows.
     */
    static void familyAfterInitial(ModelTokens t, int[] y) {
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        if (ti == null || ti[0] == 0 || ti[1] - ti[0] > 1 || ti[1] + 1 >= t.count || y[ti[1] + 1] != RefLabel.CONTAINER
                || y[ti[0] - 1] != RefLabel.AUTHOR || !INITIAL.matcher(t.word[ti[0] - 1]).matches()) {
            return;
        }
        int first = 0;
        while (first < ti[0] && !Character.isLetter(t.word[first].charAt(0))) {
            first++;
        }
        if (y[first] != RefLabel.AUTHOR || !INITIAL.matcher(t.word[first]).matches()) {
            return; // not initials first ("Smith J. Superconductivity. Phys. Rev.")
        }
        if (!FAMILY_WORD.matcher(t.word[ti[0]]).matches()) {
            return;
        }
        y[ti[0]] = RefLabel.AUTHOR;
        // the second word too when both are in capitals ("J. KARL BERGQVIST."); otherwise it may begin the journal
        // ("K. Lindqvist Astroparticle | Physics", which the known-journal rule reads later)
        if (ti[1] > ti[0] && FAMILY_WORD.matcher(t.word[ti[1]]).matches() && upper(t.word[ti[0]]) && upper(t.word[ti[1]])) {
            y[ti[1]] = RefLabel.AUTHOR;
        }
    }

    private static boolean upper(String w) {
        return w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * A title that is nothing but an author's family name right after the names ("M. Lund et al. Phys. Rev. D",
     * "B. Lund et X. Bergqvist. Can. J. Chem."): the model gave the last family name to the title where no title
     * follows; it is a name (and an "et al." after it no title either).
     */
    static void familyAloneNotTitle(ModelTokens t, int[] y, List<CitationAuthor> authors) {
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        if (ti == null || ti[0] == 0 || y[ti[0] - 1] != RefLabel.AUTHOR || authors.isEmpty()) {
            return;
        }
        int word = -1;
        for (int k = ti[0]; k <= ti[1]; k++) {
            if (y[k] != RefLabel.TITLE || !Character.isLetterOrDigit(t.word[k].charAt(0))) {
                continue;
            }
            if (word >= 0 && !(t.word[k].equalsIgnoreCase("et") || isAl(t.word[k]))) {
                return; // more than one word besides "et al.": a title
            }
            if (word < 0) {
                word = k;
            }
        }
        if (word < 0) {
            return;
        }
        String w = t.word[word].endsWith(".") ? t.word[word].substring(0, t.word[word].length() - 1) : t.word[word];
        if (authors.stream().noneMatch(a -> w.equalsIgnoreCase(a.family()))) {
            return;
        }
        for (int k = ti[0]; k <= ti[1]; k++) {
            if (y[k] == RefLabel.TITLE) {
                y[k] = k == word ? RefLabel.AUTHOR : RefLabel.O;
            }
        }
    }

    /** Whether a token before k is the word w: the name was written already ("Hawthorne, N. Hawthorne: Tales"). */
    private static boolean earlier(ModelTokens t, int k, String w) {
        for (int j = 0; j < k; j++) {
            if (t.word[j].equals(w)) {
                return true;
            }
        }
        return false;
    }
}
