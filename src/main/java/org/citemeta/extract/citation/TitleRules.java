package org.citemeta.extract.citation;

/**
 * Post-processing rules of {@link ModelFieldLabeller#assemble} about the title: quoted titles, the title's first and
 * last words and its tail, titles running into a place or publisher, notes and parentheses after a title, connectors
 * a title or container does not start or end with, numbered meetings, organisations in the author's place. Each rule
 * relabels the model's token labels {@code y} in place; {@code assemble} calls them in a fixed order.
 */
final class TitleRules {
    private TitleRules() {
    }

    /**
     * One word the model read as the container or the publisher right after the title's words, with no punctuation
     * between, ends the title: "... in Ethnographic | Semantics. Mouton." (a container with no number after it), "...
     * of the Modern | World (Boston: Quarry Press" (a publisher named again later).
     */
    static void lastTitleWord(ModelTokens t, int[] y) {
        for (int k = 1; k < t.count; k++) {
            int l = y[k];
            if (l != RefLabel.CONTAINER && l != RefLabel.PUBLISHER) {
                continue;
            }
            boolean one = k + 1 == t.count || y[k + 1] != l;
            String prev = t.word[k - 1];
            if (y[k - 1] == RefLabel.TITLE && one && Character.isLetter(prev.charAt(prev.length() - 1))
                    && Character.isLetter(t.word[k].charAt(0))) {
                boolean numbers = false;
                boolean laterPublisher = false;
                for (int j = k + 2; j < t.count; j++) {
                    numbers |= y[j] == RefLabel.VOLUME || y[j] == RefLabel.ISSUE || y[j] == RefLabel.PAGES;
                    laterPublisher |= y[j] == RefLabel.PUBLISHER;
                }
                if (l == RefLabel.CONTAINER ? !numbers && t.word[k].endsWith(".") : laterPublisher) {
                    y[k] = RefLabel.TITLE;
                }
            }
            return; // only the first span after the title
        }
    }

    /**
     * A publisher or place that the model began right after a title word, with no punctuation between, and that has a
     * comma inside, begins after that comma where the rules read the words before it as the title's: "... A Study in
     * the Oral | Art of Homer, Berkeley 1974", "... in Traditional Oral | Epic, Bloomington 1991" (the title ends
     * with "Homer", "Epic"). Only the first such run after the title.
     */
    static void titleIntoPlace(ModelTokens t, int[] y, byte[] rule) {
        int k = 1;
        while (k < t.count && y[k] != RefLabel.PUBLISHER && y[k] != RefLabel.PLACE) {
            k++;
        }
        if (k >= t.count || y[k - 1] != RefLabel.TITLE || rule[k - 1] != RefLabel.TITLE) {
            return;
        }
        String prev = t.word[k - 1];
        if (!Character.isLetter(prev.charAt(prev.length() - 1)) || !Character.isLetter(t.word[k].charAt(0))) {
            return;
        }
        int l = y[k];
        int comma = k;
        while (comma < t.count && y[comma] == l && !t.word[comma].equals(",")) {
            if (rule[comma] != RefLabel.TITLE || LabelSpans.separator(t, comma) || t.word[comma].endsWith(".")) {
                return;
            }
            comma++;
        }
        if (comma + 1 >= t.count || y[comma] != l || !t.word[comma].equals(",") || y[comma + 1] != l) {
            return;
        }
        for (int j = k; j < comma; j++) {
            y[j] = RefLabel.TITLE;
        }
        y[comma] = RefLabel.O;
    }

