package org.citemeta.extract.citation;

/**
 * Rules on where the container (the journal, book or proceedings) begins and ends, run late in
 * {@link ModelFieldLabeller#assemble}, after the model's labels and the earlier rules (each measured on both corpora;
 * see the citation README).
 */
final class ContainerBoundaryRules {
    private ContainerBoundaryRules() {
    }

    /**
     * A container that the model began with the title's last words, before the end of the title's sentence, where a
     * known journal follows that sentence end and is the rest of the container ("... in the quiet semimetal Qu 3 Bi. |
     * Science 350", "... on circular RNAs. | Nature 1995; 268", OCR's "... candidate QuP .Nat .Commun .11"): the words
     * up to the sentence end are the title's (where the title comes right before them), else no field's. Not where the
     * container as a whole is a known name ("Eur. J. Phys."), nor where the word before the period is a journal's
     * abbreviation ("Chem. Soc. | Perkin Trans.").
     */
    static void titleSentenceBeforeJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || c[0] == c[1] || Journals.known(t, c[0], c[1])) {
            return; // at the start of the reference there is no title to end ("Intl. J. Quiet Med.")
        }
        int c1 = c[1];
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        // the earliest sentence end inside the container after which a known name runs to the container's end
        for (int k = c[0] + 1; k <= c1; k++) {
            if (!Character.isLetter(t.word[k].charAt(0)) || !Character.isUpperCase(t.word[k].charAt(0))) {
                continue;
            }
            int p = k - 1; // the period ending the sentence: its own token or the end of a word
            String w = t.word[p];
            String before;
            if (w.equals(".")) {
                if (p - 1 < c[0]) {
                    continue;
                }
                before = t.word[p - 1];
            } else if (w.length() > 1 && w.endsWith(".") && !t.glued(p)) {
                before = w.substring(0, w.length() - 1);
            } else {
                continue;
            }
            if (before.isEmpty() || !Character.isLetterOrDigit(before.charAt(0)) || before.endsWith(".")
                    || Abbreviations.isJournalWord(before) || Journals.abbreviation(before + ".")
                    || before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
                continue; // "Chem. Soc.", an initial "R."
            }
            if (!Journals.known(t, k, c1)) {
                continue;
            }
            LabelSpans.containerHeadToTitle(t, y, c[0], k);
            return;
        }
    }

    /**
     * A known journal name whose first words the model gave to the title (or to nothing, or read as a place) right
     * before the container it began later ("Qu Volkova Yad. | Fiz. 31", "... detectors Class .| Quantum Grav .18",
     * "... equation ,Chaos ,| Solitons and Fractals 20"): the name's words are the container's. Only through words and
     * the punctuation inside names; not where the container alone is a known name too.
     */
    static void journalAcrossBoundary(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || Journals.known(t, c[0], c[1])) {
            return;
        }
        int c1 = c[1];
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        int min = c[0] - 1;
        while (min > 0 && (y[min - 1] == RefLabel.TITLE || y[min - 1] == RefLabel.PLACE || y[min - 1] == RefLabel.O)) {
            min--;
        }
        int b = Journals.longestEndingAt(t, min, c1);
        if (b < 0 || b >= c[0]) {
            return;
        }
        for (int j = b; j < c[0]; j++) {
            if (y[j] != RefLabel.TITLE && y[j] != RefLabel.PLACE && y[j] != RefLabel.O) {
                return;
            }
        }
        for (int j = b; j < c[0]; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static final java.util.regex.Pattern NOT_PLACE = java.util.regex.Pattern.compile(
            "(?i)proc\\.?|proceedings|conference|symposium|workshop|congress|meeting|lecture|lectures|notes|series|society"
                    + "|journal|transactions|part|vol\\.?|volume|session|track|ieee|acm|in|and|of|on|the|for|suppl\\.?"
                    + "|supplement|special|issue|edition|ed\\.?|band|bd\\.?|heft|tome|teil|no\\.?|nr\\.?");

    /**
     * The place (or the publisher) of a book written after a comma right before its year is no part of the container
     * ("in K. Berg (ed.), Essays on Quiet Harbours, Ann Arbor 1976, pp. 73-106", "..., Quiet Studies, Lanham-New York
     * 1999, 55-91", "Studies in honour of K. Berg, Gent, 1995, 769-774", "..., Quiet Harbours, InTech, 2012"): one to
     * three capitalised words with lower-case letters (no number, no meeting, series or volume word) after the
     * container's last comma, followed by the year (right after them or after a comma) and then a separator or the
     * end, are the place. Not where the container or those words are a known journal.
     */
    static void placeYearTail(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] + 2 >= t.count) {
            return;
        }
        int yr = t.word[c[1] + 1].equals(",") ? c[1] + 2 : c[1] + 1;
        if (y[yr] != RefLabel.YEAR || t.glued(c[1]) && yr == c[1] + 1
                || !LabelSpans.digits(t.word[yr]) || t.word[yr].length() != 4) {
            return;
        }
        int n = yr + 1;
        if (n < t.count && !(t.word[n].equals(",") || t.word[n].equals(".") || t.word[n].equals(";") || t.word[n].equals(")"))) {
            return;
        }
        int k = c[1];
        int words = 0;
        while (k > c[0] && y[k] == RefLabel.CONTAINER && placeWord(t.word[k])) {
            words++;
            k--;
        }
        if (words < 1 || words > 3 || !t.word[k].equals(",") || k - c[0] < 2) {
            return;
        }
        if (Journals.known(t, c[0], c[1]) || Journals.known(t, k + 1, c[1])) {
            return;
        }
        for (int j = k + 1; j <= c[1]; j++) {
            y[j] = RefLabel.PLACE;
        }
    }

    private static boolean placeWord(String w) {
        return LabelSpans.placeWord(w, NOT_PLACE, false);
    }

    private static final java.util.regex.Pattern GLUED_IN = java.util.regex.Pattern.compile(
            "^(?:in|In)(?=\\p{Lu}(?:\\p{Ll}{2,}|\\p{Lu}{2,}))");

    /**
     * The word "In" that the text glued to the container's first word, its space lost ("inAdvanced Quiet Concepts :
     * 12th Workshop", "InQUIET Harbour Imaging"), is no part of the container: "in" or "In" followed by a capitalised
     * word of lower-case letters or by an acronym of three capitals at least. Not a chemical formula ("InGaAs", "InP").
     */
    static String gluedIn(String container) {
        if (container == null) {
            return null;
        }
        return GLUED_IN.matcher(container).replaceFirst("");
    }

    private static final java.util.regex.Pattern PUBLISHER_FORM = java.util.regex.Pattern.compile(
            "(?:Press|Publishing|Publishers|Publisher|Company|Co\\.|Corp\\.?|Corporation|Verlag|Inc\\.?|Ltd\\.?|GmbH|Media)");

    /**
     * A publisher is no container: the container's last comma group (or the whole container), of one to four
     * capitalised words ending in a publisher's form ("Press", "Publishing", "Publishers", "Company", "Corp.",
     * "Verlag", "Inc.", "Ltd", "GmbH", "Media"), is the publisher ("... supercomputers,'' Quarry Publishing Company, London,
     * 1989", "Lund, K. Quiet Harbours. Harbour Media. http://..."). Not where the container is a known journal.
     */
    static void publisherReadAsContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || !PUBLISHER_FORM.matcher(t.word[c[1]]).matches() || Journals.known(t, c[0], c[1])) {
            return;
        }
        int k = c[1];
        int words = 0;
        while (k >= c[0] && y[k] == RefLabel.CONTAINER && Character.isLetter(t.word[k].charAt(0))
                && (Character.isUpperCase(t.word[k].charAt(0)) || t.word[k].equals("and") || t.word[k].equals("&"))) {
            words++;
            k--;
        }
        if (words < 1 || words > 4 || k >= c[0] && !t.word[k].equals(",") || k < c[0] && c[0] > 0 && !LabelSpans.separator(t, c[0] - 1)
                && !t.word[c[0] - 1].equals("\"") && !t.word[c[0] - 1].equals("'")) {
            return;
        }
        for (int j = k + 1; j <= c[1]; j++) {
            y[j] = RefLabel.PUBLISHER;
        }
    }

    private static final java.util.regex.Pattern MEETING_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:pre-)?proc\\.?|(?:pre-)?proceedings|conf\\.?|conference|symp\\.?|symposium|workshop|congress|meeting|colloquium");

    /** Country names of one word, in English (the JDK's ISO 3166 list): "Italy", "Slovenia". */
    private static final java.util.Set<String> COUNTRIES = countries();

    private static java.util.Set<String> countries() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String code : java.util.Locale.getISOCountries()) {
            String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
            if (name.matches("\\p{Lu}\\p{Ll}+")) {
                names.add(name);
            }
        }
        return java.util.Set.copyOf(names);
    }

    private static boolean country(String w) {
        return COUNTRIES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /**
     * The city and country of a meeting written after its proceedings without a comma are no part of the container:
     * a proceedings container (a meeting word) that ends in a country's name not after a comma ("In Proceedings of the
     * Third Workshop on Quiet Harbours Germany."), or in one capitalised word that ", country" follows ("In
     * Proceedings of the 1984 Conference on Quiet Cranes Pisa, Italy."): the country, or the word before the comma, is
     * the place.
     */
    static void meetingCityBeforeCountry(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] - c[0] < 3) {
            return;
        }
        boolean meeting = false;
        for (int j = c[0]; j <= c[1]; j++) {
            meeting |= MEETING_WORD.matcher(t.word[j]).matches();
        }
        if (!meeting) {
            return;
        }
        String last = t.word[c[1]];
        String before = t.word[c[1] - 1];
        if (!Character.isLetter(before.charAt(0)) || Abbreviations.CONNECTORS.contains(before.toLowerCase(java.util.Locale.ROOT))) {
            return; // "Conference of Italy", "..., Italy" (the earlier rules' comma groups)
        }
        if (country(last)) {
            y[c[1]] = RefLabel.PLACE;
            return;
        }
        int n = c[1] + 1;
        if (n + 1 < t.count && t.word[n].equals(",") && country(t.word[n + 1]) && placeWord(last)
                && Character.isUpperCase(before.charAt(0))) {
            y[c[1]] = RefLabel.PLACE;
        }
    }

    /**
     * A container does not end inside a parenthesis it opened. Where the model stopped before the ")": a note of the
     * language ("Quiet Science and Technology (in Japanese), Vol. 4") in the parenthesis is no part of the container,
     * which ends before the "("; the acronym of a meeting with its year ("Proceedings of the Second Symposium on Quiet
     * Harbours 2003 (QUIET 03)", "(QUIET91)") is, up to the ")". (A place in the parenthesis, "Acta Quiet (Lund)", is
     * left as it is: written both ways.)
     */
    static void containerParenthesis(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int p = -1;
        for (int j = c[0]; j <= c[1]; j++) {
            if (t.word[j].equals("(")) {
                p = j;
            } else if (t.word[j].equals(")")) {
                p = -1;
            }
        }
        if (p <= c[0] || p == c[1]) {
            return;
        }
        int close = -1;
        for (int j = c[1] + 1; j < t.count && j <= c[1] + 2; j++) {
            if (t.word[j].equals(")")) {
                close = j;
                break;
            }
            if (!LabelSpans.digits(t.word[j])) {
                break;
            }
        }
        boolean note = t.word[p + 1].equalsIgnoreCase("in") && p + 2 <= c[1] && Character.isUpperCase(t.word[p + 2].charAt(0));
        boolean acronym = false;
        for (int j = p + 1; j <= c[1]; j++) {
            String w = t.word[j];
            acronym |= w.chars().filter(Character::isUpperCase).count() >= 2 && w.chars().noneMatch(Character::isLowerCase);
        }
        if (note) {
            for (int j = p; j <= c[1]; j++) {
                y[j] = RefLabel.O;
            }
        } else if (acronym && close > 0) {
            for (int j = c[1] + 1; j <= close; j++) {
                y[j] = RefLabel.CONTAINER;
            }
        }
    }

    private static final java.util.Set<String> NOT_NAME_HEAD = java.util.Set.of("pp", "p", "vol", "vols", "no", "nr", "n",
            "in", "ed", "eds", "edited", "trans", "translated", "available", "retrieved", "accessed", "submitted",
            "forthcoming", "to", "unpublished", "reprinted", "see", "and", "et", "doi", "online", "hrsg", "dir", "éd",
            "suppl", "part", "pt", "art", "abstract", "chap", "chapter", "sect", "section", "special", "issue", "also", "al");

    /**
     * A container in sentence case goes on after a comma with lower-case words: a new field does not begin with
     * them ("Travail, | genre et société, 2009, n° 1", "... in the 21st century: Advances in theory, | research and
     * practice (pp. 112-118)"). One to four lower-case words after the container's comma, none of them a number's or
     * a note's word ("pp.", "vol.", "in", "eds.", "available"), up to a comma, a period or a "(" that the year, a
     * number or "pp." follows, are the container's.
     */
    static void containerLowerCommaTail(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] + 2 >= t.count || !t.word[c[1] + 1].equals(",") || !Character.isLetter(t.word[c[1]].charAt(0))) {
            return;
        }
        int k = c[1] + 2;
        if (NOT_NAME_HEAD.contains(t.word[k].replace(".", "").toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int e = k;
        while (e < t.count && e - k < 4 && y[e] != RefLabel.CONTAINER && t.word[e].length() >= 2
                && t.word[e].chars().allMatch(Character::isLowerCase)) {
            e++;
        }
        if (e == k || e >= t.count || !(t.word[e].equals(",") || t.word[e].equals(".") || t.word[e].equals("("))) {
            return;
        }
        int n = e + 1;
        if (n >= t.count) {
            return;
        }
        String w = t.word[n];
        boolean numbers = Character.isDigit(w.charAt(0)) || w.matches("(?i)pp?\\.?") || y[n] == RefLabel.YEAR;
        if (!numbers) {
            return;
        }
        for (int j = c[1] + 1; j < e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * Lower-case words that go on from the container with no punctuation between and that the model gave to no field
     * are the rest of its name ("in K. Lund (a cura di), Note di | archeologia calabrese, Cosenza: 107-144", "Ecole
     * et harbours. Les paradoxes | de la quiétude, Paris, PUF", "Le port | comme lieu de quiétude. (pp. 171-184)",
     * "Review of | quiet instruments69 , 1207"): one to six such words up to a comma, a period, a colon, a semicolon,
     * a "(" or the volume or issue, or up to the word that ends the sentence; the first of them no number's or note's
     * word ("pp.", "et al.", "in press"; "in" otherwise may go on a name: "Research and development | in harbour
     * retrieval").
     */
    static void containerUnlabelledTail(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] + 2 >= t.count || !Character.isLetter(t.word[c[1]].charAt(0))) {
            return;
        }
        int k = c[1] + 1;
        String head = t.word[k].replace(".", "").toLowerCase(java.util.Locale.ROOT);
        if (NOT_NAME_HEAD.contains(head) && !(head.equals("in") && k + 1 < t.count && !t.word[k + 1].equalsIgnoreCase("press"))) {
            return; // but "in" inside a name ("Research and development | in quiet retrieval")
        }
        int e = k;
        boolean end = false;
        while (e < t.count && e - k < 6 && y[e] == RefLabel.O && t.word[e].length() >= 2
                && t.word[e].chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '\'' || ch == '\u2019' || ch == '.')) {
            e++;
            if (t.word[e - 1].endsWith(".")) {
                end = true; // the word that ends the name's sentence ("comme lieu de quiétude.")
                break;
            }
        }
        if (e == k || e >= t.count && !end || !end && ",.:;(".indexOf(t.word[e].charAt(0)) < 0 && y[e] != RefLabel.VOLUME && y[e] != RefLabel.ISSUE
                || !end && t.word[e].length() != 1 && y[e] != RefLabel.VOLUME && y[e] != RefLabel.ISSUE) {
            return;
        }
        for (int j = k; j < e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * Capitalised words that go on from the container with no punctuation between and that the model read as a
     * publisher are the rest of its name ("Bulletin du Musée | National d'Histoire Portuaire, Paris, 11: 158",
     * "Journal of the Quarry | National University of Education, 6(2)", "Proceedings of the National | ACM
     * Conference, Nashville"): the publisher's run up to a comma or a period, where no publisher's form ends it
     * ("Press", "Publishing", "Verlag") and it is no known publisher's word alone.
     */
    static void containerPublisherTail(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] + 2 >= t.count || !Character.isLetter(t.word[c[1]].charAt(0)) || t.word[c[1]].endsWith(".")) {
            return;
        }
        int k = c[1] + 1;
        int e = k;
        while (e < t.count && y[e] == RefLabel.PUBLISHER && Character.isLetter(t.word[e].charAt(0))
                && (Character.isUpperCase(t.word[e].charAt(0)) || Abbreviations.CONNECTORS.contains(t.word[e].toLowerCase(java.util.Locale.ROOT))
                || t.word[e].matches("\\p{Ll}{1,2}['\u2019]\\p{Lu}.*"))) {
            e++;
        }
        if (e == k || e >= t.count || !(t.word[e].equals(",") || t.word[e].equals("."))) {
            return;
        }
        String last = t.word[e - 1].endsWith(".") ? t.word[e - 1].substring(0, t.word[e - 1].length() - 1) : t.word[e - 1];
        if (PUBLISHER_FORM.matcher(t.word[e - 1]).matches() || e - k == 1 && Abbreviations.PUBLISHER_WORDS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        for (int j = k; j < e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * A container does not begin with the year: a year of four digits among the container's first three tokens, and
     * what comes before it, are no part of it ("Vol. 40 No. 5 November 2010 | Journal of Quiet Management 761", "2020 |
     * IEEE 36th International Conference on Quiet Engineering (QE)", "Lund 2001 | Deep Harbour Research Part I"): the
     * year becomes the year where the reference has none, else no field's, and the words before it no field's. Not
     * where the container names a meeting (a meeting word, "IEEE", "ACM"): "Proc. 1994 Winter Quiet Conference", "2006
     * IEEE International Conference on ..." keep their year.
     */
    static void yearHeadingContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int yr = -1;
        for (int k = c[0]; k <= c[1] && k < c[0] + 3; k++) {
            if (y[k] == RefLabel.CONTAINER && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches() && t.word[k].length() == 4) {
                yr = k;
            }
        }
        if (yr < 0 || yr == c[1] || !Character.isLetter(t.word[yr + 1].charAt(0)) || t.glued(yr)) {
            return;
        }
        for (int k = c[0]; k <= c[1]; k++) {
            if (MEETING_WORD.matcher(t.word[k]).matches() || t.word[k].equals("IEEE") || t.word[k].equals("ACM")) {
                return; // a meeting's year is written before its name ("2006 IEEE International Conference on ...")
            }
        }
        boolean year = LabelSpans.first(t, y, RefLabel.YEAR) >= 0;
        for (int k = c[0]; k < yr; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                y[k] = RefLabel.O;
            }
        }
        y[yr] = year ? RefLabel.O : RefLabel.YEAR;
    }

    static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "\\d{1,2}(?:st|nd|rd|th|e|\\.)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)");

    /**
     * The edition of a book is no part of its name: an ordinal that ends the container right before "ed.", "edn" or
     * "edition" ("Comprehensive Textbook of Harbours/VI | 6th ed. Baltimore", "Lund's Diseases of the Crane. | 8th ed.")
     * leaves it.
     */
    static void editionAfterContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] == c[0] || c[1] + 1 >= t.count) {
            return;
        }
        int o = c[1];
        String w = t.word[o];
        if (w.matches("st|nd|rd|th|e") && o - 1 > c[0] && t.glued(o - 1) && LabelSpans.digits(t.word[o - 1])) {
            o--; // the tokens split "6th" into "6" "th"
            w = t.word[o] + w;
        }
        String next = t.word[c[1] + 1].toLowerCase(java.util.Locale.ROOT);
        if (!ORDINAL.matcher(w).matches() || !next.matches("ed\\.?|edn\\.?|edition|éd\\.?|aufl\\.?|auflage")) {
            return;
        }
        for (int j = o; j <= c[1]; j++) {
            y[j] = RefLabel.O;
        }
    }

    private static final java.util.regex.Pattern VOLUME_WORD = java.util.regex.Pattern.compile(
            "(?i)vol\\.?|volume|voi\\.?|tome|t\\.|band|bd\\.?|fasc\\.?|fascicule|fascicle|no\\.?|nr\\.?|n\\.|num\\.?|n°");

    /**
     * The word that names the volume or number is no part of the container: "Volume", "Vol.", "Tome", "Band", "Fasc.",
     * "No.", in any case and with OCR's "Voi.", that ends the container right before a number or a Roman numeral ("THE
     * QUIET REVIEW OF HARBOURS | VOLUME 38, NUMBER 4", "Ann Rech Portuaires | Tome (1): 253", "J. Quiet. Microbiol. |
     * -Voi. 38 (1993)", "Acta Harbouriensis, | Fasc. XXI") leaves it, with a comma or a dash before it.
     */
    static void volumeWordTail(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] == c[0] || c[1] + 1 >= t.count) {
            return;
        }
        int v = c[1];
        if (!VOLUME_WORD.matcher(t.word[v]).matches() && !(t.word[v].equals(".") && v - 1 > c[0]
                && VOLUME_WORD.matcher(t.word[v - 1] + ".").matches() && t.glued(v - 1))) {
            return;
        }
        if (t.word[v].equals(".")) {
            v--;
        }
        int n = c[1] + 1;
        while (n < t.count && (t.word[n].equals("(") || t.word[n].equals(".") || t.word[n].equals(":")) && n <= c[1] + 2) {
            n++;
        }
        if (n >= t.count || !(Character.isDigit(t.word[n].charAt(0)) || LabelSpans.ROMAN.matcher(t.word[n]).matches())) {
            return;
        }
        LabelSpans.unlabelContainerFrom(t, y, c, v);
    }
}
