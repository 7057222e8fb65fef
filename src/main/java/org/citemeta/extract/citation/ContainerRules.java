package org.citemeta.extract.citation;

/**
 * Post-processing rules of {@link ModelFieldLabeller#assemble} about the container: journal names (known journals,
 * journal heads and tails, journals read as names or titles, journals cited alone), periodicals, proceedings, books
 * after their editors, publishers. Each rule relabels the model's token labels {@code y} in place; {@code assemble}
 * calls them in a fixed order.
 */
final class ContainerRules {
    private ContainerRules() {
    }

    private static final java.util.regex.Pattern PERIODICAL_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:journal|review|letters|transactions|annals|bulletin|magazine|newspaper|gazette|quarterly)\\b");

    private static final java.util.regex.Pattern NAME_WORDS_SPLIT = java.util.regex.Pattern.compile("[\\s,]+");

    /** A periodical's word ("Journal", "Letters") or a journal abbreviation ("Phys.", "Acad.") is in the name. */
    static boolean journalWords(String name) {
        if (PERIODICAL_WORD.matcher(name).find()) {
            return true;
        }
        for (String w : NAME_WORDS_SPLIT.split(name)) {
            if (w.endsWith(".") && w.length() > 2 && Abbreviations.isJournalWord(w.substring(0, w.length() - 1))
                    && !PROCEEDINGS_WORD.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A journal cited alone, without volume or pages, whose name the model split into a short title and a container
     * ending in a periodical's word ("Lund, K. 2016, The Astronomical | Journal, arXiv:…"): the whole name is the
     * container.
     */
    static void periodicalCitedAlone(ModelTokens t, int[] y, LabelledFields r) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
        if (c0 <= 0 || y[c0 - 1] != RefLabel.TITLE || r.volume != null || r.pageFirst != null
                || !PERIODICAL_WORD.matcher(t.word[c1]).matches()) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.VOLUME || y[k] == RefLabel.ISSUE || y[k] == RefLabel.PAGES
                    || y[k] == RefLabel.TITLE && k < c0 - 3) {
                return;
            }
        }
        for (int k = c0 - 1; k >= 0 && y[k] == RefLabel.TITLE; k--) {
            String w = t.word[k];
            if (!Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
        }
        for (int k = c0 - 1; k >= 0 && y[k] == RefLabel.TITLE; k--) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * "In:" inside the model's container marks where the container starts: what comes before it is no part of the
     * name (biblatex's language field: "... dopamine release". eng. In: Frontiers in Neuroscience 8").
     */
    static void containerAfterIn(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
        for (int k = c0 + 1; c0 >= 0 && k + 2 <= c1; k++) {
            if (t.word[k].equals("In") && t.word[k + 1].equals(":") && y[k + 2] == RefLabel.CONTAINER) {
                for (int j = c0; j <= k + 1; j++) {
                    if (y[j] == RefLabel.CONTAINER) {
                        y[j] = RefLabel.O;
                    }
                }
                return;
            }
        }
    }

    /** A word of a conference, series, supplement or report name ("Proc.", "Symposium", "Series"; not "Process."). */
    private static final java.util.regex.Pattern PROCEEDINGS_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:proc|conf|symp|colloq|supp|suppl|ser|rep)\\.?|proceedings?|conferences?|symposi(?:um|a)|workshops?"
                    + "|colloqui(?:um|a)|meetings?|congress(?:es)?|series|supplements?|reports?");

    /**
     * The acronym of the society that publishes a known journal, written after it and a comma ("J. Struct. Eng., ASCE,
     * 135(11)", "Journal of Applied Mechanics, ASME, Vol. 28"), is no part of the journal's name.
     */
    static void societyAfterJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int c0 = c[0];
        int c1 = c[1];
        String w = t.word[c1];
        if (c1 - c0 < 2 || !t.word[c1 - 1].equals(",") || w.length() < 3 || w.length() > 6 || w.equals("USA")
                || !w.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z') || !Journals.known(t, c0, c1 - 2)) {
            return;
        }
        y[c1 - 1] = RefLabel.O;
        y[c1] = RefLabel.O;
    }

    /**
     * What the model read as the publisher right before the volume, where it read no container and no title, is the
     * journal of a reference cited without its title: a publisher has no volume ("Hunter M., et al., Maturitas; 8: 217, 1986", "Berman et al. (Urology, 1999, 54, 385)"
     * with the year between; up to eight words, the volume after one separator at most, or after the year and one).
     */
    static void publisherBeforeVolume(ModelTokens t, int[] y) {
        int p0 = -1;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER || y[k] == RefLabel.TITLE) {
                return;
            }
            if (p0 < 0 && y[k] == RefLabel.PUBLISHER) {
                p0 = k;
            }
        }
        if (p0 < 0) {
            return;
        }
        int p1 = p0;
        while (p1 + 1 < t.count && y[p1 + 1] == RefLabel.PUBLISHER) {
            p1++;
        }
        if (p1 - p0 >= 8) {
            return;
        }
        int k = p1 + 1;
        if (k < t.count && LabelSpans.separator(t, k)) {
            k++;
        }
        if (k + 1 < t.count && y[k] == RefLabel.YEAR && LabelSpans.separator(t, k + 1)) {
            k += 2;
        }
        if (k >= t.count || y[k] != RefLabel.VOLUME || !LabelSpans.hasDigit(t.word[k])) {
            return;
        }
        for (int j = p0; j <= p1; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /** Lower-case words after which capitalised words are no journal's head (see {@link #journalEndingTitle}). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("its", "the", "their", "his", "her",
            "our", "this", "that", "these", "those");

    /**
     * Where the model read no container but a volume, capitalised words that end the title after a lower-case word,
     * right before the year or the volume with no sentence end between, are the journal the title ran into: "...
     * treatment of the common cold Pharmacotherapy (2000) 20:690-697" (up to five words). Not after a determiner
     * ("Physica A: Statistical Mechanics and its | Applications 333") nor in a title of three words or fewer before
     * them ("The plant | Journal 6"): both are a journal's name that the model read as the title.
     */
    static void journalEndingTitle(ModelTokens t, int[] y) {
        int e = -1;
        boolean volume = false;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                return;
            }
            if (y[k] == RefLabel.TITLE) {
                e = k;
            }
            volume |= y[k] == RefLabel.VOLUME;
        }
        if (e < 2 || !volume || e + 1 >= t.count) {
            return;
        }
        int n = e + 1;
        if (t.word[n].equals("(")) {
            n++;
        }
        if (n >= t.count || y[n] != RefLabel.YEAR && y[n] != RefLabel.VOLUME) {
            return;
        }
        int b = e;
        while (b > 0 && e - b < 5 && y[b] == RefLabel.TITLE && Character.isUpperCase(t.word[b].charAt(0))
                && t.word[b].chars().allMatch(Character::isLetter)) {
            b--;
        }
        String w = t.word[b];
        if (b == e || y[b] != RefLabel.TITLE || w.length() < 3 || !w.chars().allMatch(Character::isLowerCase)
                || CONNECTORS.contains(w) || DETERMINERS.contains(w) || b - LabelSpans.first(t, y, RefLabel.TITLE) < 3) {
            return;
        }
        for (int j = b + 1; j <= e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    static void containerNumber(ModelTokens t, int[] y) {
        int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
        if (c1 < 1 || !t.word[c1].chars().allMatch(Character::isDigit) || t.word[c1].length() > 4
                || y[c1 - 1] != RefLabel.CONTAINER || !Character.isLetter(t.word[c1 - 1].charAt(0))
                || NumberRules.modernYear(t.word[c1])) {
            return;
        }
        int c0 = c1;
        while (c0 > 0 && y[c0 - 1] == RefLabel.CONTAINER) {
            c0--;
        }
        if (c1 - c0 < 2 && t.word[c0].length() < 4) {
            return; // "TR 1069": a report number
        }
        for (int k = c0; k < c1; k++) {
            String w = t.word[k];
            if (w.equals("(") || w.endsWith("'") || PROCEEDINGS_WORD.matcher(w).matches()) {
                return; // "Proceedings of ICFP'97", "(CHI91": a conference and its year
            }
        }
        if (c1 + 2 < t.count && t.glued(c1) && t.word[c1 + 1].equals(".") && t.glued(c1 + 1)
                && Character.isDigit(t.word[c1 + 2].charAt(0))) {
            return; // "arXiv 1407.1446": an identifier
        }
        int next = c1 + 1;
        while (next < t.count && (t.word[next].equals(".") || t.word[next].equals(","))) {
            next++;
        }
        int volume = LabelSpans.first(t, y, RefLabel.VOLUME);
        if (volume < 0) {
            y[c1] = RefLabel.VOLUME;
        } else if (volume == next && LabelSpans.first(t, y, RefLabel.ISSUE) < 0) {
            y[c1] = RefLabel.VOLUME;
            y[next] = RefLabel.ISSUE;
        } else if (volume > c1 && LabelSpans.first(t, y, RefLabel.PAGES) < 0) {
            y[c1] = RefLabel.VOLUME;
            for (int k = volume; k < t.count && y[k] == RefLabel.VOLUME; k++) {
                y[k] = RefLabel.PAGES;
            }
        } else {
            y[c1] = RefLabel.O;
        }
    }

    static final java.util.Set<String> CONNECTORS = java.util.Set.of("and", "of", "in", "on", "&", "with",
            "for", "the", "de", "du", "des", "et", "und", "für", "fur", "der", "di", "la", "le");

    /**
     * A short capitalised "title" glued to the container that follows it without any separator is the head of the
     * journal name: "Plasma Sources | Sci. Technol. 20 (2011)", "Lasers in | Surgery and Medicine 40:371" at the
     * start of a reference without authors, "Helv. | Chim. Acta" (abbreviations only) after authors.
     */
    static void journalHead(ModelTokens t, int[] y) {
        int first = -1;
        int last = -1;
        boolean authors = false;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.AUTHOR) {
                authors = true;
            } else if (y[k] == RefLabel.TITLE) {
                if (first < 0) {
                    first = k;
                } else if (last < k - 1) {
                    return; // the title is not one run
                }
                last = k;
            }
        }
        if (first < 0 || last + 1 >= t.count || y[last + 1] != RefLabel.CONTAINER || last - first > 2) {
            return;
        }
        if (first == last && first > 0 && y[first - 1] == RefLabel.AUTHOR && t.word[first].length() == 2
                && Character.isUpperCase(t.word[first].charAt(0)) && t.word[first].endsWith(".")) {
            y[first] = RefLabel.AUTHOR; // the names' last initial ("Lund, J. E. | Phys Rev Lett"), no journal word
            return;
        }
        boolean abbreviations = true;
        for (int k = first; k <= last; k++) {
            String w = t.word[k];
            boolean connector = CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT));
            if (!connector && !Character.isUpperCase(w.charAt(0)) || !authors && w.endsWith(".") && w.length() > 7) {
                return; // a lower-case word or the end of a sentence ("The Arrival.")
            }
            // after authors, longer abbreviations too ("Combust. Flame", "J. Heterocycl. Chem.")
            // (cut after a consonant, as ISO 4 abbreviates: not "Othello.")
            // (a longer word only when a known name abbreviates it so: not "Quietamycin.")
            abbreviations &= w.endsWith(".") && (w.length() <= 7 || authors && w.length() <= 12
                    && "aeiouy".indexOf(Character.toLowerCase(w.charAt(w.length() - 2))) < 0 && Journals.abbreviation(w))
                    || connector;
        }
        if (authors && !(abbreviations && last - first <= 1)) {
            return;
        }
        for (int k = first; k <= last; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * Lower-case words that go on from the container with no punctuation, opening with a connector, up to the volume
     * or issue are the rest of the journal's name: "Current opinion | in cell biology 20, 483-488" (journals written in
     * sentence case).
     */
    static void containerLowerTail(ModelTokens t, int[] y) {
        int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
        if (c1 < 0 || c1 + 2 >= t.count || !CONNECTORS.contains(t.word[c1 + 1]) || !Character.isLetter(t.word[c1].charAt(t.word[c1].length() - 1))) {
            return;
        }
        int e = c1 + 1;
        while (e < t.count && (y[e] == RefLabel.O || y[e] == RefLabel.TITLE) && Character.isLowerCase(t.word[e].charAt(0))
                && t.word[e].chars().allMatch(Character::isLetter)) {
            e++;
        }
        if (e == c1 + 2 || e >= t.count || !(y[e] == RefLabel.VOLUME || y[e] == RefLabel.ISSUE) || CONNECTORS.contains(t.word[e - 1])) {
            return;
        }
        for (int k = c1 + 1; k < e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * A known journal name that begins in the title and ends where the container the model read right after it ends
     * ("Annals of | Physics"): the title's words of the name are the container's.
     */
    static void journalAcrossTitle(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 <= 0 || y[c0 - 1] != RefLabel.TITLE || LabelSpans.separator(t, c0 - 1)) {
            return;
        }
        int c1 = LabelSpans.runEnd(y, c0);
        int t0 = c0 - 1;
        while (t0 > 0 && y[t0 - 1] == RefLabel.TITLE) {
            t0--;
        }
        int b = Journals.longestEndingAt(t, t0, c1);
        if (b < 0 || b >= c0) {
            return;
        }
        for (int k = b; k < c0; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * A container does not run across the end of a sentence: in "... by tumor suppressor PTEN. Science 280" or
     * "... in Castle Eden Dene, County Durham. Acta Zoologica Fennica 1983" the words up to the sentence-final one
     * end the title (or, after the authors, belong to nothing).
     */
    private static final java.util.regex.Pattern PROCEEDINGS_HEAD = java.util.regex.Pattern.compile(
            "(?i)proc\\.?|proceedings|conference|symposium|workshop");

    static void containerAfterSentence(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 < 0 || afterEditors(t, y, c0)) {
            return; // a book after its editors has subtitles: "(Eds.), The dialogical self in psychotherapy. An Introduction."
        }
        int in = c0 - 1;
        while (in > 0 && (t.word[in].equals(":") || t.word[in].equals(","))) {
            in--;
        }
        if (in >= 0 && y[in] == RefLabel.O && t.word[in].equals("In") || PROCEEDINGS_HEAD.matcher(t.word[c0]).matches()) {
            // "In Proceedings of the 11th Symposium on ... Languages. Salt Lake City": its first sentence is the container
            return;
        }
        int cut = -1;
        for (int k = c0; k + 1 < t.count && (y[k] == RefLabel.CONTAINER || y[k] == RefLabel.O); k++) {
            String w = t.word[k];
            if (y[k] == RefLabel.CONTAINER && y[k + 1] == RefLabel.CONTAINER && Character.isUpperCase(t.word[k + 1].charAt(0))
                    && TitleRules.sentenceEnd(w)) {
                cut = k;
            }
        }
        if (cut < 0) {
            return;
        }
        int c1 = LabelSpans.runEnd(y, c0);
        boolean capitalised = true;
        for (int k = c0; k <= cut; k++) {
            capitalised &= !Character.isLetter(t.word[k].charAt(0)) || Character.isUpperCase(t.word[k].charAt(0));
        }
        if (capitalised && Journals.known(t, c0, c1)) {
            // a known journal's abbreviation is no sentence end ("Compos. Sci. Technol."; but "... during sleep.
            // Science" is no "Sleep Science")
            return;
        }
        int prev = RefLabel.O;
        for (int k = c0 - 1; k >= 0; k--) {
            if (y[k] != RefLabel.O) {
                prev = y[k];
                break;
            }
        }
        boolean title = LabelSpans.first(t, y, RefLabel.TITLE) >= 0;
        int to = prev == RefLabel.TITLE || !title && prev != RefLabel.AUTHOR && prev != RefLabel.O ? RefLabel.TITLE : RefLabel.O;
        for (int k = c0; k <= cut; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                y[k] = to;
            }
        }
    }

    /** The token before {@code k}, punctuation and "(Eds.)" aside, is an editor's, after a title. */
    private static boolean afterEditors(ModelTokens t, int[] y, int k) {
        int j = k - 1;
        while (j >= 0 && y[j] == RefLabel.O) {
            j--;
        }
        if (j < 0 || y[j] != RefLabel.EDITOR) {
            return false;
        }
        while (j >= 0 && (y[j] == RefLabel.EDITOR || y[j] == RefLabel.O)) {
            j--;
        }
        return j >= 0 && y[j] == RefLabel.TITLE;
    }

    /** Token k is a lone publisher or place word with title or container words on both sides. */
    private static boolean strayInTitle(int[] y, int k) {
        return (y[k] == RefLabel.PUBLISHER || y[k] == RefLabel.PLACE) && k > 0 && k + 1 < y.length
                && (y[k - 1] == RefLabel.TITLE || y[k - 1] == RefLabel.CONTAINER)
                && (y[k + 1] == RefLabel.TITLE || y[k + 1] == RefLabel.CONTAINER);
    }

    /**
     * The book of a chapter comes after its editors ("Title. In L. Angus & J. McLeod (Eds.), The handbook of narrative
     * and psychotherapy. Practice, theory, and research. London: Sage."): when the model read part of it as a second
     * title, the words from the editors to the place, publisher or numbers are the container.
     */
    static void bookAfterEditors(ModelTokens t, int[] y) {
        int e = LabelSpans.last(t, y, RefLabel.EDITOR);
        if (e < 0 || e + 1 >= t.count) {
            return;
        }
        int k = e + 1;
        while (k < t.count && y[k] == RefLabel.O) {
            k++;
        }
        if (k >= t.count || !afterEditors(t, y, k)) {
            return;
        }
        int end = k;
        boolean title = false;
        boolean container = false;
        // (a lone publisher or place word between title words is one of the book's: "harbours. | A | reader in")
        while (end < t.count && (y[end] == RefLabel.TITLE || y[end] == RefLabel.CONTAINER || y[end] == RefLabel.O
                || strayInTitle(y, end))) {
            title |= y[end] == RefLabel.TITLE;
            container |= y[end] == RefLabel.CONTAINER;
            end++;
        }
        if (!title || !Character.isUpperCase(t.word[k].charAt(0))) {
            return;
        }
        int last = end - 1;
        while (last >= k && y[last] == RefLabel.O) {
            last--;
        }
        for (int j = k; j <= last; j++) {
            if (y[j] == RefLabel.TITLE || strayInTitle(y, j)
                    || y[j] == RefLabel.O && Character.isLetterOrDigit(t.word[j].charAt(0))) {
                y[j] = RefLabel.CONTAINER;
            }
        }
    }

    /**
     * An unsigned reference that opens with its journal, which the model read as names and the rules as the container,
     * with neither a title nor a container read by the model and the numbers right after: "European J. of Cancer, Vol.
     * 35, No. 9, pp.1394-1401 (1999)", "CHEM. RES. CHINESE UNIVERSITIES 2011, 27(2), 232—236". The words are the
     * container (a reference with names and numbers has a journal or a title somewhere), unless a word other than
     * "Vol.", "No.", "pp." or a month follows them.
     */
    static void journalReadAsNames(ModelTokens t, int[] y, byte[] rule) {
        if (t.count == 0 || y[0] != RefLabel.AUTHOR || LabelSpans.first(t, y, RefLabel.TITLE) >= 0 || LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int e = 0;
        while (e + 1 < t.count && y[e + 1] == RefLabel.AUTHOR) {
            e++;
        }
        for (int k = 0; k <= e; k++) {
            if (Character.isLetter(t.word[k].charAt(0)) && rule[k] != RefLabel.CONTAINER) {
                return;
            }
        }
        for (int k = e + 1; k < t.count; k++) {
            String w = t.word[k];
            if (Character.isLetter(w.charAt(0)) && !VOLUME_WORD.matcher(w).matches() && !Months.isMonth(w)) {
                return; // another word that could be the journal ("UmedaH .,Nomoto K .,2002 ,ApJ ,565")
            }
        }
        int k = e + 1;
        while (k < t.count && (t.word[k].equals(",") || t.word[k].equals("."))) {
            k++;
        }
        if (k < t.count && (y[k] == RefLabel.VOLUME || y[k] == RefLabel.YEAR
                || VOLUME_WORD.matcher(t.word[k]).matches() && k + 1 < t.count && y[k + 1] == RefLabel.VOLUME)) {
            for (int j = 0; j <= e; j++) {
                y[j] = RefLabel.CONTAINER;
            }
        }
    }

    /**
     * An unsigned reference that starts with a known journal name that the volume, pages or year follow ("Movement
     * Disorders, Vol. 25, No. 3", "Ann. N.Y. Acad. Sci. 1012, 5") has no authors: the names the model read there are
     * the journal (returns its span, as {@link #knownJournal} does, so the assembly drops those names).
     */
    private static int[] journalAtStart(ModelTokens t, int[] y) {
        int names = LabelSpans.last(t, y, RefLabel.AUTHOR);
        if (names < 0 || y[0] != RefLabel.AUTHOR) {
            return null;
        }
        for (int e = Math.min(t.count - 2, names + 6); e >= 0; e--) {
            if (e < names && !onlyDateAfter(t, e, names)) {
                break;
            }
            // the cheap check first: the journal lookup hashes every word of the reference
            if (numbersFollow(t, y, e) && Journals.longestEndingAt(t, 0, e) == 0) {
                for (int j = 0; j <= Math.max(e, names); j++) {
                    y[j] = j <= e ? RefLabel.CONTAINER : RefLabel.O;
                }
                return new int[]{0, e};
            }
        }
        return null;
    }

    /**
     * A reference that is a journal's name and its numbers only, as the header of an article's first page is
     * ("Pervasive and Mobile Computing 7 (2011) 98–113", "FOLIA VETERINARIA, 52, 2: 109-112.2008", "Clinical, Cosmetic
     * and Investigational Dermatology 2009:2 39–48"), has no authors and no title: the capitalised words (and
     * connectors) before the first number are the container, whether or not the list knows it. Only numbers,
     * punctuation and "Vol." / "No." may follow, two numbers at least; what the model read there as title, names or
     * container is nothing (the rules' numbers back it up). Not where an initial, a word ending a sentence, a period
     * or a bracket of their own or a report's number shows names or a title.
     */
    static void periodicalFirst(ModelTokens t, int[] y) {
        if (!Character.isLetter(t.word[0].charAt(0)) || !Character.isUpperCase(t.word[0].charAt(0))) {
            return;
        }
        int e = -1;
        int words = 0;
        int k = 0;
        for (; k < t.count && !Character.isDigit(t.word[k].charAt(0)); k++) {
            String w = t.word[k];
            if (Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w) || Months.isMonth(w)
                        || !w.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-')
                        || AuthorScanner.isInitial(w) || w.endsWith(".") && w.length() > 8 && !Journals.abbreviation(w)) {
                    return; // an initial of a name, the end of a title's sentence ("Vancomycin.")
                }
                e = k;
                words++;
            } else if (w.length() > 1 || ",:&".indexOf(w.charAt(0)) < 0) {
                return; // a period alone ends a sentence; brackets hold a note ("Morgentaler (Lancet, 1999"); a dash
                        // parts a name from a periodical ("FLORENNE, Yves - Le Monde, 30 juillet 1952")
            }
        }
        if (NumberRules.REPORT_HINT.matcher(t.text).find()) {
            return; // "CMS Collaboration, CMS-PAS-TOP-16-022": a report's number
        }
        if (k == t.count || e < 0 || words == 1 && t.word[0].length() < 4 || CONNECTORS.contains(t.word[e])
                || LabelSpans.ROMAN.matcher(t.word[e]).matches()) {
            return; // "Lunar and Planetary Science XI, pp. 468-470": the volume of a proceedings
        }
        int numbers = 0;
        for (int j = k; j < t.count; j++) {
            String w = t.word[j];
            if (Character.isLetter(w.charAt(0)) && !(VOLUME_WORD.matcher(w).matches() && !w.startsWith("p"))) {
                return; // (a month too: a dated newspaper or magazine names its author first)
            }
            numbers += Character.isDigit(w.charAt(0)) ? 1 : 0;
        }
        if (numbers < 2) {
            return; // "Robot Vision, MIT Press, 1986": a book and its year
        }
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 >= 0) {
            // where the model read a container, it must end the words, and no comma may part names from a title
            // ("Shiojima and Walsh, Circ. Res. (2002) 90:1243")
            if (LabelSpans.last(t, y, RefLabel.CONTAINER) != e) {
                return;
            }
            for (int j = 0; j < e; j++) {
                if (t.word[j].equals(",")) {
                    return;
                }
            }
        }
        for (int j = 0; j < t.count; j++) {
            if (j <= e) {
                y[j] = Character.isLetter(t.word[j].charAt(0)) || j < e ? RefLabel.CONTAINER : RefLabel.O;
            } else if (y[j] == RefLabel.TITLE || y[j] == RefLabel.AUTHOR || y[j] == RefLabel.CONTAINER) {
                y[j] = RefLabel.O;
            }
        }
    }

    /** The tokens after {@code e} up to {@code end} are punctuation and a month ("INFECTION AND IMMUNITY, Sept."). */
    private static boolean onlyDateAfter(ModelTokens t, int e, int end) {
        for (int k = e + 1; k <= end; k++) {
            if (Character.isLetterOrDigit(t.word[k].charAt(0)) && !Months.isMonth(t.word[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Without a container, a publisher or place (or a title) that the volume follows right away, after a comma at most,
     * is the journal: "2016, MNRAS, 457, 1522" and "et al, Vacuum, 91:47" (the model reads short journal names as
     * publishers or places), "Tetrahedron, 26, 5191".
     */
    static void journalBeforeVolume(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        boolean volume = LabelSpans.index(t, y, RefLabel.VOLUME) >= 0;
        for (int v = 1; v < t.count; v++) {
            if (!(y[v] == RefLabel.VOLUME || !volume && y[v] == RefLabel.ISSUE)) {
                continue;
            }
            int e = v - 1;
            if (e > 0 && y[e] == RefLabel.O && NumberRules.NUMBER_WORD.matcher(t.word[e]).matches()) {
                e--; // "World architecture, No. 83", "Geology, v. 33" (not "Vol. 15" after a book title)
            }
            if (e > 0 && t.word[e].equals(",")) {
                e--;
            }
            int lab = y[e];
            if (!(lab == RefLabel.PUBLISHER || lab == RefLabel.PLACE || lab == RefLabel.TITLE)
                    || !Character.isLetter(t.word[e].charAt(0)) || t.word[e].startsWith("ISBN") || t.word[e].startsWith("ISSN")) {
                return;
            }
            int b = e;
            while (b > 0 && (y[b - 1] == lab)) {
                b--;
            }
            if (b > 0 && t.word[b - 1].equals("(")) {
                return; // "(Schriftenreihe des Kreises 27)": a series and its number
            }
            if (lab == RefLabel.TITLE) {
                // the last comma segment of a longer title: "A Note on the ... Problem, Information and Computation, 84"
                int comma = -1;
                for (int k = e - 1; k > b + 1; k--) {
                    if (t.word[k].equals(",")) {
                        comma = k;
                        break;
                    }
                }
                if (comma > 0 && e - comma <= 5 && journalWords(t, comma + 1, e)) {
                    y[comma] = RefLabel.O;
                    for (int k = comma + 1; k <= e; k++) {
                        y[k] = RefLabel.CONTAINER;
                    }
                    return;
                }
                // else only a short title that is the whole title: "Tetrahedron, 26", not the tail of a longer one
                for (int k = 0; k < b; k++) {
                    if (y[k] == RefLabel.TITLE) {
                        return;
                    }
                }
                if (e - b > 3 || !Character.isUpperCase(t.word[b].charAt(0)) || !journalWords(t, b, e)) {
                    return; // a capitalised Latin word or few ("Tetrahedron"), not a CJK title and journal run
                }
            }
            for (int k = b; k <= e; k++) {
                y[k] = RefLabel.CONTAINER;
            }
            return;
        }
    }

    /**
     * Without a container, what the model read as a publisher or place right after a quoted title and before a date
     * is the periodical: "\"Health Care Is Spread Thin ...\" New York Times, May 28, 2013".
     */
    static void periodicalAfterQuotes(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        int q = last + 1;
        if (last < 0 || q + 1 >= t.count || !t.word[q].equals("\"")) {
            return;
        }
        int b = q + 1;
        if (b < t.count && t.word[b].equals(",")) {
            b++;
        }
        if (b >= t.count || !(y[b] == RefLabel.PUBLISHER || y[b] == RefLabel.PLACE) || !Character.isUpperCase(t.word[b].charAt(0))) {
            return;
        }
        int lab = y[b];
        int e = b;
        while (e + 1 < t.count && y[e + 1] == lab) {
            e++;
        }
        int d = e + 1;
        if (d < t.count && t.word[d].equals(",")) {
            d++;
        }
        if (d >= t.count || !(Months.isMonth(t.word[d]) || Character.isDigit(t.word[d].charAt(0)))) {
            return;
        }
        for (int k = b; k <= e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }
    private static final java.util.regex.Pattern VOLUME_WORD = java.util.regex.Pattern.compile("(?i)(?:vol|v|no|n°|nr|pp?)\\.?|volume|number|issue");

    /**
     * A known journal name ({@link Journals}) that the volume, issue, pages or year follow is the container, whatever
     * the model made of its edges: "F. Stecker and M. Salamon Space | Sci. Rev. 75" (the container was "Sci. Rev."),
     * "FastJet User Manual, Eur. Phys. J. C 72" (title and container were one), "Synthesis, 474 (1977)" (no container).
     * What the model had labelled container before the name becomes title when it follows the title or there is none,
     * otherwise nothing; after the name, nothing unless it is in parentheses. A single-word name must be capitalised,
     * start a segment and have four letters at least; the name never takes an author's token.
     */
    static int[] knownJournal(ModelTokens t, int[] y) {
        int[] atStart = journalAtStart(t, y);
        if (atStart != null) {
            return atStart;
        }
        int min = LabelSpans.last(t, y, RefLabel.AUTHOR) + 1;
        // "D. MCLENNAN. Tetrahedron, 31": a family name with a period ends the names even where the model went on
        for (int j = LabelSpans.first(t, y, RefLabel.AUTHOR) + 1; j > 0 && j < min; j++) {
            if (y[j - 1] == RefLabel.AUTHOR && familyEnd(t.word[j - 1]) && Character.isUpperCase(t.word[j].charAt(0))) {
                min = j;
                break;
            }
        }
        int editor = LabelSpans.last(t, y, RefLabel.EDITOR);
        min = Math.max(min, editor + 1);
        for (int e = min; e < t.count; e++) {
            if (!Character.isLetter(t.word[e].charAt(0)) || !numbersFollow(t, y, e)) {
                continue;
            }
            if (t.word[e].length() == 1 && t.glued(e) && Character.isDigit(t.word[e + 1].charAt(0))) {
                continue; // "Nucl. Phys. B262": the section letter goes with the volume there
            }
            // a name is capitalised words and connectors and does not run across the end of a sentence
            int from = e;
            while (from - 1 >= min && nameWord(t, from - 1)) {
                from--;
            }
            int b = intoNames(t, y, Journals.longestEndingAt(t, from, e), e);
            if (b < 0) {
                continue;
            }
            while (b < e && !Character.isLetter(t.word[b].charAt(0))) {
                b++;
            }
            if (b == e) {
                String w = t.word[b];
                // (three letters only with a capital inside: "ApJ", not "Age")
                boolean shortName = w.length() == 3 && Character.isUpperCase(w.charAt(1)) != Character.isUpperCase(w.charAt(2));
                if (!Character.isUpperCase(w.charAt(0)) || w.length() < 4 && !shortName
                        || b > 0 && !LabelSpans.separator(t, b - 1) && !TitleRules.sentenceEnd(t.word[b - 1]) && b != min) {
                    continue;
                }
            }
            boolean ok = true;
            for (int k = b; k <= e && ok; k++) {
                ok = y[k] == RefLabel.O || y[k] == RefLabel.TITLE || y[k] == RefLabel.CONTAINER || y[k] == RefLabel.AUTHOR
                        || y[k] == RefLabel.PUBLISHER || y[k] == RefLabel.PLACE;
            }
            int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
            int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
            if (!ok || c0 >= 0 && (c1 < b - 2 || c0 > e + 2)) {
                return null; // the model's container is elsewhere: trust it
            }
            if (c0 == b && c1 == e) {
                return null;
            }
            if (c0 > e + 1 && Character.isDigit(t.word[e + 1].charAt(0))) {
                return null; // "... Applied to Pattern Recognition 2003 Int. J. of ... 38": the model's container follows the number
            }
            for (int k = c0 + 1; c0 >= 0 && k < c1; k++) {
                if (y[k] != RefLabel.CONTAINER && Character.isLetterOrDigit(t.word[k].charAt(0))) {
                    return null; // two containers ("Proceedings of ..., Lecture Notes in ..."): the model chose
                }
            }
            if (c0 >= 0 && c0 < b && !(LabelSpans.separator(t, b - 1) || TitleRules.sentenceEnd(t.word[b - 1]))) {
                return null; // "Annu. Rev. | Astron. Astrophys.": a longer name the list does not have
            }
            for (int k = c0 >= 0 && c0 < b ? c0 - 1 : b; k >= min && k < b && y[k] != RefLabel.TITLE; k--) {
                if ("\"'”’“‘".indexOf(t.word[k].charAt(0)) >= 0) {
                    return null; // '..., Rectangular Duct,' Trans. of the ASME, J. Heat Transfer: the quotes closed the title
                }
            }
            boolean anyTitle = false;
            for (int k = 0; k < t.count; k++) {
                anyTitle |= y[k] == RefLabel.TITLE && (k < b || k > e);
            }
            // container words before the name
            int k = b - 1;
            while (k >= min && (y[k] == RefLabel.CONTAINER || !Character.isLetterOrDigit(t.word[k].charAt(0)) && k > 0
                    && (y[k - 1] == RefLabel.CONTAINER || !Character.isLetterOrDigit(t.word[k - 1].charAt(0)) && k > 1
                    && y[k - 2] == RefLabel.CONTAINER))) {
                k--; // "teniposide (VM-26). Cancer Res": through the ")" and "." too
            }
            while (k > min && !Character.isLetterOrDigit(t.word[k].charAt(0))) {
                k--;
            }
            int w = k > min && y[k] == RefLabel.O && CONNECTORS.contains(t.word[k]) ? LabelSpans.wordBefore(t, k) : -1;
            if (w >= 0 && y[w] == RefLabel.TITLE) {
                y[k] = RefLabel.TITLE; // "Developments in | QCD Jet Energy Loss, Nucl. Phys. A": the title goes on
            }
            boolean titleBefore = k >= 0 && y[k] == RefLabel.TITLE;
            for (int j = k + 1; j < b; j++) {
                if (y[j] == RefLabel.CONTAINER) {
                    y[j] = titleBefore || !anyTitle ? RefLabel.TITLE : RefLabel.O;
                    if (y[j] == RefLabel.TITLE && t.word[j + 1].equals(")") && y[j + 1] == RefLabel.O) {
                        y[j + 1] = RefLabel.TITLE; // the title keeps the parenthesis it opened: "(QH-12)"
                    }
                }
            }
            // container words after it
            if (e + 1 < t.count && !t.word[e + 1].equals("(")) {
                for (int j = e + 1; j < t.count && (y[j] == RefLabel.CONTAINER || y[j] == RefLabel.O); j++) {
                    if (y[j] == RefLabel.CONTAINER) {
                        y[j] = RefLabel.O;
                    }
                }
            }
            boolean tookAuthor = false;
            for (int j = b; j <= e; j++) {
                tookAuthor |= y[j] == RefLabel.AUTHOR;
                y[j] = RefLabel.CONTAINER;
            }
            return tookAuthor ? new int[]{b, e} : null;
        }
        return null;
    }

    /**
     * A longer known name ending at {@code e} that starts in the names, right after a comma: "A. Lund, C. R. Acad.
     * Sci., 30" (the names end with "A. Lund"), "Berg, Expert. Opin. Ther. Targets" (no initial follows the comma).
     * Its first token, or {@code b} (-1: none).
     */
    private static int intoNames(ModelTokens t, int[] y, int b, int e) {
        boolean nameAfterComma = false;
        for (int k = 1; k < e && !nameAfterComma; k++) {
            nameAfterComma = y[k] == RefLabel.AUTHOR && t.word[k - 1].equals(",");
        }
        if (!nameAfterComma) {
            return b; // (no look-up: most references)
        }
        int b2 = Journals.longestEndingAt(t, 0, e);
        if (b2 < 2 || b >= 0 && b2 >= b || !t.word[b2 - 1].equals(",") || y[b2] != RefLabel.AUTHOR) {
            return b;
        }
        String before = t.word[b2 - 2];
        boolean complete = before.length() >= 3 && Character.isUpperCase(before.charAt(0)) && !before.endsWith(".")
                && b2 >= 3 && AuthorScanner.isInitial(t.word[b2 - 3]);
        return complete || !AuthorScanner.isInitial(t.word[b2]) ? b2 : b;
    }

    /**
     * The last author with one part read from the journal's words: "K. Mannheim Astropart. Phys." read as given
     * "K. Mannheim" and family "Astropart" is Mannheim, K.; "Lund, Curr. Opin." read as given "Curr" is Lund alone.
     * Null when neither applies.
     */
    static CitationAuthor journalWordInName(CitationAuthor a, boolean familyIn, boolean givenIn) {
        if (familyIn && a.given() != null) {
            String[] g = a.given().trim().split("\\s+");
            String w = g[g.length - 1];
            if (g.length > 1 && w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")) {
                return new CitationAuthor(w, String.join(" ", java.util.Arrays.copyOf(g, g.length - 1)));
            }
        } else if (!familyIn && givenIn && a.given().replace(".", "").strip().length() >= 3
                && a.given().indexOf(' ') < 0) {
            return new CitationAuthor(a.family(), null); // one word, not initials ("J." is a journal word too)
        }
        return null;
    }

    /**
     * Whether {@code words} (an author's family or given name) are words of tokens span[0]..span[1]; initials written
     * together ("N.Y.") may be tokens of their own ("N." "Y."), and a token may add a final period ("Astropart.").
     */
    static boolean nameIn(ModelTokens t, int[] span, String words) {
        if (words == null) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (int k = span[0]; k <= span[1]; k++) {
            joined.append(t.word[k]);
        }
        for (String w : words.split("\\s+")) {
            boolean found = w.indexOf('.') >= 0 && w.indexOf('.') < w.length() - 1 && joined.indexOf(w) >= 0;
            for (int k = span[0]; k <= span[1] && !found; k++) {
                found = t.word[k].equals(w) || t.word[k].length() == w.length() + 1 && t.word[k].startsWith(w)
                        && t.word[k].endsWith("."); // "Astropart." for the name part "Astropart"
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** A family name with a final period ("MCLENNAN.", "Lavielle."), not an initial or a journal abbreviation. */
    private static boolean familyEnd(String w) {
        int n = w.length();
        if (n < 4 || w.charAt(n - 1) != '.' || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String bare = w.substring(0, n - 1);
        return bare.chars().allMatch(Character::isLetter) && !Abbreviations.isJournalWord(bare);
    }

    /** Token k may be inside a journal name: punctuation, a capitalised word or a connector, not a sentence end. */
    private static boolean nameWord(ModelTokens t, int k) {
        String w = t.word[k];
        if (!Character.isLetter(w.charAt(0))) {
            return w.length() == 1 && ".,:-()&'".indexOf(w.charAt(0)) >= 0;
        }
        return (Character.isUpperCase(w.charAt(0)) || CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT))) && !TitleRules.sentenceEnd(w);
    }

    /** The number block follows word token {@code e}: a volume, issue, page or year, "(" and one, or "vol." / "no.". */
    private static boolean numbersFollow(ModelTokens t, int[] y, int e) {
        int k = e + 1;
        while (k < t.count && (t.word[k].equals(",") || t.word[k].equals(".") || t.word[k].equals(":"))) {
            k++;
        }
        if (k + 1 < t.count && Months.isMonth(t.word[k]) && (k == e + 1 || !t.word[k - 1].equals("."))) {
            k++; // "MOLECULAR AND CELLULAR BIOLOGY, Sept. 1996": the month of the issue
            while (k < t.count && t.word[k].equals(".")) {
                k++;
            }
        }
        if (k >= t.count) {
            return false;
        }
        if (t.word[k].equals("(") && k + 1 < t.count) {
            k++;
        }
        int lab = y[k];
        return LabelSpans.hasDigit(t.word[k]) && (lab == RefLabel.VOLUME || lab == RefLabel.ISSUE || lab == RefLabel.PAGES || lab == RefLabel.YEAR)
                || VOLUME_WORD.matcher(t.word[k]).matches() && k + 1 < t.count && LabelSpans.hasDigit(t.word[k + 1]);
    }

    /** The token comes right after the journal name (periods between allowed, no "No."). */
    static boolean afterJournal(ModelTokens t, int[] y, int k) {
        int j = k - 1;
        while (j >= 0 && t.word[j].equals(".")) {
            j--;
        }
        return j >= 0 && y[j] == RefLabel.CONTAINER;
    }

    /** Capitalised words and connectors only, as a journal name is written. */
    private static boolean journalWords(ModelTokens t, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = t.word[k];
            if (!Character.isLetter(w.charAt(0))
                    || !Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The acronym in parentheses right after the container belongs to it ("Proceedings of the National Conference on
     * Artificial Intelligence (AAAI).", "... Operating Systems (ASPLOS-VI), San Jose"): one to three words of
     * capitals, digits and hyphens with two capitals at least, which the model left out, and a separator or the end
     * after the closing parenthesis.
     */
    static void containerAcronym(ModelTokens t, int[] y) {
        int last = LabelSpans.last(t, y, RefLabel.CONTAINER);
        int k = last + 1;
        if (last < 0 || k >= t.count || !t.word[k].equals("(")) {
            return;
        }
        int close = -1;
        int capitals = 0;
        for (int j = k + 1; j < t.count && j <= k + 6; j++) {
            String w = t.word[j];
            if (w.equals(")")) {
                close = j;
                break;
            }
            if (!(y[j] == RefLabel.O || y[j] == RefLabel.CONTAINER || y[j] == RefLabel.PUBLISHER)) {
                return;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c) || !(Character.isLetterOrDigit(c) || c == '-' || c == '\'')) {
                    return;
                }
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        if (close < 0 || close == k + 1 || close - k > 4 || capitals < 2
                || !Character.isUpperCase(t.word[k + 1].charAt(0))) {
            return;
        }
        if (close + 1 < t.count && !LabelSpans.separator(t, close + 1)) {
            return;
        }
        for (int j = k; j <= close; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }
}