    /**
     * In a book (a publisher or place, no volume, issue or pages), a container that goes on from the title's words with
     * nothing between them but a quote closing a phrase of the title is the rest of the title: "... Into the
     * \"Ecclesial\" | Notions of the Apocalypse. Massachusetts: Peeters Press". A known journal stays the container.
     */
    static void bookTitleRunOn(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 < 1 || LabelSpans.first(t, y, RefLabel.PUBLISHER) < 0 && LabelSpans.first(t, y, RefLabel.PLACE) < 0
                || LabelSpans.first(t, y, RefLabel.VOLUME) >= 0 || LabelSpans.first(t, y, RefLabel.ISSUE) >= 0 || LabelSpans.first(t, y, RefLabel.PAGES) >= 0) {
            return;
        }
        int b = c0 - 1;
        while (b > 0 && t.word[b].equals("\"") && y[b] == RefLabel.O) {
            b--;
        }
        int c1 = c0;
        while (c1 + 1 < t.count && y[c1 + 1] == RefLabel.CONTAINER) {
            c1++;
        }
        String w = t.word[b];
        if (b == c0 - 1 || y[b] != RefLabel.TITLE || !Character.isLetterOrDigit(w.charAt(w.length() - 1))
                || !Character.isLetterOrDigit(t.word[c0].charAt(0)) || Journals.known(t, c0, c1)) {
            return;
        }
        int open = b - 1;
        while (open > 0 && !t.word[open].equals("\"")) {
            open--;
        }
        if (open < 1 || y[open - 1] != RefLabel.TITLE) {
            return; // the quotes hold the whole title, opened after the names: the container follows it
        }
        for (int j = b + 1; j <= c1; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    private static final java.util.Set<String> NO_TITLE_START = java.util.Set.of("in", "im", "en", "dans", "see", "also",
            "available", "retrieved", "accessed", "online", "abstract", "review", "and", "et", "und", "with", "by");

    /**
     * The capitalised word right before the title, after the names, that the model gave no field is the title's first
     * word: "Vaughan, Robert. The | Age of Great Cities", "Stephen H. Kellert, In | the Wake of Chaos" ("In" only
     * before a lower-case word: "In | Handbook of ..." introduces a book).
     */
    static void titleFirstWord(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int k = first - 1;
        if (first < 2 || y[k] != RefLabel.O) {
            return;
        }
        String w = t.word[k];
        if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
            return;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        boolean in = lower.equals("in") || lower.equals("im") || lower.equals("en") || lower.equals("dans");
        if (NO_TITLE_START.contains(lower) && !(in && Character.isLowerCase(t.word[first].charAt(0)))) {
            return;
        }
        int p = y[k - 1];
        String before = t.word[k - 1];
        if (p == RefLabel.AUTHOR || p == RefLabel.YEAR || before.equals(".") || before.equals(",") || before.equals(")")
                || before.equals(":")) {
            y[k] = RefLabel.TITLE;
        }
    }

    /**
     * A title in quotation marks is what the quotes hold: when most of a quoted stretch of two words or more is
     * labelled title, or whatever the model read it as when the quotes follow the authors or the year, the title is
     * that stretch, without what the model ran on with before the opening quote ("Department of Energy, "20% Wind...")
     * or after the closing one (""...Systems", PhD Thesis, Eindhoven"); see {@link #quoted}. Quotes right after a title
     * word quote a phrase inside the title ("The "quiet patient": a study ...").
     */
    static void quotedTitle(ModelTokens t, int[] y) {
        int open = -1;
        for (int k = 0; k < t.count; k++) {
            if (!t.word[k].equals("\"")) {
                continue;
            }
            if (open < 0) {
                open = k;
                continue;
            }
            int before = LabelSpans.wordBefore(t, open);
            boolean inner = before >= 0 && before == open - 1 && !nameOrYear(y, before);
            if (!inner && quoted(t, y, open, k - 1, false, before)) {
                return;
            }
            open = -1;
        }
    }

    /**
     * A title in single quotation marks ("Calhoun, 'Homeric Repetitions', University of California Publications
     * 12"; typographic quotes are straightened by cleaning) is what the quotes hold, as for double quotes. The opening
     * quote stands at the start or after a separator (also glued to it: "2010,'..."), an author or the year (not after
     * a title word: "The 'healthy smoker': a ...") and is glued to the word after it; the closing one is glued to the
     * word before it (the tokens keep it: "Repetitions'") and a separator, the end or a word that is not lower case
     * follows, so "Achilles' keuze" and "Smith's" close nothing. Quotes inside the title pair up first ("'... of the
     * 'Arab Spring': Some ...'"). A quoted Chinese or Japanese title of one token counts.
     */
    static void singleQuotedTitle(ModelTokens t, int[] y) {
        for (int open = 0; open + 1 < t.count; open++) {
            if (!t.word[open].equals("'") || open > 0 && t.glued(open - 1) && !"(,;".contains(t.word[open - 1])
                    || !t.glued(open) || !Character.isLetterOrDigit(t.word[open + 1].charAt(0))) {
                continue;
            }
            int before = LabelSpans.wordBefore(t, open);
            if (before >= 0 && before == open - 1 && !nameOrYear(y, before)) {
                continue; // a quoted word inside the title
            }
            int last = -1;
            int nested = 0;
            for (int j = open + 1; j < t.count && last < 0; j++) {
                String w = t.word[j];
                if (w.equals("'") && !t.glued(j - 1) && t.glued(j) && Character.isLetter(t.word[j + 1].charAt(0))) {
                    nested++; // a quote inside the quoted title: "'Potential of the 'Arab Spring': Some ...'"
                    continue;
                }
                boolean quote = w.equals("'") ? j > open + 1 && t.glued(j - 1)
                        : w.length() > 1 && (w.endsWith("'") || w.endsWith("'.")); // "Journalism'." keeps its period
                if (nested > 0 && !quote && w.indexOf('\'') > 0) {
                    nested--; // closed inside a word: "'... '책임제한'법리의 재검토'"
                    continue;
                }
                if (!quote) {
                    continue;
                }
                boolean closes = j + 1 == t.count || ",.;:)".contains(t.word[j + 1])
                        || !t.glued(j) && !Character.isLowerCase(t.word[j + 1].charAt(0));
                if (nested > 0) {
                    nested--; // its closing quote, whatever follows
                } else if (closes) {
                    last = w.equals("'") ? j - 1 : j;
                }
            }
            if (last >= 0) {
                quoted(t, y, open, last, true, before);
            }
            return;
        }
    }

    /**
     * The title is tokens open+1..last, the quoted stretch, when most of its words are labelled title or the quotes
     * follow the authors or the year (the model often reads a quoted title as the container there): its words become
     * title (also those read as container, publisher or place), no title stays outside it, and the title words the
     * model ran on with after the closing quote are the container's head when the container follows them or there is
     * none ("'Homeric Repetitions', University of California | Classical Philology 12"). {@code before} is the last
     * word token before the opening quote ({@link LabelSpans#wordBefore}).
     */
    private static boolean quoted(ModelTokens t, int[] y, int open, int last, boolean oneWord, int before) {
        int words = 0;
        int title = 0;
        boolean cjk = false;
        for (int j = open + 1; j <= last; j++) {
            if (Character.isLetterOrDigit(t.word[j].charAt(0))) {
                words++;
                title += y[j] == RefLabel.TITLE ? 1 : 0;
                cjk |= CjkRules.cjk(t.word[j]);
            }
        }
        if (!(words >= 2 || oneWord && cjk) || !(title * 2 >= words || before >= 0 && nameOrYear(y, before))) {
            return false;
        }
        int run = last + 1;
        while (run < t.count && (y[run] == RefLabel.TITLE || y[run] == RefLabel.O
                && !Character.isLetterOrDigit(t.word[run].charAt(0)))) {
            run++;
        }
        boolean head = run < t.count && y[run] == RefLabel.CONTAINER || LabelSpans.first(t, y, RefLabel.CONTAINER) < 0;
        int from = last + 1; // the head starts at a word, not at the closing quote or a comma
        while (from < run && !Character.isLetterOrDigit(t.word[from].charAt(0))) {
            from++;
        }
        for (int j = 0; j < t.count; j++) {
            boolean inside = j > open && j <= last;
            if (inside && Character.isLetterOrDigit(t.word[j].charAt(0)) && (y[j] == RefLabel.O
                    || y[j] == RefLabel.CONTAINER || y[j] == RefLabel.PUBLISHER || y[j] == RefLabel.PLACE)) {
                y[j] = RefLabel.TITLE;
            } else if (!inside && y[j] == RefLabel.TITLE) {
                y[j] = head && j >= from && j < run ? RefLabel.CONTAINER : RefLabel.O;
            }
        }
        return true;
    }

    private static boolean nameOrYear(int[] y, int k) {
        return y[k] == RefLabel.AUTHOR || y[k] == RefLabel.YEAR;
    }

    /**
     * A number that ends the title, which the model left without a field between the title's last word and the
     * separator before the next field, is the title's: "... the Programming Language Haskell, version 1.2. ACM SIGPLAN
     * Notices", "... tyrocidine synthetase 1. Gene 1991", "A brief introduction to PYTHIA 8.1, Comput. Phys. Commun.",
     * "... retraction syndrome (type 1). Arch Ophth" (with the parenthesis it closes). Digits only, a decimal point
     * glued to the digits after it, no year; a separator or the end must follow.
     */
    static void titleNumberTail(ModelTokens t, int[] y) {
        int e = LabelSpans.last(t, y, RefLabel.TITLE);
        if (e < 0) {
            return;
        }
        int j = e + 1;
        boolean number = false;
        while (j < t.count && y[j] == RefLabel.O) {
            String w = t.word[j];
            if (LabelSpans.digits(w) && !NumberRules.PLAUSIBLE_YEAR.matcher(w).matches()) {
                number = true;
                j++;
            } else if (w.equals(".") && j + 1 < t.count && t.glued(j) && y[j + 1] == RefLabel.O && LabelSpans.digits(t.word[j + 1])
                    && LabelSpans.digits(t.word[j - 1]) && (j - 1 > e || number || y[j - 1] == RefLabel.TITLE)) {
                j++;
            } else {
                break;
            }
        }
        if (!number) {
            return;
        }
        int open = 0;
        for (int k = LabelSpans.first(t, y, RefLabel.TITLE); k <= e; k++) {
            open += t.word[k].equals("(") ? 1 : t.word[k].equals(")") ? -1 : 0;
        }
        if (j < t.count && t.word[j].equals(")") && y[j] == RefLabel.O && open > 0) {
            j++;
        }
        if (j < t.count && !LabelSpans.separator(t, j) || t.word[e].length() > 1 && t.word[e].endsWith(".")) {
            return; // "Geschichte der Soziologie. 9. Auflage": a number after a sentence is an edition's
        }
        int next = j;
        while (next < t.count && y[next] == RefLabel.O) {
            next++;
        }
        if (next < t.count && y[next] != RefLabel.CONTAINER) {
            return; // "Vortrag auf dem 7. Kongress der ...": an ordinal inside a longer note
        }
        for (int k = e + 1; k < j; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    /**
     * A container does not begin inside a parenthesis of the title: in "... prostate cancer in rats by N-(4-hydroxyphenyl)
     * retinamide. Cancer Res 1991" or "... nitric oxide synthase (NOS 3) gene. Circ Res 1997" the model read the words
     * inside the parenthesis as a container, left its ")" and the words after it up to the sentence end without a
     * field, and read the journal after them as a container again: all up to the sentence end is the title's.
     */
    static void containerInParentheses(ModelTokens t, int[] y) {
        int a0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (a0 <= 0) {
            return;
        }
        int a1 = LabelSpans.runEnd(y, a0);
        int title = a0 - 1;
        while (title >= 0 && y[title] == RefLabel.O && !LabelSpans.separator(t, title)) {
            title--;
        }
        if (title < 0 || y[title] != RefLabel.TITLE || a1 + 1 >= t.count || !t.word[a1 + 1].equals(")")) {
            return;
        }
        int open = 0;
        for (int k = LabelSpans.first(t, y, RefLabel.TITLE); k <= a1; k++) {
            open += t.word[k].equals("(") ? 1 : t.word[k].equals(")") ? -1 : 0;
        }
        if (open <= 0) {
            return;
        }
        int b0 = a1 + 1;
        int end = -1;
        while (b0 < t.count && y[b0] == RefLabel.O) {
            String w = t.word[b0];
            if (w.length() > 1 && w.endsWith(".") && Character.isLetter(w.charAt(0)) || w.equals(".") && !t.glued(b0)) {
                end = b0;
            }
            b0++;
        }
        if (end < 0 || b0 >= t.count || y[b0] != RefLabel.CONTAINER) {
            return;
        }
        for (int k = a0; k <= end; k++) {
            if (!(k == end && t.word[k].equals("."))) {
                y[k] = RefLabel.TITLE;
            }
        }
        for (int k = title + 1; k < a0; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    /**
     * The place of a book written right before its year, without a publisher ("The Singer of Tales, Cambridge Mass.
     * 1960.", "Oral Literature and the Formula, Ann Arbor 1976, pp. 73-106."), is no container: a short capitalised
     * name after a separator that the year follows, where nothing is a volume or issue and no page follows the year
     * without "pp.", and that is no known journal nor has a periodical's word.
     */
    static void placeBeforeYear(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || !LabelSpans.separator(t, c[0] - 1) || c[1] - c[0] > 4 || c[1] + 1 >= t.count
                || y[c[1] + 1] != RefLabel.YEAR || LabelSpans.first(t, y, RefLabel.VOLUME) >= 0 || LabelSpans.first(t, y, RefLabel.ISSUE) >= 0) {
            return;
        }
        int p = LabelSpans.first(t, y, RefLabel.PAGES);
        if (p >= 0 && !(p > 0 && t.word[p - 1].matches("(?i)pp?\\.?"))) {
            return;
        }
        StringBuilder name = new StringBuilder();
        for (int k = c[0]; k <= c[1]; k++) {
            String w = t.word[k];
            if (!(Character.isUpperCase(w.charAt(0)) || w.equals("and") || w.equals("a."))
                    || w.length() > 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                return; // "TECHNOMETRICS. 1989.", "OECD 2014": a journal or a body in capitals
            }
            name.append(k > c[0] ? " " : "").append(w);
        }
        int before = c[0] - 1;
        while (before > 0 && (t.word[before].equals(":") || t.word[before].equals(","))) {
            before--;
        }
        if (ContainerRules.journalWords(name.toString()) || Journals.known(t, c[0], c[1]) || t.word[before].equalsIgnoreCase("in")) {
            return;
        }
        for (int k = c[0]; k <= c[1]; k++) {
            y[k] = RefLabel.PLACE;
        }
    }

    private static final java.util.regex.Pattern ORGANISATION_WORD = java.util.regex.Pattern.compile(
            "(?:Department|Council|Agency|Institute|Institution|Office|Corps|Group|Team|Commission|Ministry|Minist[èe]re"
                    + "|Cent(?:er|re)|Bureau|Society|Association|Organi[sz]ation|University|Foundation|Committee|Board"
                    + "|Service|Survey|Alliance|Administration|Authority|Consortium|Panel|Government|Gouvernement|Agence"
                    + "|Collaboration|Company|Corporation|Inc|Ltd)[.,]?");

    /**
     * An organisation that signs a work in the author's place, before the year, is not its title: in "United States
     * Quarry Corps (USQC). 2012. Range Safety. ..." or "Department for Quiet Harbours (2015). Practice Standards ..." the
     * model read no name and two titles, one before the year and one after it; the one after the year is the title
     * and the words before the year belong to nothing.
     */
    static void organisationBeforeYear(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.AUTHOR) >= 0 || t.count == 0 || y[0] != RefLabel.TITLE) {
            return;
        }
        int e = LabelSpans.runEnd(y, 0);
        boolean organisation = false;
        for (int j = 0; j <= e; j++) {
            String w = t.word[j];
            if (Character.isLowerCase(w.charAt(0)) && w.length() > 3 && !ORGANISATION_WORD.matcher(t.word[0]).matches()) {
                // "Pillars of an institution. (1993, September).": a title, cited without author (but "Ministry of
                // quiet harbours (1996).": a body named by its first word)
                return;
            }
            organisation |= ORGANISATION_WORD.matcher(w).matches()
                    || j > 0 && j < e && t.word[j - 1].equals("(") && t.word[j + 1].equals(")") && w.length() >= 2
                    && w.chars().allMatch(Character::isUpperCase);
        }
        if (!organisation) {
            return; // "Quiet Harbours in Winter. (1995, March). Harbour Magazine": an unsigned work's title
        }
        int k = e + 1;
        while (k < t.count && (y[k] == RefLabel.O || y[k] == RefLabel.PUBLISHER)) {
            k++;
        }
        if (k >= t.count || y[k] != RefLabel.YEAR) {
            return;
        }
        k++;
        while (k < t.count && y[k] == RefLabel.O) {
            k++;
        }
        if (k >= t.count || y[k] != RefLabel.TITLE) {
            return;
        }
        int words = 0;
        for (int j = k; j <= LabelSpans.runEnd(y, k); j++) {
            if (t.word[j].equalsIgnoreCase("URL") || t.word[j].startsWith("http")) {
                return; // "... Records-Part 2, 2020. URL https: //...": the title came before the year
            }
            words += Character.isLetter(t.word[j].charAt(0)) ? 1 : 0;
        }
        if (words < 2) {
            return;
        }
        for (int j = 0; j <= e; j++) {
            y[j] = RefLabel.O;
        }
    }

    /** "Meeting #105", "Working Group Meeting #51", "Meeting #74-bis", "Meeting #125 Ad-hoc" at the start of a reference. */
    private static final java.util.regex.Pattern MEETING_ALONE = java.util.regex.Pattern.compile(
            "\\s*((?:\\p{Lu}[\\p{L}\\d-]*\\s+){0,3}Meeting\\s*#\\s*\\d+[\\p{L}\\d-]*(?:\\s+(?:[\\p{L}]+-[\\p{L}-]+|\\p{Lu}{2,}))?)"
                    + "(?=\\s*[,;.(]|\\s+\\p{Lu}\\p{Ll}|\\s*$)");

    /**
     * A reference that is a numbered meeting with its place and dates ("Meeting #105, Ljubljana, Slovenia, 12-16 August
     * 2019", "Meeting #106 Prague, Czech Republic, Aug. 26-30 th , 2019", the meetings of standards bodies cited in
     * their documents) has the meeting as its title and the year of its dates: the place is no container or name, the
     * meeting's number and days no volume or pages.
     */
    static void meetingAlone(String s, LabelledFields f) {
        java.util.regex.Matcher m = s.indexOf('#') < 0 ? null : MEETING_ALONE.matcher(s);
        if (m == null || !m.lookingAt()) {
            return;
        }
        meetingIsTheTitle(f, m.group(1));
        f.pageFirst = null;
        f.pageLast = null;
    }

    /** The meeting is the title of a reference that has no names, container, volume, issue, publisher or editors. */
    private static void meetingIsTheTitle(LabelledFields f, String meeting) {
        f.title = meeting.trim();
        f.authors.clear();
        f.etAl = false;
        f.container = null;
        f.volume = null;
        f.issue = null;
        f.publisher = null;
        f.editors = null;
    }

    /** A meeting's name at the start of a reference, up to "held in" or "held at" its venue. */
    private static final java.util.regex.Pattern MEETING_HELD = java.util.regex.Pattern.compile(
            "\\s*((?:the\\s+)?[\\p{L}\\d'’&.\\s-]*?(?:Meeting|Conference|Symposium|Workshop|Congress|Exhibition|Forum))\\s*held\\s+(?:in|at)\\s");

    /**
     * A reference that is a meeting with its venue and dates ("SPE Western Quarry Meeting held in San Jose, California,
     * USA, 24–26 March 2009.") has the meeting's name as its title, up to "held in"; the venue is no title or
     * container and the reference has no names.
     */
    static void meetingHeldIn(String s, LabelledFields f) {
        java.util.regex.Matcher m = s.contains("held") ? MEETING_HELD.matcher(s) : null;
        if (m == null || !m.lookingAt()) {
            return;
        }
        meetingIsTheTitle(f, m.group(1));
    }

    /**
     * The model often reads the capitalised last words of a title as the container ("Theoretical Developments in |
     * QCD Jet Energy Loss, Nucl. Phys. A", "Elements of Modern X-Ray | Physics, Wiley"). A container that starts
     * right after the title, with no separator between them, gives the title its words up to the first separator
     * when more container follows that separator, or all its words when it holds no abbreviation and a publisher or
     * place follows (a book has no container).
     */
    static void titleTail(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 <= 0 || y[c0 - 1] != RefLabel.TITLE || t.word[c0 - 1].endsWith(".")) {
            return; // "... for Lead and Copper. Water Research Foundation": a sentence ends there
        }
        int sep = -1;
        int lastC = c0;
        int end = c0;
        while (end < t.count && (y[end] == RefLabel.CONTAINER || y[end] == RefLabel.O)) {
            if (y[end] == RefLabel.CONTAINER) {
                lastC = end;
            } else if (sep < 0 && LabelSpans.separator(t, end)) {
                sep = end;
            }
            end++;
        }
        if (sep < 0) {
            return;
        }
        if (sep < lastC) {
            for (int j = c0; j < sep; j++) {
                if (y[j] == RefLabel.CONTAINER) {
                    y[j] = RefLabel.TITLE;
                }
            }
            return;
        }
        int next = sep + 1;
        while (next < t.count && y[next] == RefLabel.O) {
            next++;
        }
        if (lastC - c0 > 3 || next >= t.count || !(y[next] == RefLabel.PUBLISHER || y[next] == RefLabel.PLACE)) {
            return;
        }
        for (int j = c0; j <= lastC; j++) {
            if (t.word[j].endsWith(".")) {
                return;
            }
        }
        for (int j = c0; j <= lastC; j++) {
            if (y[j] == RefLabel.CONTAINER) {
                y[j] = RefLabel.TITLE;
            }
        }
    }

    private static final java.util.Set<String> DANGLING = java.util.Set.of("of", "the", "and", "&", "for", "on", "in",
            "de", "des", "du", "del", "della", "di", "der", "für", "und", "et", "la", "le", "to", "with", "a", "an");

    /**
     * A title or container does not end in "of", "the", "&" ...: when the model ends it there and gives the words
     * that follow it right away another field ("Proceedings of the | Royal Society of London", "Word & | World"),
     * those words, up to the next separator, go on with it.
     */
    static void danglingConnector(ModelTokens t, int[] y, int label) {
        int last = LabelSpans.firstRunEnd(y, label);
        if (last < 0 || last + 1 >= t.count || !DANGLING.contains(t.word[last].toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int other = y[last + 1];
        if (other == RefLabel.O || other == RefLabel.VOLUME || other == RefLabel.ISSUE || other == RefLabel.PAGES
                || other == RefLabel.YEAR || other == RefLabel.DOI || other == RefLabel.URL || other == RefLabel.AUTHOR) {
            return;
        }
        for (int k = last + 1; k < t.count && y[k] == other && !LabelSpans.separator(t, k); k++) {
            y[k] = label;
        }
    }

    private static final java.util.Set<String> PLACE_LINKS = java.util.Set.of("de", "do", "da", "am", "an", "upon", "on",
            "and", "&", "sur", "en", "im", "-", ",", "(", ")", "/");

    /**
     * A book title does not run across its end into "Place: Publisher": in "Howards End. New York: Barnes & Noble,
     * 2003" or "... Dilemma. South Bend, IN: University of Notre Dame Press" the capitalised words after the title's
     * last sentence end and before a colon are the place, the capitalised words after the colon the publisher, when
     * no field but a year, pages or an identifier follows.
     */
    static void titlePlace(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (first < 0) {
            return;
        }
        int c = -1;
        for (int k = Math.min(t.count - 1, last + 8); k > first; k--) {
            if (t.word[k].equals(":")) {
                c = k;
                break;
            }
        }
        int end = -1;
        for (int k = c - 1; k > first; k--) {
            String w = t.word[k];
            if (w.equals("?") || w.equals("!") || w.equals(".") && !t.glued(k)
                    || w.endsWith(".") && w.length() >= 4 && Character.isLetter(w.charAt(w.length() - 2))) {
                end = k;
                break;
            }
        }
        if (end < 0 || end + 1 >= t.count || !Character.isUpperCase(t.word[end + 1].charAt(0))) {
            return;
        }
        int words = 0;
        for (int k = first; k < end; k++) {
            words += Character.isLetter(t.word[k].charAt(0)) ? 1 : 0;
        }
        if (words < 1) {
            return;
        }
        // the place: capitalised words, state abbreviations, "de", "upon", commas and parentheses up to the colon
        int colon = -1;
        int placeWords = 0;
        for (int k = end + 1; k < t.count && k <= end + 10; k++) {
            String w = t.word[k];
            if (w.equals(":")) {
                colon = k;
                break;
            }
            if (!(y[k] == RefLabel.TITLE || y[k] == RefLabel.PLACE || y[k] == RefLabel.O)) {
                return;
            }
            if (PLACE_LINKS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) || w.endsWith(".") && w.length() > 3 && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return; // a lower-case word or the end of another sentence: a subtitle, not a place
            }
            placeWords++;
        }
        if (colon < 0 || placeWords == 0 || placeWords > 5) {
            return;
        }
        // the publisher: capitalised words up to a comma, a year or the end
        int pub = colon + 1;
        int pubEnd = -1;
        int pubWords = 0;
        for (int k = pub; k < t.count; k++) {
            String w = t.word[k];
            if (w.equals(",") || w.equals(";") || y[k] == RefLabel.YEAR || w.equals(".") && (k + 1 == t.count || !t.glued(k))) {
                break;
            }
            if (!(y[k] == RefLabel.TITLE || y[k] == RefLabel.PUBLISHER || y[k] == RefLabel.PLACE || y[k] == RefLabel.O)
                    || Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0)) && !ContainerRules.CONNECTORS.contains(w)
                    && !w.equals("&")) {
                return;
            }
            pubWords += Character.isLetter(w.charAt(0)) ? 1 : 0;
            pubEnd = k;
            if (w.endsWith(".") && w.length() >= 4 && !w.equals("Inc.") && !w.equals("Ltd.")) {
                break; // "Chelsea Green."
            }
        }
        if (pubEnd < 0 || pubWords == 0 || pubWords > 8 || !Character.isUpperCase(t.word[pub].charAt(0))) {
            return;
        }
        for (int k = pubEnd + 1; k < t.count; k++) {
            int lab = y[k];
            if (lab == RefLabel.TITLE || lab == RefLabel.CONTAINER || lab == RefLabel.VOLUME || lab == RefLabel.ISSUE
                    || lab == RefLabel.AUTHOR || lab == RefLabel.EDITOR) {
                return;
            }
        }
        for (int k = end + 1; k < colon; k++) {
            y[k] = Character.isLetter(t.word[k].charAt(0)) ? RefLabel.PLACE : RefLabel.O;
        }
        y[colon] = RefLabel.O;
        for (int k = pub; k <= pubEnd; k++) {
            if (y[k] == RefLabel.TITLE || y[k] == RefLabel.O && Character.isLetter(t.word[k].charAt(0))) {
                y[k] = RefLabel.PUBLISHER;
            }
        }
    }

    private static final java.util.regex.Pattern TITLE_NOTE = java.util.regex.Pattern.compile(
            "(?i)(?:\\d+(?:st|nd|rd|th)|talk|plenary|invited|poster|presented|ph\\.?|phd|thesis|edn\\.?|ed\\.)");

    /**
     * After the end of a sentence, the credits and notes of a book or film: "Dir.", "Perf.", "Trans.", "Edited by",
     * "Translated by", "Revised and expanded", "Traduction de".
     */
    private static final java.util.regex.Pattern SENTENCE_NOTE = java.util.regex.Pattern.compile(
            "(?i)(?:dir|perf|trans|transl|ed|eds|hrsg|übers)\\.|edited|translated|traduction|traduit|revised|reprinted");

    /** A status or medium after a comma: ", to appear", ", submitted", ", exhibition catalogue", ", television program". */
    private static final java.util.regex.Pattern STATUS_NOTE = java.util.regex.Pattern.compile(
            "(?i)submitted|forthcoming|unpublished|accepted|exhibition|television|dvd|video|film");

    /** The part of a book cited after a comma: ", Chapter 14", ", Chapters 3 and 4", ", page 346", ", Section 6.4". */
    private static final java.util.regex.Pattern PART_WORD = java.util.regex.Pattern.compile(
            "(?i)chapters?|ch\\.|pages?|sections?|sect\\.");

    static final java.util.Set<String> ORDINAL_SUFFIX = java.util.Set.of("st", "nd", "rd", "th");
    private static final java.util.regex.Pattern EDITION_WORD = java.util.regex.Pattern.compile("(?i)edn\\.?|ed\\.|edition");

    /** Token k starts an ordinal edition split by the tokens: "3" "rd" "edn" / "ed." / "edition". */
    private static boolean ordinalEdition(ModelTokens t, int k) {
        return k + 2 < t.count && t.word[k].chars().allMatch(Character::isDigit) && t.glued(k)
                && ORDINAL_SUFFIX.contains(t.word[k + 1]) && EDITION_WORD.matcher(t.word[k + 2]).matches();
    }

    /**
     * A title does not go on past ", in X" or ". In X" (what follows is the container), into a note after a comma
     * (", 3rd edn", ", talk at this conference", ", plenary talk given at ...", the part of a book cited: ", Chapter
     * 14", ", page 346") or into the credits after a sentence
     * ("The Arrival. Dir. J. Smith.", "Labyrinthe. Revised and expanded.").
     */
    static void titleIn(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        boolean container = LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0;
        if (first < 0) {
            return;
        }
        for (int k = first + 1; k <= last; k++) {
            String w = t.word[k];
            boolean comma = t.word[k - 1].equals(",");
            boolean sentence = t.word[k - 1].equals(".") || t.word[k - 1].equals("\"")
                    || t.word[k - 1].endsWith(".") && t.word[k - 1].length() >= 5;
            int next = k + 1 < t.count && t.word[k + 1].equals(":") ? k + 2 : k + 1;
            boolean in = (comma && w.equals("in") || (comma || sentence) && w.equals("In")) && next <= last
                    && Character.isUpperCase(t.word[next].charAt(0));
            boolean note = comma && (TITLE_NOTE.matcher(w).matches() || ordinalEdition(t, k)
                    || STATUS_NOTE.matcher(w).matches()
                    || w.equalsIgnoreCase("to") && k + 1 < t.count && t.word[k + 1].equalsIgnoreCase("appear")
                    || PART_WORD.matcher(w).matches() && k + 1 < t.count && Character.isDigit(t.word[k + 1].charAt(0)))
                    || sentence && SENTENCE_NOTE.matcher(w).matches();
            if (!in && !note || y[k] != RefLabel.TITLE) {
                continue;
            }
            for (int j = k; j <= last; j++) {
                if (y[j] == RefLabel.TITLE) {
                    y[j] = in && !container && j >= next ? RefLabel.CONTAINER : RefLabel.O;
                }
            }
            return;
        }
    }

    /**
     * A word that surely ends a sentence, unlike a journal abbreviation ("Synth.", "Class.", "Supercond."), which
     * ISO 4 cuts after a consonant: an acronym ("PTEN."), a lower-case word ("factor-alpha."), a word that ends in a
     * vowel ("Vitulina.") or a longer one in "s" ("Asians."), not a known journal word.
     */
    static boolean sentenceEnd(String w) {
        int n = w.length();
        if (n < 4 || w.charAt(n - 1) != '.') {
            return false;
        }
        String bare = w.substring(0, n - 1);
        if (Abbreviations.isJournalWord(bare) || bare.indexOf('.') >= 0 || Character.isUpperCase(w.charAt(0)) && Journals.abbreviation(w)) {
            return false;
        }
        String lower = bare.toLowerCase(java.util.Locale.ROOT);
        for (int i = 1; i + 3 < lower.length(); i++) {
            if (Abbreviations.isJournalWord(lower.substring(i))) {
                return false; // "Europhys.", "Astro-phys.": a journal word at the end
            }
        }
        if (bare.length() >= 3 && bare.chars().allMatch(Character::isUpperCase)) {
            return true;
        }
        char last = Character.toLowerCase(bare.charAt(bare.length() - 1));
        return Character.isLowerCase(w.charAt(0)) && bare.length() >= 4 || "aeiouy".indexOf(last) >= 0 && bare.length() >= 4
                || last == 's' && bare.length() >= 6;
    }

    private static final java.util.regex.Pattern TITLE_NUMERAL = java.util.regex.Pattern.compile("[IVX]{1,4}\\.?");

    /**
     * The part number that ends a title ("Fourier integral operators. I.", "Chemical Modeling of Aqueous Systems
     * II.") belongs to it when the model left it out and a separator or the end follows.
     */
    static void titleNumeral(ModelTokens t, int[] y) {
        int last = LabelSpans.firstRunEnd(y, RefLabel.TITLE);
        if (last < 0) {
            return;
        }
        int k = last + 1;
        if (k < t.count && t.word[k].equals(".") && y[k] == RefLabel.O) {
            k++;
        }
        if (k >= t.count || !TITLE_NUMERAL.matcher(t.word[k]).matches() || y[k] == RefLabel.TITLE
                || y[k] == RefLabel.AUTHOR || y[k] == RefLabel.VOLUME && k > 0 && t.word[k - 1].toLowerCase(java.util.Locale.ROOT).startsWith("vol")) {
            return;
        }
        int after = k + 1;
        boolean ends = after >= t.count || t.word[k].endsWith(".") || LabelSpans.separator(t, after);
        if (ends && t.word[last].endsWith(".") || ends && k == last + 1) {
            y[k] = RefLabel.TITLE;
        }
    }

    private static final java.util.Set<String> LEADING = java.util.Set.of("of", "and", "&", "for", "on", "with", "und", "et");

    /**
     * Nor does a title or container start with "of", "and", "&" ...: the words right before it that the model gave
     * another field (a title, a container, a publisher), back to the previous separator, belong to it
     * ("Theoret. | and Math. Phys.", "Image | and Vision Computing").
     */
    static void leadingConnector(ModelTokens t, int[] y, int label) {
        int first = -1;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == label) {
                first = k;
                break;
            }
        }
        if (first < 1 || !LEADING.contains(t.word[first].toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int other = y[first - 1];
        if (!(other == RefLabel.TITLE || other == RefLabel.CONTAINER || other == RefLabel.PUBLISHER
                || other == RefLabel.PLACE) || other == label) {
            return;
        }
        for (int k = first - 1; k >= 0 && y[k] == other && !LabelSpans.separator(t, k)
                && !(k < first - 1 && t.word[k].endsWith(".") && t.word[k].length() > 7); k--) {
            y[k] = label;
        }
    }

    /** First words of a parenthesised note after a title that is not part of it: "(in German)", "(abstract)". */
    private static final java.util.Set<String> TITLE_NOTES = java.util.Set.of("in", "en", "im", "auf", "abstract",
            "abstr", "extended", "review", "editorial", "letter", "erratum", "eds", "ed", "editor", "editors", "hrsg",
            "dir", "trans", "transl", "translated", "original", "online", "print", "cited", "accessed", "retrieved",
            "thesis", "phd", "press", "preprint", "submitted", "unpublished", "poster", "talk", "invited", "edn", "edition",
            "éd", "aufl", "rev", "report", "vol", "vols", "no", "pp", "series");

    /**
     * Parentheses right after a title: a name or acronym the title ends with ("teniposide (VM-26).", "Bufo marinus
     * (L.).") belongs to the title whatever the model gave its words (it often reads them as a container); notes
     * ("(in German)", "(2nd ed.)", "(abstract)") and numbers are left as the model labelled them (the corpora
     * disagree on whether notes belong to the title).
     */
    static void titleParentheses(ModelTokens t, int[] y) {
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (last < 0) {
            return;
        }
        for (int k = 1; k < t.count; k++) {
            if (!t.word[k].equals("(") || y[k - 1] != RefLabel.TITLE) {
                continue;
            }
            int close = -1;
            boolean numeric = true;
            boolean fieldInside = false;
            for (int j = k + 1; j < t.count && j <= k + 12; j++) {
                String w = t.word[j];
                if (w.equals(")")) {
                    close = j;
                    break;
                }
                if (w.equals("(")) {
                    break;
                }
                numeric &= !Character.isLetter(w.charAt(0));
                int lab = y[j];
                // a name or acronym: words and hyphens the model read as title, container or nothing; a
                // publisher and place "(Wiley, New York)" or an identifier is something else
                fieldInside |= !(lab == RefLabel.TITLE || lab == RefLabel.CONTAINER || lab == RefLabel.O)
                        || !(Character.isLetterOrDigit(w.charAt(0)) || w.equals("-") || w.equals("."))
                        || w.indexOf(':') >= 0 || w.indexOf('/') >= 0;
            }
            if (close < 0 || close == k + 1 || numeric || fieldInside || noteIn(t, k + 1, close)) {
                continue;
            }
            // what follows the parenthesis ends a sentence or the title goes on
            int after = close + 1;
            boolean endsTitle = after >= t.count || y[after] == RefLabel.TITLE || t.word[after].equals(".");
            if (endsTitle) {
                for (int j = k; j <= close; j++) {
                    y[j] = RefLabel.TITLE;
                }
                last = Math.max(last, close);
            }
        }
    }

    static boolean noteIn(ModelTokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isDigit(t.word[k].charAt(0))) {
                return true;
            }
            String w = t.word[k].toLowerCase(java.util.Locale.ROOT);
            if (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            if (TITLE_NOTES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
