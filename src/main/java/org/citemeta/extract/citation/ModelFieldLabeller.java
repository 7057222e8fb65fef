package org.citemeta.extract.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The trained labeller: a linear-chain model ({@link LinearChainModel}) labels every token of the reference with a
 * field, using the rule-based labeller's answer as features; the spans it gives are then assembled into
 * {@link LabelledFields}. Identifiers (DOI, arXiv, URL) and the CSL type hint come from the rules (patterns are
 * exact there); authors are split by {@link AuthorScanner} inside the labelled author span. Thread-safe.
 */
final class ModelFieldLabeller implements FieldLabeller {

    /** A year the model may label: 1500-2099, as the rules read them (the model alone once took "9881"). */
    static final java.util.regex.Pattern PLAUSIBLE_YEAR = java.util.regex.Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    /** Classpath location of the shipped model (trained by {@code ReferenceModelTrainer}, test scope). */
    static final String RESOURCE = "/org/citemeta/extract/citation/reference-labeller.bin.gz";

    private final LinearChainModel model;
    private final RuleFieldLabeller rules = new RuleFieldLabeller();

    ModelFieldLabeller(LinearChainModel model) {
        this.model = model;
        Journals.size(); // the journal list is read now (~0.3 s), not by the first reference parsed
    }

    LinearChainModel model() {
        return model;
    }

    /** The shipped model, or null when the resource is absent. */
    static LinearChainModel loadDefault() {
        try (InputStream in = ModelFieldLabeller.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : LinearChainModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public LabelledFields label(String text) {
        String s = splitGluedJournal(INITIAL_GLUED.matcher(text).replaceAll("$1 $2"));
        LabelledFields r = rules.label(s);
        ModelTokens t = ModelTokens.of(s);
        byte[] rule = project(s, t, r);
        long[][] edges = model.hasEdges() ? ReferenceFeatures.edges(t, rule) : null;
        int[] y = model.decode(t, ReferenceFeatures.extract(t, rule, null), edges);
        return assemble(s, t, y, r, rule);
    }

    /** An initial after a comma, "&" or "and" glued by PDF extraction to the next capitalised word ("& Lund, C.Real"). */
    private static final java.util.regex.Pattern INITIAL_GLUED =
            java.util.regex.Pattern.compile("(?<=[,&] |\\band )(\\p{Lu}\\.)(\\p{Lu}\\p{Ll}{2,})");
    private static final java.util.regex.Pattern GLUED_CAPITAL = java.util.regex.Pattern.compile("\\p{Ll}{3}\\p{Lu}");

    /**
     * A known journal name of two words or more glued by PDF extraction to the word before it ("... wave
     * detectorClass. Quantum Grav. 32", "anti-spring bladesNucl. Instrum. Methods"): a space is put back before it, so
     * that the title's last word and the journal are words of their own. Only where the lower-case letters run into a
     * capital that starts a name the journal list knows.
     */
    static String splitGluedJournal(String s) {
        if (!GLUED_CAPITAL.matcher(s).find()) {
            return s; // most references: no token to look at
        }
        ModelTokens t = ModelTokens.of(s);
        for (int k = 0; k < t.count; k++) {
            java.util.regex.Matcher m = GLUED_CAPITAL.matcher(t.word[k]);
            if (m.find()) {
                int at = t.start[k] + m.end() - 1;
                String split = s.substring(0, at) + " " + s.substring(at);
                if (Journals.knownFrom(ModelTokens.of(split), k + 1) >= 2) {
                    return splitGluedJournal(split);
                }
            }
        }
        return s;
    }

    // Assembly choices, measured on the evaluation corpora (development switches, read once; defaults are the best;
    // not under "citemeta.": Quarkus refuses to start on a citemeta.* property no @ConfigMapping declares):
    /** Fields taken from the rules whenever they have them (measured better there: issue, pages). */
    static final String RULE_FIELDS = System.getProperty("references.ruleFields", "issue,pages");
    /** The rules' authors unless the model reads a longer author list. */
    static final boolean PREFER_RULE_AUTHORS = !"false".equals(System.getProperty("references.ruleAuthors"));
    /** Fields the model left empty are taken from the rules when the model labelled their tokens as nothing. */
    static final boolean BACKOFF = !"false".equals(System.getProperty("references.backoff"));

    // ------------------------------------------------------------------ rule answer as token labels

    /** The rule labeller's fields located on the tokens (white space ignored when matching). */
    static byte[] project(String s, ModelTokens t, LabelledFields r) {
        byte[] out = new byte[t.count];
        int n = s.length();
        char[] sq = new char[n];
        int[] pos = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sq[m] = c;
                pos[m] = i;
                m++;
            }
        }
        String squeezed = new String(sq, 0, m);
        int authorEnd = 0;
        int cursor = 0;
        for (CitationAuthor a : r.authors) {
            for (String part : new String[]{a.family(), a.given()}) {
                if (part == null || part.isBlank()) {
                    continue;
                }
                int[] hit = find(squeezed, pos, part, cursor);
                if (hit != null) {
                    authorEnd = Math.max(authorEnd, hit[1]);
                }
            }
            int[] fam = a.family() == null ? null : find(squeezed, pos, a.family(), cursor);
            if (fam != null) {
                cursor = Math.max(cursor, fam[2]);
            }
        }
        if (authorEnd > 0) {
            for (int k = 0; k < t.count && t.end[k] <= authorEnd; k++) {
                out[k] = RefLabel.AUTHOR;
            }
        }
        int afterAuthors = squeezedIndex(pos, m, authorEnd);
        int titleEnd = mark(out, t, squeezed, pos, r.title, afterAuthors, RefLabel.TITLE);
        mark(out, t, squeezed, pos, r.container, Math.max(afterAuthors, titleEnd), RefLabel.CONTAINER);
        mark(out, t, squeezed, pos, r.publisher, afterAuthors, RefLabel.PUBLISHER);
        mark(out, t, squeezed, pos, r.place, afterAuthors, RefLabel.PLACE);
        mark(out, t, squeezed, pos, r.editors, afterAuthors, RefLabel.EDITOR);
        markToken(out, t, r.volume, authorEnd, RefLabel.VOLUME);
        markToken(out, t, r.issue, authorEnd, RefLabel.ISSUE);
        markToken(out, t, r.pageFirst, authorEnd, RefLabel.PAGES);
        markToken(out, t, r.pageLast, authorEnd, RefLabel.PAGES);
        if (!markToken(out, t, r.year, authorEnd, RefLabel.YEAR)) {
            markToken(out, t, r.year, 0, RefLabel.YEAR);
        }
        for (int k = 0; k < t.count; k++) {
            String w = t.word[k];
            if (w.length() > 6) {
                if (r.doi != null && w.contains(r.doi)) {
                    out[k] = RefLabel.DOI;
                } else if ((r.url != null && w.contains(r.url)) || (r.arxiv != null && w.contains(r.arxiv))) {
                    out[k] = RefLabel.URL;
                }
            }
        }
        return out;
    }

    private static int squeezedIndex(int[] pos, int m, int charOffset) {
        int k = 0;
        while (k < m && pos[k] < charOffset) {
            k++;
        }
        return k;
    }

    /** {start, end} in the original string and the squeezed end index, or null. */
    private static int[] find(String squeezed, int[] pos, String value, int from) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isWhitespace(value.charAt(i))) {
                sb.append(value.charAt(i));
            }
        }
        String v = sb.toString();
        if (v.isEmpty()) {
            return null;
        }
        int k = squeezed.indexOf(v, from);
        if (k < 0) {
            return null;
        }
        return new int[]{pos[k], pos[k + v.length() - 1] + 1, k + v.length()};
    }

    private static int mark(byte[] out, ModelTokens t, String squeezed, int[] pos, String value, int from, int label) {
        if (value == null) {
            return from;
        }
        int[] hit = find(squeezed, pos, value, from);
        if (hit == null) {
            hit = find(squeezed, pos, value, 0);
        }
        if (hit == null) {
            return from;
        }
        for (int k = 0; k < t.count; k++) {
            if (t.start[k] >= hit[0] && (t.end[k] <= hit[1] || endsWithPeriod(t.text, t, k, hit[1])) && out[k] == RefLabel.O) {
                out[k] = (byte) label;
            }
        }
        return hit[2];
    }

    /**
     * The token ends one past the given end with the period a word keeps as a token: the rules' title "... of
     * Negotiation" covers the token "Negotiation." (before, the last word of such a title or container had no rule
     * label).
     */
    private static boolean endsWithPeriod(String s, ModelTokens t, int k, int end) {
        return t.start[k] < end && t.end[k] == end + 1 && s.charAt(end) == '.' && t.end[k] - t.start[k] > 1;
    }

    private static boolean markToken(byte[] out, ModelTokens t, String value, int fromChar, int label) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.trim();
        for (int k = 0; k < t.count; k++) {
            if (t.start[k] >= fromChar && out[k] == RefLabel.O && t.word[k].equals(v)) {
                out[k] = (byte) label;
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ model labels to fields

    static LabelledFields assemble(String s, ModelTokens t, int[] y, LabelledFields r, byte[] rule) {
        LabelledFields f = new LabelledFields();
        f.doi = r.doi;
        f.arxiv = r.arxiv;
        f.url = r.url;
        f.typeHint = r.typeHint;
        periodicalFirst(t, y);
        familyAfterInitial(t, y);
        journalReadAsNames(t, y, rule);
        titleAfterInvertedName(t, y);
        int[] a = span(y, RefLabel.AUTHOR);
        if (a == null && !r.authors.isEmpty()) {
            // the model read no name where the rules read some and the model gave their words no other field
            // ("PlanckCollaboration . 2016, A&A, 594, A1"), or began the container in them and a known journal follows
            // them ("K. Mannheim | Astropart. Phys. 3"): the rules' names
            int ruleEnd = authorEnd(s, r);
            boolean free = ruleEnd > 0;
            boolean container = false;
            int j = 0;
            for (; j < t.count && t.end[j] <= ruleEnd; j++) {
                free &= y[j] == RefLabel.O || y[j] == RefLabel.CONTAINER;
                container |= y[j] == RefLabel.CONTAINER;
                // not where the rules took a journal's word as a name ("R. Osei Nucl. | Phys. B 412")
                free &= y[j] != RefLabel.CONTAINER || !t.word[j].endsWith(".")
                        || !Abbreviations.isJournalWord(t.word[j].substring(0, t.word[j].length() - 1));
            }
            if (container) {
                int c1 = j;
                while (c1 < t.count && y[c1] == RefLabel.CONTAINER) {
                    c1++;
                }
                free &= c1 > j && Journals.known(t, j, c1 - 1);
            }
            if (free) {
                f.authors.addAll(r.authors);
                f.etAl = r.etAl;
                for (int k = 0; k < j; k++) {
                    if (y[k] == RefLabel.CONTAINER) {
                        y[k] = RefLabel.O;
                    }
                }
            }
        }
        if (a != null) {
            // "et al." closes the author list even when the model left "al." out
            int k = a[1] + 1;
            while (k < t.count && k <= a[1] + 3 && (t.word[k].equalsIgnoreCase("et") || t.word[k].equalsIgnoreCase("al")
                    || t.word[k].equalsIgnoreCase("al.") || t.word[k].equals(".")) && y[k] == RefLabel.O) {
                k++;
            }
            if (k > a[1] + 1 && isAl(t.word[k - 1])
                    || k > a[1] + 2 && t.word[k - 1].equals(".")) {
                a[1] = k - 1;
            }
            if (t.word[a[1]].equalsIgnoreCase("et") && a[1] + 1 < t.count
                    && isAl(t.word[a[1] + 1])) {
                a[1]++;
            }
            for (int j = a[0]; j <= a[1]; j++) {
                if (y[j] != RefLabel.AUTHOR && Character.isLetter(t.word[j].charAt(0))) {
                    y[j] = RefLabel.AUTHOR;
                }
            }
            int ruleEnd = authorEnd(s, r);
            if (!r.authors.isEmpty() && a[1] + 1 < t.count && t.word[a[1] + 1].equals(":") && t.end[a[1]] > ruleEnd + 1
                    && ruleEnd > 0 && ruleEnd < s.length() && s.charAt(ruleEnd) == '.') {
                // "W. Zwaenepoel. Tread-Marks: Shared memory ...": the names the rules closed with a period are all;
                // what the model ran on up to a colon is the head of the title
                while (a[1] > a[0] && t.start[a[1]] > ruleEnd) {
                    y[a[1]--] = RefLabel.TITLE;
                }
            }
            String text = s.substring(t.start[a[0]], t.end[a[1]]);
            if (!r.authors.isEmpty() && (Math.abs(ruleEnd - t.end[a[1]]) <= 1
                    || (PREFER_RULE_AUTHORS && t.end[a[1]] < ruleEnd + 2 && !(fieldInside(t, y, t.end[a[1]], ruleEnd) && nameOutside(r, text))))) {
                f.authors.addAll(r.authors);
                titleNames(s, t, y, f.authors, t.end[a[1]]);
                f.etAl = r.etAl || ET_AL.matcher(text).find();
                // what the rules read as names (and an "et al." after them) is no title or container
                for (int j = 0; j < t.count; j++) {
                    boolean inNames = t.end[j] <= ruleEnd;
                    // only "et" before "al" and "al" itself: a title word such as "Alternative" or "Algebraic" is no "al."
                    boolean etAl = t.start[j] >= ruleEnd && t.start[j] <= ruleEnd + 8
                            && (t.word[j].equalsIgnoreCase("et") && j + 1 < t.count && isAl(t.word[j + 1]) || isAl(t.word[j]));
                    if ((inNames && y[j] == RefLabel.CONTAINER) || (etAl && y[j] != RefLabel.AUTHOR)) {
                        y[j] = RefLabel.O;
                        f.etAl |= etAl;
                    }
                }
            } else {
                RefTokens rt = RefTokens.of(text);
                AuthorScanner.Names names = AuthorScanner.scan(rt, 0);
                f.authors.addAll(names.authors());
                f.etAl = names.etAl() || ET_AL.matcher(text).find();
                // what the scanner could not read (OCR spacing, unusual forms) is split at the separators
                String rest = names.end() < rt.count ? text.substring(rt.start[Math.max(0, names.end())]) : "";
                f.authors.addAll(simpleNames(rest));
                if (f.authors.isEmpty()) {
                    f.authors.addAll(r.authors);
                    f.etAl = r.etAl;
                }
            }
        }
        lastNameStyle(f.authors);
        collaborationAfterEtAl(s, f);
        familyNotTitle(t, y, f.authors);
        familyAloneNotTitle(t, y, f.authors);
        titleFirstWord(t, y);
        rolePhrase(t, y);
        editorsReadAsContainer(t, y);
        reviewOf(t, y);
        organisationBeforeYear(t, y);
        ruleVolume(t, y, rule);
        yearNotVolume(t, y, rule);
        quotedTitle(t, y);
        singleQuotedTitle(t, y);
        containerInParentheses(t, y);
        titleParentheses(t, y);
        containerAcronym(t, y);
        journalHead(t, y);
        containerLowerTail(t, y);
        journalAcrossTitle(t, y);
        titleTail(t, y);
        titleNumeral(t, y);
        bookAfterEditors(t, y);
        containerAfterSentence(t, y);
        titlePlace(t, y);
        titleIn(t, y);
        danglingConnector(t, y, RefLabel.CONTAINER);
        danglingConnector(t, y, RefLabel.TITLE);
        leadingConnector(t, y, RefLabel.CONTAINER);
        leadingConnector(t, y, RefLabel.TITLE);
        volumeBeforeYear(t, y);
        swappedVolume(t, y, rule);
        volumeBeforeParenYear(t, y);
        pagesAfterVolume(t, y);
        volumesNotPages(t, y);
        journalBeforeVolume(t, y);
        periodicalAfterQuotes(t, y);
        pagePrefix(t, y);
        containerAfterIn(t, y);
        yearAfterTitle(t, y);
        yearBeforeNote(t, y);
        dayNotIssue(t, y);
        journalEndingTitle(t, y);
        containerNumber(t, y);
        cjkNumberUnits(t, y);
        cjkTitleSentence(t, y);
        publisherBeforeVolume(t, y);
        if (KNOWN_JOURNALS) {
            int[] name = knownJournal(t, y);
            if (name == null) {
                int c0 = first(t, y, RefLabel.CONTAINER);
                int c1 = last(t, y, RefLabel.CONTAINER);
                name = c0 >= 0 && Journals.known(t, c0, c1) ? new int[]{c0, c1} : null; // the model's, known
            }
            // a family name read from the journal's words is no author ("J. SIMONET. J. Electroanal. Chem.")
            while (name != null && !f.authors.isEmpty()) {
                CitationAuthor last = f.authors.get(f.authors.size() - 1);
                boolean familyIn = nameIn(t, name, last.family());
                boolean givenIn = last.given() != null && nameIn(t, name, last.given());
                if (familyIn && (last.given() == null || givenIn)) {
                    f.authors.remove(f.authors.size() - 1);
                    continue;
                }
                CitationAuthor fixed = journalWordInName(last, familyIn, givenIn);
                if (fixed != null) {
                    f.authors.set(f.authors.size() - 1, fixed);
                }
                break;
            }
        }
        pagesNotTitle(s, t, y, r);
        arxivPieces(t, y, r);
        arxivIdNoYear(t, y);
        int[] reports = reportNumbers(t);
        reportNumberLabels(t, y, reports);
        ordinalOrChapter(t, y);
        lastTitleWord(t, y);
        titleIntoPlace(t, y, rule);
        bookTitleRunOn(t, y);
        periodicalCitedAlone(t, y, r);
        titleNumberTail(t, y);
        societyAfterJournal(t, y);
        placeBeforeYear(t, y);
        NumberNameRulesF.romanVolumeAfterComma(t, y);
        f.title = text(s, t, y, RefLabel.TITLE);
        f.container = text(s, t, y, RefLabel.CONTAINER);
        f.publisher = text(s, t, y, RefLabel.PUBLISHER);
        f.place = text(s, t, y, RefLabel.PLACE);
        f.editors = text(s, t, y, RefLabel.EDITOR);
        f.volume = number(t, y, RefLabel.VOLUME);
        f.issue = number(t, y, RefLabel.ISSUE);
        int[] p = span(y, RefLabel.PAGES);
        if (p != null) {
            String first = null;
            String last = null;
            for (int k = p[0]; k <= p[1]; k++) {
                if (y[k] == RefLabel.PAGES && Character.isLetterOrDigit(t.word[k].charAt(0)) && hasDigit(t.word[k])) {
                    String w = t.word[k];
                    if (first == null && reportNumber(t, k)) {
                        break; // "CMU-CS-94-123": a report number, not pages
                    }
                    if (r.arxiv != null && w.length() >= 4 && r.arxiv.contains(w)) {
                        continue; // "arXiv :1203 .6834": a piece of the arXiv id, not a page
                    }
                    // "S12", "L123": a capital glued before the page number belongs to it
                    if (k > 0 && t.glued(k - 1) && t.word[k - 1].length() == 1
                            && Character.isUpperCase(t.word[k - 1].charAt(0))) {
                        w = t.word[k - 1] + w;
                    }
                    if (first == null) {
                        first = w;
                    } else {
                        last = w;
                    }
                }
            }
            f.pageFirst = first;
            f.pageLast = last;
        }
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.YEAR && t.word[k].length() >= 4 && PLAUSIBLE_YEAR.matcher(t.word[k]).lookingAt()) {
                f.year = t.word[k].substring(0, 4);
                break;
            }
        }
        if (f.year == null) {
            f.year = r.year;
        }
        boolean ruleIssuePage = false; // the rules read the issue of "(18:1)" as the page: the model's pages are kept
        if (RULE_FIELDS.contains("issue") && r.issue != null && !ruleIssueInTitle(t, y, r.issue)) {
            f.issue = r.issue;
        } else if (f.issue != null) {
            int k = index(t, y, RefLabel.ISSUE);
            boolean volumeIssue = volumeColonIssue(t, y, k);
            if (volumeIssue && rule[k] == RefLabel.PAGES && t.word[k].equals(r.pageFirst) && f.pageFirst != null) {
                ruleIssuePage = true;
            } else if (rule[k] == RefLabel.PAGES || rule[k] == RefLabel.YEAR
                    || k > 0 && t.glued(k - 1) && (t.word[k - 1] + t.word[k]).equals(r.pageFirst)) {
                // "629, 1 (2004)", "B 746 (2015) 1": the page (or year) the rules read is no issue; nor is the
                // number of an article number the rules read as the page ("ApJ, 526, L1")
                f.issue = null;
            } else if (f.volume == null && (rule[k] == RefLabel.VOLUME || k + 3 < t.count && t.word[k + 1].equals("(")
                    && PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches() && t.word[k + 3].equals(")")
                    || afterJournal(t, y, k) && k + 2 < t.count && t.word[k + 1].equals(",") && y[k + 2] == RefLabel.PAGES)) {
                // an issue without a volume where the rules read the volume or before "(year)" is the volume
                // ("Phys. Rev. D 22 (1980)", "JINST 3 (2008) S08004", "Nat. Phys. 5 (2009) 586"), or right after the
                // journal and before ", page" ("Nat .Commun .6 ,7373")
                f.volume = f.issue;
                f.issue = null;
            }
        }
        if (RULE_FIELDS.contains("pages") && r.pageFirst != null && !ruleIssuePage
                && !(f.pageFirst != null && rulePagesInTitle(t, y, rule))) {
            f.pageFirst = r.pageFirst;
            f.pageLast = r.pageLast;
        }
        if (RULE_FIELDS.contains("volume") && r.volume != null) {
            f.volume = r.volume;
        }
        if (f.volume == null && r.volume == null && yearRange(f.pageFirst, f.pageLast)) {
            // "A History of Dartmouth College, 1815-1909.": a period of years, not pages, where nothing has a volume
            // (after the rules' pages, which read it as pages too)
            f.pageFirst = null;
            f.pageLast = null;
        }
        if (BACKOFF) {
            if (f.volume == null && free(y, rule, RefLabel.VOLUME, 1.0)) {
                f.volume = r.volume;
            }
            if (f.issue == null && free(y, rule, RefLabel.ISSUE, 1.0)) {
                f.issue = r.issue;
            }
            if (f.pageFirst == null && free(y, rule, RefLabel.PAGES, 1.0)) {
                f.pageFirst = r.pageFirst;
                f.pageLast = r.pageLast;
            }
            if (f.container == null && free(y, rule, RefLabel.CONTAINER, 0.5)) {
                f.container = r.container;
            }
            if (f.title == null && free(y, rule, RefLabel.TITLE, 0.5)) {
                f.title = r.title;
            }
        }
        if (f.container != null && onlyInReportNumber(t, reports, f.container.replace(" ", ""))) {
            f.container = null; // the rules' container read from the number's first words
        }
        if (f.volume != null && onlyInReportNumber(t, reports, f.volume)) {
            f.volume = null;
        }
        if (f.issue != null && onlyInReportNumber(t, reports, f.issue)) {
            f.issue = null;
        }
        if (f.pageFirst != null && onlyInReportNumber(t, reports, f.pageFirst)) {
            f.pageFirst = null;
            f.pageLast = null;
        }
        NumberNameRulesF.numberAloneIsVolume(t, y, f);
        NumberNameRulesF.isoDate(t, y, f);
        NumberNameRulesF.meetingYearNotVolume(t, y, f);
        NumberNameRulesF.issueAfterParenYear(t, y, f);
        NumberNameRulesF.volumePeriodIssue(t, y, f);
        NumberNameRulesF.volumeGluedToPages(t, y, f);
        NumberNameRulesF.issueBeforePageWord(t, y, f);
        NumberNameRulesF.reportNumberNotPages(t, y, f);
        NumberNameRulesF.volumeIssuePagesColons(t, y, f);
        NumberNameRulesF.standardNumberPieces(t, y, f);
        NumberNameRulesF.parenIssueAfterVolume(t, y, f);
        NumberNameRulesF.supplementIssue(t, y, f);
        // a "name" without a letter in its family name is a piece of punctuation the names ran into ("& Lund,
        // C.Real -time ...": "-")
        f.authors.removeIf(n -> n.family() == null || n.family().chars().noneMatch(Character::isLetter));
        // nor is Proceedings of Science ("A.Li,PoS LAT2009 (2009) 011") or the word of a thesis ("B. VOGIN. Thèse de
        // Docteur-Ingénieur, INPL") a name
        f.authors.removeIf(n -> NOT_A_NAME.matcher(n.family()).find() || n.given() != null && NOT_A_NAME.matcher(n.given()).find());
        if (!f.authors.isEmpty() && STANDARD_HEAD.matcher(s).lookingAt()) {
            // "3GPP TS 23.501: \"System Architecture ...\"", "ISO/IEC 23009-1: 2014": a standard has no personal names
            f.authors.clear();
            f.etAl = false;
        }
        if (f.container != null && PATENT.matcher(f.container).matches()) {
            // "US Patent 3,712,959", "USA Patent № 5351122": a patent has a number, no container, volume or pages
            f.container = null;
            f.volume = null;
            f.issue = null;
            f.pageFirst = null;
            f.pageLast = null;
        }
        f.container = container(f.container);
        if (("thesis".equals(r.typeHint) || "report".equals(r.typeHint)) && f.volume == null && f.issue == null
                && hintOutsideTitle(s, t, y)) {
            // a thesis or report has an institution, not a container ("Technical Report 41, Institute for the Learning
            // Sciences", "PhD Thesis, Eindhoven, the Netherlands")
            f.container = null;
        }
        meetingAlone(s, f);
        meetingHeldIn(s, f);
        f.title = title(f.title);
        if (f.title == null && f.container != null && f.volume == null && f.issue == null && f.pageFirst == null
                && !journalWords(f.container) && !knownJournalName(f.container)) {
            // "Proc. 30th ICRC, Merida, 2007", "Handbook of Elliptic Integrals (Springer, Berlin, 1971)": a name cited
            // alone, without volume, issue or pages, is the title of a book or proceedings, not the container of a
            // work without title; a journal's name stays the container
            f.title = f.container;
            f.container = null;
        }
        return f;
    }

    private static boolean knownJournalName(String name) {
        ModelTokens t = ModelTokens.of(name);
        return Journals.known(t, 0, t.count - 1);
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
     * The thesis or report word the rules' type hint came from is outside the title: "FOIL: A midterm report. In
     * Proceedings of the European Conference on Machine Learning, pp. 3-20" is a paper in proceedings, whose
     * container stays.
     */
    private static boolean hintOutsideTitle(String s, ModelTokens t, int[] y) {
        int[] sp = span(y, RefLabel.TITLE);
        if (sp == null) {
            return true;
        }
        // the title's first sentence only: "Infiniband. Technical Report OSU-CISRC-5/04-TR33, Dept. ..." is a report
        int end = sp[1];
        for (int k = sp[0] + 1; k < sp[1]; k++) {
            String w = t.word[k];
            if (w.equals(".") || w.endsWith(".") && w.length() >= 5 && Character.isLowerCase(w.charAt(w.length() - 2))) {
                end = k;
                break;
            }
        }
        String rest = s.substring(0, t.start[sp[0]]) + " " + s.substring(t.end[end]);
        return RuleFieldLabeller.THESIS.matcher(rest).find() || RuleFieldLabeller.REPORT.matcher(rest).find();
    }

    /**
     * What is never a container: a status or genre note, an ISBN, a number of pages, an arXiv id ("arXiv :1704"),
     * the head of a report number ("CERN-1984-").
     */
    private static final java.util.regex.Pattern NO_CONTAINER = java.util.regex.Pattern.compile(
            "(?i)(?:tech(?:nical)?\\.?\\s*(?:rep(?:ort|t)?|note)\\b.*|reports?|submitted(?: for publication)?|(?:unpublished )?manuscript"
                    + "|unpublished|available(?: online| from| at)?|in press|to appear|forthcoming|draft(?: paper)?"
                    + "|preprint|working paper|personal communication|\\d+\\s*pp?|isbn.*|issn.*|arxiv\\b.*"
                    + "|\\p{Lu}{2,}\\s*-?\\s*\\d{4}\\s*-)[\\s.,:;]*");
    private static final java.util.regex.Pattern PATENT = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:u\\.?\\s*s\\.?\\s*(?:a\\.?)?|european|international|japanese|german)?\\s*patent\\b.*");
    private static final java.util.regex.Pattern STANDARD_NUMBER = java.util.regex.Pattern.compile("[.,;:\\s]*\\b(?:ISBN|ISSN)\\b.*");

    /**
     * What is never a title: an arXiv id or category ("arXiv :1702 .02675", "hep -ph", "cond-mat.mes-hall", "math.AG"),
     * a web address, a status.
     */
    private static final java.util.regex.Pattern NO_TITLE = java.util.regex.Pattern.compile(
            "(?i)(?:arxiv\\b.*|(?:hep|astro|nucl|gr|cond|quant|math|physics|cs|stat|nlin|q-bio|q-fin|eess|econ)"
                    + "(?:\\s*-\\s*[a-z]{2,3}(?:\\.[a-z-]{2,})?|\\.[a-z-]{2,})(?:\\s*/.*)?|.*://.*|www\\s*\\..*"
                    + "|(?:private|personal) communication|in\\s*prepara-?\\s*tion|in press|submitted(?: for publication)?"
                    + "|unpublished|to appear|forthcoming)[\\s.,:;]*");

    static String title(String s) {
        return s == null || NO_TITLE.matcher(s).matches() ? null : s;
    }

    /** "Mathematical Problems in Engineering Volume": the word that introduces the volume is not the journal's. */
    private static final java.util.regex.Pattern NUMBER_WORD_END = java.util.regex.Pattern.compile(
            "(?<=\\p{L}{3})[\\s,]+(?:Volume|Vol\\.?|Issue|No\\.?)$");
    /** "V", "V G": initials, not a journal (but "AJ" is one). */
    private static final java.util.regex.Pattern INITIALS_ONLY = java.util.regex.Pattern.compile("\\p{Lu}\\.?(?:\\s+\\p{Lu}\\.?)?");

    static String container(String c) {
        if (c == null) {
            return null;
        }
        c = STANDARD_NUMBER.matcher(c).replaceFirst("");
        c = NUMBER_WORD_END.matcher(c).replaceFirst("");
        if (NO_CONTAINER.matcher(c).matches() || c.codePoints().noneMatch(Character::isLetter) || INITIALS_ONLY.matcher(c).matches()) {
            return null;
        }
        return c;
    }

    /**
     * The model put a container word where the rules still read names (between the end of the model's author span and
     * the end of the rules' list): in "A. Author, J. Appl. Math. 44, 277" the rules' longer list takes "J. Appl." as a
     * name (used with {@link #nameOutside}: in "Smith, J. Nature" the "J." is Smith's initial). (The same test for title words lost more names than it saved on both corpora: the rules are right there
     * more often.)
     */
    private static boolean fieldInside(ModelTokens t, int[] y, int from, int to) {
        for (int k = 0; k < t.count && t.start[k] < to; k++) {
            if (t.start[k] >= from && Character.isLetter(t.word[k].charAt(0)) && y[k] == RefLabel.CONTAINER) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name of the rules' list whose family name is not in the model's author span: the rules read one author more
     * ("J. Engrg." after "J. J. H. Brouwers,"), not the initials of the last one ("Smith, J. Nature").
     */
    private static boolean nameOutside(LabelledFields r, String span) {
        for (CitationAuthor x : r.authors) {
            if (x.family() != null && !span.contains(x.family())) {
                return true;
            }
        }
        return false;
    }

    /** The "al" of "et al." ("al", "al."), not a word that starts with "al". */
    private static boolean isAl(String w) {
        return w.equalsIgnoreCase("al") || w.equalsIgnoreCase("al.");
    }

    private static final java.util.regex.Pattern ET_AL = java.util.regex.Pattern.compile("(?i)\\bet\\s*\\.?\\s*al\\b");
    private static final java.util.regex.Pattern NAME_SEPARATOR = java.util.regex.Pattern.compile(
            "\\s*(?:;|,|\\band\\b|&|\\bund\\b|\\bet\\b(?!\\s*\\.?\\s*al))\\s*");
    private static final java.util.regex.Pattern ELLIPSIS = java.util.regex.Pattern.compile("\\(\\s*(?:\\.\\.\\.|…)\\s*\\)");
    private static final java.util.regex.Pattern SPACE_PERIOD = java.util.regex.Pattern.compile("\\s+\\.");
    private static final java.util.regex.Pattern CHUNK_ENDS = java.util.regex.Pattern.compile("^[\\s.,;:]+|[\\s,;:]+$");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCivxlc]+");
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}\\s*\\.?\\s*-?\\s*){1,4}");

    /** Names split at ";", ",", "and", "&"; a chunk of initials after a one-word chunk is its given name. */
    static List<CitationAuthor> simpleNames(String text) {
        List<CitationAuthor> out = new java.util.ArrayList<>();
        String t = ELLIPSIS.matcher(ET_AL.matcher(text).replaceAll(" ")).replaceAll(" ");
        String[] chunks = NAME_SEPARATOR.split(t);
        for (int i = 0; i < chunks.length; i++) {
            String c = CHUNK_ENDS.matcher(SPACE_PERIOD.matcher(chunks[i]).replaceAll(".")).replaceAll("");
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
        int c0 = first(t, y, RefLabel.CONTAINER);
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
    private static final java.util.regex.Pattern VOLUMES_WORD = java.util.regex.Pattern.compile("(?i)vols?\\.|volumes?|bde?\\.");

    /**
     * The numbers right after "vol." / "vols." / "Bd." are volumes, not pages ("Quarry Series, vols. 12–15. Rome,
     * 1951."): where the model read them as pages and read no volume, they are the volume (the first of the range).
     */
    static void volumesNotPages(ModelTokens t, int[] y) {
        for (int k = 0; k + 1 < t.count; k++) {
            if (y[k + 1] != RefLabel.PAGES || y[k] == RefLabel.PAGES || !VOLUMES_WORD.matcher(t.word[k]).matches()
                    || !Character.isDigit(t.word[k + 1].charAt(0))) {
                continue;
            }
            for (int j = 0; j < t.count; j++) {
                if (y[j] == RefLabel.VOLUME) {
                    return;
                }
            }
            for (int j = k + 1; j < t.count && y[j] == RefLabel.PAGES; j++) {
                y[j] = RefLabel.VOLUME;
            }
            return;
        }
    }

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
        int[] ti = span(y, RefLabel.TITLE);
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
        int[] ti = span(y, RefLabel.TITLE);
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

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v\\d{1,2}");

    /**
     * A number that is a piece of the arXiv id the rules read ("arXiv.org: astro-ph/0509330", where the id is no
     * token of its own), or the id's version, is no volume, issue or page.
     */
    static void arxivPieces(ModelTokens t, int[] y, LabelledFields r) {
        if (r.arxiv == null) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            boolean number = y[k] == RefLabel.VOLUME || y[k] == RefLabel.ISSUE || y[k] == RefLabel.PAGES;
            if (number && VERSION.matcher(t.word[k]).matches() && r.arxiv.endsWith(t.word[k])) {
                y[k] = RefLabel.O; // the id's version ("arXiv :1006.1769v2")
            } else if (number && t.word[k].length() >= 4
                    && Character.isDigit(t.word[k].charAt(0)) && r.arxiv.contains(t.word[k])) {
                y[k] = RefLabel.O;
                // and its version glued to it ("1204 .1691v2")
                while (k + 1 < t.count && t.glued(k) && (y[k + 1] == RefLabel.PAGES || y[k + 1] == RefLabel.VOLUME
                        || y[k + 1] == RefLabel.ISSUE)) {
                    y[++k] = RefLabel.O;
                }
            }
        }
    }

    /**
     * Four digits glued by a period to four or five more are a new-style arXiv id ("abs/2006.03654", "arXiv :1702.00804":
     * year and month, then the number), not a year, whether or not the rules read the id.
     */
    static void arxivIdNoYear(ModelTokens t, int[] y) {
        for (int k = 0; k + 2 < t.count; k++) {
            if (y[k] == RefLabel.YEAR && t.word[k].length() == 4 && t.glued(k) && t.word[k + 1].equals(".") && t.glued(k + 1)
                    && (t.word[k + 2].length() == 4 || t.word[k + 2].length() == 5)
                    && t.word[k + 2].chars().allMatch(Character::isDigit)) {
                y[k] = RefLabel.O;
            }
        }
    }

    /** A reference that opens with the designation of a standard: a body, a series and a number. */
    private static final java.util.regex.Pattern STANDARD_HEAD = java.util.regex.Pattern.compile(
            "\\s*(?:Recommendation\\s+)?(?:3GPP\\s+T[SR]|ISO(?:/IEC)?|IEC|ITU-[TR]|ETSI\\s+(?:TS|TR|EN|ES)|RFC|IEEE\\s+Std\\.?)"
                    + "\\s*(?:[A-Z]{1,2}\\.?\\s*)?\\d");
    private static final java.util.regex.Pattern REPORT_WORD = java.util.regex.Pattern.compile(
            "(?i)technical|tech\\.|report|rep\\.|rept\\.|note|memo|paper|working|no\\.|number");
    /** What every {@link #REPORT_NUMBER} holds: a capital, letters, a dash, a letter or digit, a dash. */
    private static final java.util.regex.Pattern REPORT_HINT = java.util.regex.Pattern.compile("[A-Z][A-Za-z]*-[A-Za-z0-9]+-");
    private static final java.util.regex.Pattern REPORT_NUMBER =
            java.util.regex.Pattern.compile("[A-Z][A-Za-z]*(-[A-Za-z0-9]+){2,}");

    private static final java.util.regex.Pattern CHAPTER_WORD =
            java.util.regex.Pattern.compile("(?i)chapter|chap\\.|ch\\.|chapitre|kapitel|cap\\.");

    /**
     * An ordinal ("19th Edition", "8th ed.", "26th-30th Aug") or the number of a chapter ("Chapter 9") is no volume or
     * issue.
     */
    static void ordinalOrChapter(ModelTokens t, int[] y) {
        for (int k = 0; k < t.count; k++) {
            if ((y[k] != RefLabel.VOLUME && y[k] != RefLabel.ISSUE) || !t.word[k].chars().allMatch(Character::isDigit)) {
                continue;
            }
            boolean ordinal = k + 1 < t.count && t.glued(k) && ORDINAL_SUFFIX.contains(t.word[k + 1]);
            boolean chapter = k > 0 && CHAPTER_WORD.matcher(t.word[k - 1]).matches();
            if (ordinal || chapter) {
                y[k] = RefLabel.O;
            }
        }
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
            if (rule[comma] != RefLabel.TITLE || separator(t, comma) || t.word[comma].endsWith(".")) {
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
        int c0 = first(t, y, RefLabel.CONTAINER);
        if (c0 < 1 || first(t, y, RefLabel.PUBLISHER) < 0 && first(t, y, RefLabel.PLACE) < 0
                || first(t, y, RefLabel.VOLUME) >= 0 || first(t, y, RefLabel.ISSUE) >= 0 || first(t, y, RefLabel.PAGES) >= 0) {
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

    /**
     * Per token, the first token of the report or document number it is part of — one dashed word opening with
     * capitals, "XLAB-PROJ-2016-0412", written as glued tokens up to a bracket or other punctuation — or -1; null when
     * the reference holds none (most references: one look at the text). Computed once per reference for
     * {@link #reportNumberLabels} and {@link #onlyInReportNumber}. (The pages' own check, {@code reportNumber(t, k)},
     * is another, looser test: a number after a word and a hyphen.)
     */
    static int[] reportNumbers(ModelTokens t) {
        if (!REPORT_HINT.matcher(t.text).find()) {
            return null;
        }
        int[] in = new int[t.count];
        java.util.Arrays.fill(in, -1);
        for (int b = 0; b < t.count; ) {
            int e = b;
            while (e + 1 < t.count && t.glued(e) && "()[],;:".indexOf(t.word[e + 1].charAt(0)) < 0) {
                e++;
            }
            // glued tokens: the text between the run's ends is its words without spaces
            if (e > b && REPORT_NUMBER.matcher(t.text.substring(t.start[b], t.end[e])).matches()) {
                java.util.Arrays.fill(in, b, e + 1, b);
            }
            b = e + 1;
        }
        return in;
    }

    /**
     * A report or document number ({@link #reportNumbers}) that the model read as the end of the title, or as
     * numbers, is neither: nothing titled follows it.
     */
    static void reportNumberLabels(ModelTokens t, int[] y, int[] reports) {
        if (reports == null) {
            return;
        }
        for (int b = 0; b < t.count; b++) {
            if (reports[b] != b) {
                continue;
            }
            int e = b;
            while (e + 1 < t.count && reports[e + 1] == b) {
                e++;
            }
            boolean titledAfter = false;
            for (int k = e + 1; k < t.count; k++) {
                titledAfter |= y[k] == RefLabel.TITLE;
            }
            for (int k = b; k <= e; k++) {
                if (y[k] == RefLabel.VOLUME || y[k] == RefLabel.ISSUE || y[k] == RefLabel.PAGES
                        || y[k] == RefLabel.TITLE && !titledAfter) {
                    y[k] = RefLabel.O;
                }
            }
            // and the words that say what it numbers ("Technical Report XLAB-TR-95-141")
            for (int k = b - 1; k >= 0 && y[k] == RefLabel.TITLE && !titledAfter
                    && REPORT_WORD.matcher(t.word[k]).matches(); k--) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * Whether every place {@code v} is written is inside a report or document number ({@link #reportNumbers}:
     * "CERN-ACC-2014-0321", "XYZ-CONF-2011-042"): such a number is no volume, issue or page.
     */
    static boolean onlyInReportNumber(ModelTokens t, int[] reports, String v) {
        if (reports == null) {
            return false;
        }
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (gluedRunStarts(t, k, v)) {
                if (reports[k] < 0) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    /**
     * A journal cited alone, without volume or pages, whose name the model split into a short title and a container
     * ending in a periodical's word ("Lund, K. 2016, The Astronomical | Journal, arXiv:…"): the whole name is the
     * container.
     */
    static void periodicalCitedAlone(ModelTokens t, int[] y, LabelledFields r) {
        int c0 = first(t, y, RefLabel.CONTAINER);
        int c1 = last(t, y, RefLabel.CONTAINER);
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

    private static final java.util.regex.Pattern SPACE_OR_DASH = java.util.regex.Pattern.compile("[\\s\\p{Pd}]");

    /**
     * A title after the volume that is the pages the rules read ("A&A, 594, A1", "ApJL, 367, L9-L13"): an article
     * number or a page range, not a title.
     */
    static void pagesNotTitle(String s, ModelTokens t, int[] y, LabelledFields r) {
        int[] ti = span(y, RefLabel.TITLE);
        int[] vo = span(y, RefLabel.VOLUME);
        if (ti == null || vo == null || vo[1] > ti[0] || r.pageFirst == null) {
            return;
        }
        String title = SPACE_OR_DASH.matcher(s.substring(t.start[ti[0]], t.end[ti[1]])).replaceAll("");
        String pages = SPACE_OR_DASH.matcher(r.pageFirst + (r.pageLast == null ? "" : r.pageLast)).replaceAll("");
        if (title.equals(pages)) {
            for (int k = ti[0]; k <= ti[1]; k++) {
                if (y[k] == RefLabel.TITLE) {
                    y[k] = RefLabel.PAGES;
                }
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

    private static final java.util.Set<String> NO_TITLE_START = java.util.Set.of("in", "im", "en", "dans", "see", "also",
            "available", "retrieved", "accessed", "online", "abstract", "review", "and", "et", "und", "with", "by");

    /**
     * The capitalised word right before the title, after the names, that the model gave no field is the title's first
     * word: "Vaughan, Robert. The | Age of Great Cities", "Stephen H. Kellert, In | the Wake of Chaos" ("In" only
     * before a lower-case word: "In | Handbook of ..." introduces a book).
     */
    static void titleFirstWord(ModelTokens t, int[] y) {
        int first = first(t, y, RefLabel.TITLE);
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
            int before = wordBefore(t, open);
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
            int before = wordBefore(t, open);
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
     * word token before the opening quote ({@link #wordBefore}).
     */
    private static boolean quoted(ModelTokens t, int[] y, int open, int last, boolean oneWord, int before) {
        int words = 0;
        int title = 0;
        boolean cjk = false;
        for (int j = open + 1; j <= last; j++) {
            if (Character.isLetterOrDigit(t.word[j].charAt(0))) {
                words++;
                title += y[j] == RefLabel.TITLE ? 1 : 0;
                int c = t.word[j].codePointAt(0);
                cjk |= Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
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
        boolean head = run < t.count && y[run] == RefLabel.CONTAINER || first(t, y, RefLabel.CONTAINER) < 0;
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

    /** The last word token before k, or -1. */
    private static int wordBefore(ModelTokens t, int k) {
        int b = k - 1;
        while (b >= 0 && !Character.isLetterOrDigit(t.word[b].charAt(0))) {
            b--;
        }
        return b;
    }

    private static boolean nameOrYear(int[] y, int k) {
        return y[k] == RefLabel.AUTHOR || y[k] == RefLabel.YEAR;
    }

    /**
     * "In:" inside the model's container marks where the container starts: what comes before it is no part of the
     * name (biblatex's language field: "... dopamine release". eng. In: Frontiers in Neuroscience 8").
     */
    static void containerAfterIn(ModelTokens t, int[] y) {
        int c0 = first(t, y, RefLabel.CONTAINER);
        int c1 = last(t, y, RefLabel.CONTAINER);
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

    /** Four digits starting "19" or "20". */
    private static boolean modernYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /**
     * A bare year between the title and the journal that the model read as a title or container word is the year
     * ("Bagging estimators 1997 Machine Learning 26 123-140", a layout of bibliography exports): the title ends
     * before it, and title words after it are the container's when the container follows them or there is none.
     */
    static void yearAfterTitle(ModelTokens t, int[] y) {
        if (first(t, y, RefLabel.YEAR) >= 0) {
            return;
        }
        for (int k = 1; k + 1 < t.count; k++) {
            String w = t.word[k];
            if (!modernYear(w) || y[k] != RefLabel.TITLE && y[k] != RefLabel.CONTAINER || y[k - 1] != RefLabel.TITLE
                    || !Character.isLetter(t.word[k - 1].charAt(0)) || t.glued(k - 1) || t.glued(k)
                    || !Character.isUpperCase(t.word[k + 1].charAt(0))) {
                continue;
            }
            y[k] = RefLabel.YEAR;
            int run = k + 1;
            while (run < t.count && y[run] == RefLabel.TITLE) {
                run++;
            }
            if (run > k + 1 && (run < t.count && y[run] == RefLabel.CONTAINER || first(t, y, RefLabel.CONTAINER) < 0)) {
                for (int j = k + 1; j < run; j++) {
                    y[j] = RefLabel.CONTAINER;
                }
            }
            return;
        }
    }

    /** A word of a conference, series, supplement or report name ("Proc.", "Symposium", "Series"; not "Process."). */
    private static final java.util.regex.Pattern PROCEEDINGS_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:proc|conf|symp|colloq|supp|suppl|ser|rep)\\.?|proceedings?|conferences?|symposi(?:um|a)|workshops?"
                    + "|colloqui(?:um|a)|meetings?|congress(?:es)?|series|supplements?|reports?");

    /**
     * In Chinese, Japanese and Korean references the unit written after a number says what it counts, whatever the
     * model read: "第58巻", "제33권", "45巻" a volume; "第3号", "제1호", "第20號" an issue; "第105页", "99-114頁" pages;
     * "第3期" an issue after a volume, the volume when the reference has no volume unit. The unit and the ordinal
     * prefix ("第", "제") are no part of any field. A cumulative number ("總第221期", "통권") is left alone.
     */
    static void cjkNumberUnits(ModelTokens t, int[] y) {
        boolean volumeUnit = false;
        for (int k = 0; k + 1 < t.count; k++) {
            volumeUnit |= cjkUnit(t, k, true) == RefLabel.VOLUME;
        }
        for (int k = 0; k + 1 < t.count; k++) {
            int label = cjkUnit(t, k, volumeUnit);
            if (label < 0) {
                continue;
            }
            int from = k;
            if (label == RefLabel.PAGES && k >= 2 && t.word[k - 1].equals("-") && t.glued(k - 2) && t.glued(k - 1)
                    && t.word[k - 2].chars().allMatch(Character::isDigit)) {
                from = k - 2; // "99-114頁"
            }
            int p = from - 1;
            if (p >= 0 && t.glued(p) && (t.word[p].endsWith("第") || t.word[p].equals("제"))) {
                if (t.word[p].length() > 1 || p > 0 && t.glued(p - 1) && t.word[p - 1].endsWith("권")) {
                    continue; // "總第221期", "통권제1호": a cumulative number
                }
                y[p] = RefLabel.O;
            } else if (p >= 0 && t.glued(p) && !t.word[p].equals("(")) {
                continue; // glued to a word: "고고학9-2호", not a number of its own
            }
            for (int j = from; j <= k; j++) {
                y[j] = label;
            }
            y[k + 1] = RefLabel.O;
            journalBeforeUnit(t, y, p >= 0 && y[p] == RefLabel.O && t.glued(p) ? p : from);
        }
    }

    /**
     * The journal comes right before its numbered volume or issue: one CJK word that the model ran into the title
     * ("東莞可園. 建築歷史與理論. 第3期", "...分析Y 新媒体研究 第3期") is the container when title words come before it.
     */
    private static void journalBeforeUnit(ModelTokens t, int[] y, int number) {
        if (first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int j = number - 1;
        while (j >= 0 && (t.word[j].equals(",") || t.word[j].equals("."))) {
            j--;
        }
        int b = wordBefore(t, j);
        if (j < 1 || b < 0 || y[j] != RefLabel.TITLE || y[b] != RefLabel.TITLE || !cjk(t.word[j]) || t.glued(b)) {
            return;
        }
        y[j] = RefLabel.CONTAINER;
    }

    /**
     * In a Chinese, Japanese or Korean reference written in sentences that end in a period ("李明. 园林小记. 园林学刊.
     * 2012. 第2期."), the journal is the last sentence of the model's container: the sentences before it that the
     * model ran into the container are the title ("园林小记. 园林学刊" gives the title "园林小记" and the container
     * "园林学刊"), when the reference has no title or its title ends right before them.
     */
    static void cjkTitleSentence(ModelTokens t, int[] y) {
        int[] c = span(y, RefLabel.CONTAINER);
        if (c == null || !cjk(t.word[c[0]])) {
            return;
        }
        int cut = -1;
        for (int k = c[0]; k < c[1]; k++) {
            String w = t.word[k];
            boolean end = w.equals(".") || w.length() > 1 && w.endsWith(".") && cjk(w);
            if (end && !t.glued(k) && y[k + 1] == RefLabel.CONTAINER && cjk(t.word[k + 1])) {
                cut = k;
            }
        }
        if (cut < 0) {
            return;
        }
        int title = last(t, y, RefLabel.TITLE);
        if (title > c[1]) {
            return;
        }
        for (int k = title + 1; title >= 0 && k < c[0]; k++) {
            if (y[k] != RefLabel.O) {
                return; // a title elsewhere: the sentences are not its
            }
        }
        for (int k = c[0]; k <= cut; k++) {
            if (!(k == cut && t.word[k].equals("."))) {
                y[k] = title < 0 ? RefLabel.TITLE : RefLabel.O;
            }
        }
    }

    /**
     * A number that ends the title, which the model left without a field between the title's last word and the
     * separator before the next field, is the title's: "... the Programming Language Haskell, version 1.2. ACM SIGPLAN
     * Notices", "... tyrocidine synthetase 1. Gene 1991", "A brief introduction to PYTHIA 8.1, Comput. Phys. Commun.",
     * "... retraction syndrome (type 1). Arch Ophth" (with the parenthesis it closes). Digits only, a decimal point
     * glued to the digits after it, no year; a separator or the end must follow.
     */
    static void titleNumberTail(ModelTokens t, int[] y) {
        int e = last(t, y, RefLabel.TITLE);
        if (e < 0) {
            return;
        }
        int j = e + 1;
        boolean number = false;
        while (j < t.count && y[j] == RefLabel.O) {
            String w = t.word[j];
            if (digits(w) && !PLAUSIBLE_YEAR.matcher(w).matches()) {
                number = true;
                j++;
            } else if (w.equals(".") && j + 1 < t.count && t.glued(j) && y[j + 1] == RefLabel.O && digits(t.word[j + 1])
                    && digits(t.word[j - 1]) && (j - 1 > e || number || y[j - 1] == RefLabel.TITLE)) {
                j++;
            } else {
                break;
            }
        }
        if (!number) {
            return;
        }
        int open = 0;
        for (int k = first(t, y, RefLabel.TITLE); k <= e; k++) {
            open += t.word[k].equals("(") ? 1 : t.word[k].equals(")") ? -1 : 0;
        }
        if (j < t.count && t.word[j].equals(")") && y[j] == RefLabel.O && open > 0) {
            j++;
        }
        if (j < t.count && !separator(t, j) || t.word[e].length() > 1 && t.word[e].endsWith(".")) {
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

    private static boolean digits(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * An organisation that signs a work in the author's place, before the year, is not its title: in "United States
     * Quarry Corps (USQC). 2012. Range Safety. ..." or "Department for Quiet Harbours (2015). Practice Standards ..." the
     * model read no name and two titles, one before the year and one after it; the one after the year is the title
     * and the words before the year belong to nothing.
     */
    /**
     * A container does not begin inside a parenthesis of the title: in "... prostate cancer in rats by N-(4-hydroxyphenyl)
     * retinamide. Cancer Res 1991" or "... nitric oxide synthase (NOS 3) gene. Circ Res 1997" the model read the words
     * inside the parenthesis as a container, left its ")" and the words after it up to the sentence end without a
     * field, and read the journal after them as a container again: all up to the sentence end is the title's.
     */
    static void containerInParentheses(ModelTokens t, int[] y) {
        int a0 = first(t, y, RefLabel.CONTAINER);
        if (a0 <= 0) {
            return;
        }
        int a1 = runEnd(y, a0);
        int title = a0 - 1;
        while (title >= 0 && y[title] == RefLabel.O && !separator(t, title)) {
            title--;
        }
        if (title < 0 || y[title] != RefLabel.TITLE || a1 + 1 >= t.count || !t.word[a1 + 1].equals(")")) {
            return;
        }
        int open = 0;
        for (int k = first(t, y, RefLabel.TITLE); k <= a1; k++) {
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
     * The acronym of the society that publishes a known journal, written after it and a comma ("J. Struct. Eng., ASCE,
     * 135(11)", "Journal of Applied Mechanics, ASME, Vol. 28"), is no part of the journal's name.
     */
    static void societyAfterJournal(ModelTokens t, int[] y) {
        int[] c = span(y, RefLabel.CONTAINER);
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
        if (k < t.count && separator(t, k)) {
            k++;
        }
        if (k + 1 < t.count && y[k] == RefLabel.YEAR && separator(t, k + 1)) {
            k += 2;
        }
        if (k >= t.count || y[k] != RefLabel.VOLUME || !hasDigit(t.word[k])) {
            return;
        }
        for (int j = p0; j <= p1; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static final java.util.regex.Pattern MONTH_WORD = java.util.regex.Pattern.compile(
            "(?i)" + Months.NAME + "|" + Months.SEASON);

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
                || CONNECTORS.contains(w) || DETERMINERS.contains(w) || b - first(t, y, RefLabel.TITLE) < 3) {
            return;
        }
        for (int j = b + 1; j <= e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * The day of a date, a number of one or two digits between a month and the year ("Cancer Res, 51, 672-675, Jan.
     * 15, 1991", "Sept .20 ,2011"), is no issue.
     */
    static void dayNotIssue(ModelTokens t, int[] y) {
        for (int k = 1; k + 1 < t.count; k++) {
            if (y[k] != RefLabel.ISSUE || t.word[k].length() > 2 || !digits(t.word[k])) {
                continue;
            }
            int m = k - 1;
            if (t.word[m].equals(".") && m > 0) {
                m--;
            }
            int e = k + 1;
            if (t.word[e].equals(",") && e + 1 < t.count) {
                e++;
            }
            if (y[e] == RefLabel.YEAR && MONTH_WORD.matcher(t.word[m]).matches()) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * A year written right before a parenthesised note about another edition, where the model read the year inside the
     * note, is the year of the work: "Firenze 1979 (Heroic Poetry, London 1952)", "Berkeley 1990 (Rpt. 1993)", "Paris,
     * 1976 (édition originale : Stone Age Economics, 1972)". Only where the note has a word of three letters or more
     * before its year that is no month ("(June 1993)" dates the same work), and where the year before it does not end
     * a period of years ("... in Revolution, 1917-1921 (Oxford: Clarendon Press, 1989)": AnyStyle development).
     */
    static void yearBeforeNote(ModelTokens t, int[] y) {
        int k = 0;
        while (k < t.count && y[k] != RefLabel.YEAR) {
            k++;
        }
        if (k >= t.count) {
            return;
        }
        int o = k - 1;
        boolean word = false;
        while (o > 0 && k - o <= 12 && !t.word[o].equals("(")) {
            String w = t.word[o];
            if (w.equals(")")) {
                return;
            }
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                letters += Character.isLetter(w.charAt(i)) ? 1 : 0;
            }
            word |= letters >= 3 && !MONTH_WORD.matcher(w).matches();
            o--;
        }
        if (o < 1 || !t.word[o].equals("(") || !word || y[o - 1] == RefLabel.YEAR) {
            return;
        }
        String before = t.word[o - 1];
        if (before.length() != 4 || !PLAUSIBLE_YEAR.matcher(before).matches()
                || o > 1 && t.word[o - 2].chars().allMatch(c -> Character.getType(c) == Character.DASH_PUNCTUATION)) {
            return; // not the end of a period of years ("The Volga Countryside in Revolution, 1917-1921 (Oxford: ...")
        }
        y[o - 1] = RefLabel.YEAR;
        y[k] = RefLabel.O;
    }

    /**
     * The place of a book written right before its year, without a publisher ("The Singer of Tales, Cambridge Mass.
     * 1960.", "Oral Literature and the Formula, Ann Arbor 1976, pp. 73-106."), is no container: a short capitalised
     * name after a separator that the year follows, where nothing is a volume or issue and no page follows the year
     * without "pp.", and that is no known journal nor has a periodical's word.
     */
    static void placeBeforeYear(ModelTokens t, int[] y) {
        int[] c = span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || !separator(t, c[0] - 1) || c[1] - c[0] > 4 || c[1] + 1 >= t.count
                || y[c[1] + 1] != RefLabel.YEAR || first(t, y, RefLabel.VOLUME) >= 0 || first(t, y, RefLabel.ISSUE) >= 0) {
            return;
        }
        int p = first(t, y, RefLabel.PAGES);
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
        if (journalWords(name.toString()) || Journals.known(t, c[0], c[1]) || t.word[before].equalsIgnoreCase("in")) {
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

    static void organisationBeforeYear(ModelTokens t, int[] y) {
        if (first(t, y, RefLabel.AUTHOR) >= 0 || t.count == 0 || y[0] != RefLabel.TITLE) {
            return;
        }
        int e = runEnd(y, 0);
        boolean organisation = false;
        for (int j = 0; j <= e; j++) {
            String w = t.word[j];
            if (Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
                return; // "Pillars of an institution. (1993, September).": a title, cited without author
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
        for (int j = k; j <= runEnd(y, k); j++) {
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

    private static boolean cjk(String w) {
        int c = w.codePointAt(0);
        Character.UnicodeScript u = Character.UnicodeScript.of(c);
        return u == Character.UnicodeScript.HAN || u == Character.UnicodeScript.HIRAGANA
                || u == Character.UnicodeScript.KATAKANA || u == Character.UnicodeScript.HANGUL;
    }

    /** The field that the unit glued after the digits of token k names, or -1 ({@link #cjkNumberUnits}). */
    private static int cjkUnit(ModelTokens t, int k, boolean volumeUnit) {
        if (!t.glued(k) || !t.word[k].chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return switch (t.word[k + 1].charAt(0)) {
            case '卷', '巻', '권' -> RefLabel.VOLUME;
            case '号', '號', '호' -> RefLabel.ISSUE;
            case '期' -> volumeUnit ? RefLabel.ISSUE : RefLabel.VOLUME;
            case '页', '頁' -> RefLabel.PAGES;
            default -> -1;
        };
    }

    static void containerNumber(ModelTokens t, int[] y) {
        int c1 = last(t, y, RefLabel.CONTAINER);
        if (c1 < 1 || !t.word[c1].chars().allMatch(Character::isDigit) || t.word[c1].length() > 4
                || y[c1 - 1] != RefLabel.CONTAINER || !Character.isLetter(t.word[c1 - 1].charAt(0))
                || modernYear(t.word[c1])) {
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
        int volume = first(t, y, RefLabel.VOLUME);
        if (volume < 0) {
            y[c1] = RefLabel.VOLUME;
        } else if (volume == next && first(t, y, RefLabel.ISSUE) < 0) {
            y[c1] = RefLabel.VOLUME;
            y[next] = RefLabel.ISSUE;
        } else if (volume > c1 && first(t, y, RefLabel.PAGES) < 0) {
            y[c1] = RefLabel.VOLUME;
            for (int k = volume; k < t.count && y[k] == RefLabel.VOLUME; k++) {
                y[k] = RefLabel.PAGES;
            }
        } else {
            y[c1] = RefLabel.O;
        }
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("and", "of", "in", "on", "&", "with",
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
        int c1 = last(t, y, RefLabel.CONTAINER);
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
        int c0 = first(t, y, RefLabel.CONTAINER);
        if (c0 <= 0 || y[c0 - 1] != RefLabel.TITLE || separator(t, c0 - 1)) {
            return;
        }
        int c1 = runEnd(y, c0);
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
     * The model often reads the capitalised last words of a title as the container ("Theoretical Developments in |
     * QCD Jet Energy Loss, Nucl. Phys. A", "Elements of Modern X-Ray | Physics, Wiley"). A container that starts
     * right after the title, with no separator between them, gives the title its words up to the first separator
     * when more container follows that separator, or all its words when it holds no abbreviation and a publisher or
     * place follows (a book has no container).
     */
    static void titleTail(ModelTokens t, int[] y) {
        int c0 = first(t, y, RefLabel.CONTAINER);
        if (c0 <= 0 || y[c0 - 1] != RefLabel.TITLE || t.word[c0 - 1].endsWith(".")) {
            return; // "... for Lead and Copper. Water Research Foundation": a sentence ends there
        }
        int sep = -1;
        int lastC = c0;
        int end = c0;
        while (end < t.count && (y[end] == RefLabel.CONTAINER || y[end] == RefLabel.O)) {
            if (y[end] == RefLabel.CONTAINER) {
                lastC = end;
            } else if (sep < 0 && separator(t, end)) {
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

    private static final java.util.regex.Pattern YEAR_LETTER = java.util.regex.Pattern.compile("(?:1[5-9]|20)\\d\\d[a-z]");

    /**
     * A year the model read as a second volume ("Lund K. et al., 2016a, MNRAS, 461, 2658") is the year when the rules
     * read it as the year (or it is a year with a letter, "2016a") and the volume they read is the model's volume too.
     */
    static void yearNotVolume(ModelTokens t, int[] y, byte[] rule) {
        boolean ruleVolume = false;
        for (int j = 0; j < t.count; j++) {
            ruleVolume |= y[j] == RefLabel.VOLUME && rule[j] == RefLabel.VOLUME;
        }
        for (int k = 0; ruleVolume && k < t.count; k++) {
            if (y[k] == RefLabel.VOLUME && (rule[k] == RefLabel.YEAR || YEAR_LETTER.matcher(t.word[k]).matches())) {
                y[k] = RefLabel.YEAR;
            }
        }
    }

    /**
     * Without a volume of its own, the model takes the rules' volume when it gave that number a field it cannot
     * have there: the end of the container ("JHEP 1606, 004"), a second year ("AIP Conf. Proc. 1701, 040007 (2016)"),
     * a page the rules' page range does not hold ("Methods A, 362 (1995) 487").
     */
    static void ruleVolume(ModelTokens t, int[] y, byte[] rule) {
        if (index(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        int k = -1;
        for (int j = 0; j < t.count; j++) {
            if (rule[j] == RefLabel.VOLUME) {
                k = j;
                break;
            }
        }
        if (k < 0 || !t.word[k].chars().allMatch(Character::isDigit)) {
            return;
        }
        boolean take = switch (y[k]) {
            // a number set apart by a space after a word, not "IJCAI-95" or "WWW '13"
            case RefLabel.CONTAINER -> (k + 1 >= t.count || y[k + 1] != RefLabel.CONTAINER) && k > 0 && !t.glued(k - 1)
                    && Character.isLetter(t.word[k - 1].charAt(0));
            case RefLabel.YEAR -> {
                // the year is the one in parentheses
                boolean other = false;
                for (int j = 1; j < t.count; j++) {
                    other |= j != k && y[j] == RefLabel.YEAR && rule[j] == RefLabel.YEAR && t.word[j - 1].equals("(");
                }
                yield other;
            }
            case RefLabel.PAGES -> {
                boolean rulePages = false;
                for (int j = 0; j < t.count; j++) {
                    rulePages |= rule[j] == RefLabel.PAGES;
                }
                yield rulePages && rule[k] != RefLabel.PAGES;
            }
            default -> false;
        };
        if (take) {
            y[k] = RefLabel.VOLUME;
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
        int last = -1;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == label) {
                last = k;
            } else if (last >= 0 && y[k] != RefLabel.O) {
                break;
            }
        }
        if (last < 0 || last + 1 >= t.count || !DANGLING.contains(t.word[last].toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int other = y[last + 1];
        if (other == RefLabel.O || other == RefLabel.VOLUME || other == RefLabel.ISSUE || other == RefLabel.PAGES
                || other == RefLabel.YEAR || other == RefLabel.DOI || other == RefLabel.URL || other == RefLabel.AUTHOR) {
            return;
        }
        for (int k = last + 1; k < t.count && y[k] == other && !separator(t, k); k++) {
            y[k] = label;
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
        int c0 = first(t, y, RefLabel.CONTAINER);
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
                    && sentenceEnd(w)) {
                cut = k;
            }
        }
        if (cut < 0) {
            return;
        }
        int c1 = runEnd(y, c0);
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
        boolean title = first(t, y, RefLabel.TITLE) >= 0;
        int to = prev == RefLabel.TITLE || !title && prev != RefLabel.AUTHOR && prev != RefLabel.O ? RefLabel.TITLE : RefLabel.O;
        for (int k = c0; k <= cut; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                y[k] = to;
            }
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
        int first = first(t, y, RefLabel.TITLE);
        int last = last(t, y, RefLabel.TITLE);
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
                    || Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w)
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
        int e = last(t, y, RefLabel.EDITOR);
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

    private static final java.util.Set<String> ORDINAL_SUFFIX = java.util.Set.of("st", "nd", "rd", "th");
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
        int first = first(t, y, RefLabel.TITLE);
        int last = last(t, y, RefLabel.TITLE);
        boolean container = first(t, y, RefLabel.CONTAINER) >= 0;
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
        int last = -1;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.TITLE) {
                last = k;
            } else if (last >= 0 && y[k] != RefLabel.O) {
                break;
            }
        }
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
        boolean ends = after >= t.count || t.word[k].endsWith(".") || separator(t, after);
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
        for (int k = first - 1; k >= 0 && y[k] == other && !separator(t, k)
                && !(k < first - 1 && t.word[k].endsWith(".") && t.word[k].length() > 7); k--) {
            y[k] = label;
        }
    }

    /**
     * A number that ends the title right before "(year)" is the volume when nothing else is ("Expert Systems with
     * Applications 38 (2011) 2536-2549").
     */
    static void volumeBeforeYear(ModelTokens t, int[] y) {
        if (first(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        int last = last(t, y, RefLabel.TITLE);
        if (last > 0 && last + 2 < t.count && t.word[last].length() <= 4 && t.word[last].chars().allMatch(Character::isDigit)
                && t.word[last + 1].equals("(") && PLAUSIBLE_YEAR.matcher(t.word[last + 2]).matches()
                && y[last - 1] == RefLabel.TITLE) {
            y[last] = RefLabel.VOLUME;
        }
    }

    /**
     * The model read the volume as the page and the page as the volume where the rules read them the other way round
     * ("JHEP 0505 (2005) 066": volume 0505, article 066): the rules' order, since a volume comes first.
     */
    static void swappedVolume(ModelTokens t, int[] y, byte[] rule) {
        int v = index(t, y, RefLabel.VOLUME);
        if (v < 0 || rule[v] != RefLabel.PAGES) {
            return;
        }
        for (int j = 0; j < v; j++) {
            if (rule[j] == RefLabel.VOLUME && y[j] == RefLabel.PAGES && hasDigit(t.word[j])) {
                y[j] = RefLabel.VOLUME;
                y[v] = RefLabel.PAGES;
                return;
            }
        }
    }

    /**
     * Where nothing is the volume, the number right after the journal and before "(year)" is the volume, whatever
     * other number field the model gave it: "J .Phys .Conf .Ser .331 ( 2011)032047" (read as the page, so the
     * article number after the year was lost), "Rev .Math .Phys .5 ( 1993),no .2 ,345 -361" (read as an issue, the
     * rules' issue "2" replacing it). The volume is a plain number of up to four digits; the journal is the model's
     * container (periods between allowed).
     */
    static void volumeBeforeParenYear(ModelTokens t, int[] y) {
        if (index(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        for (int k = 1; k + 3 < t.count; k++) {
            if ((y[k] == RefLabel.PAGES || y[k] == RefLabel.ISSUE) && t.word[k].length() <= 4
                    && t.word[k].chars().allMatch(Character::isDigit) && afterJournal(t, y, k)
                    && t.word[k + 1].equals("(") && PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches()
                    && t.word[k + 3].equals(")") && numberAfter(t, k + 4)) {
                y[k] = RefLabel.VOLUME;
                return;
            }
        }
    }

    /**
     * The issue at {@code k} is written with the volume as "(volume:issue)", in parentheses after the journal: "지식경영연구
     * (18:1), pp. 117-138" (the rules read it as volume and page).
     */
    private static boolean volumeColonIssue(ModelTokens t, int[] y, int k) {
        return k >= 3 && k + 1 < t.count && t.word[k + 1].equals(")") && t.word[k - 1].equals(":")
                && y[k - 2] == RefLabel.VOLUME && t.word[k - 3].equals("(") && pageLike(t.word[k]);
    }

    /**
     * An unsigned reference that opens with its journal, which the model read as names and the rules as the container,
     * with neither a title nor a container read by the model and the numbers right after: "European J. of Cancer, Vol.
     * 35, No. 9, pp.1394-1401 (1999)", "CHEM. RES. CHINESE UNIVERSITIES 2011, 27(2), 232—236". The words are the
     * container (a reference with names and numbers has a journal or a title somewhere), unless a word other than
     * "Vol.", "No.", "pp." or a month follows them.
     */
    static void journalReadAsNames(ModelTokens t, int[] y, byte[] rule) {
        if (t.count == 0 || y[0] != RefLabel.AUTHOR || first(t, y, RefLabel.TITLE) >= 0 || first(t, y, RefLabel.CONTAINER) >= 0) {
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

    /** A page-like number at {@code k}, or after a comma "No." / "no." and a number ("(1993),no .2"). */
    private static boolean numberAfter(ModelTokens t, int k) {
        if (k < t.count && pageLike(t.word[k])) {
            return true;
        }
        if (k < t.count && t.word[k].equals(",")) {
            k++;
        }
        while (k < t.count && (NUMBER_WORD.matcher(t.word[k]).matches() || t.word[k].equals("."))) {
            k++;
        }
        return k < t.count && k > 0 && !t.word[k - 1].equals(",") && pageLike(t.word[k]);
    }

    /**
     * Without pages, the number right after "volume (year)" is the page ("Phys .Rev .Lett .116 ( 2016)211603 [",
     * "Comput. Phys. Commun. 184 (2013) 1535"), and a second volume right after the first and a comma is the page
     * ("Rev. Mod. Phys. 24, 258 (1952)", where the model read both numbers as volumes).
     */
    static void pagesAfterVolume(ModelTokens t, int[] y) {
        int v = first(t, y, RefLabel.VOLUME);
        if (v < 0 || first(t, y, RefLabel.PAGES) >= 0 || !hasDigit(t.word[v])) {
            return;
        }
        if (v + 2 < t.count && t.word[v + 1].equals(",") && y[v + 2] == RefLabel.VOLUME && pageLike(t.word[v + 2])
                && (v + 3 == t.count || y[v + 3] != RefLabel.VOLUME)) {
            y[v + 2] = RefLabel.PAGES;
            return;
        }
        int k = v + 1;
        if (k + 3 < t.count && t.word[k].equals("(") && y[k + 1] == RefLabel.ISSUE && t.word[k + 2].equals(")")) {
            k += 3; // "EPL 87 ( 4)( 2009)48007": the issue, then the year
        }
        if (k + 3 < t.count && t.word[k].equals("(") && y[k + 1] == RefLabel.YEAR && t.word[k + 2].equals(")")
                && (y[k + 3] == RefLabel.O || y[k + 3] == RefLabel.VOLUME) && pageLike(t.word[k + 3])) {
            y[k + 3] = RefLabel.PAGES;
        }
    }

    /** A page or article number: digits, maybe one lower-case letter before ("e1234"). */
    private static boolean pageLike(String w) {
        int from = w.length() > 1 && Character.isLowerCase(w.charAt(0)) ? 1 : 0;
        for (int i = from; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return w.length() > from && w.length() - from <= 8;
    }

    /**
     * An unsigned reference that starts with a known journal name that the volume, pages or year follow ("Movement
     * Disorders, Vol. 25, No. 3", "Ann. N.Y. Acad. Sci. 1012, 5") has no authors: the names the model read there are
     * the journal (returns its span, as {@link #knownJournal} does, so the assembly drops those names).
     */
    private static int[] journalAtStart(ModelTokens t, int[] y) {
        int names = last(t, y, RefLabel.AUTHOR);
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
        if (REPORT_HINT.matcher(t.text).find()) {
            return; // "CMS Collaboration, CMS-PAS-TOP-16-022": a report's number
        }
        if (k == t.count || e < 0 || words == 1 && t.word[0].length() < 4 || CONNECTORS.contains(t.word[e])
                || ROMAN.matcher(t.word[e]).matches()) {
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
        int c0 = first(t, y, RefLabel.CONTAINER);
        if (c0 >= 0) {
            // where the model read a container, it must end the words, and no comma may part names from a title
            // ("Shiojima and Walsh, Circ. Res. (2002) 90:1243")
            if (last(t, y, RefLabel.CONTAINER) != e) {
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
     * A capital glued to the first page number is the page's prefix ("J. Stat. Mech. P02015", "Phys. Rev. D 70
     * L051101"), not the end of the container: the pages take it back (assembly glues it to the number). Where
     * nothing is pages, such an article number at the end of the container is the page ("2007 ... J. Stat. Mech.
     * P09002": the journal has no volumes).
     */
    static void pagePrefix(ModelTokens t, int[] y) {
        boolean noPages = first(t, y, RefLabel.PAGES) < 0;
        for (int k = 1; k < t.count; k++) {
            boolean prefix = y[k - 1] == RefLabel.CONTAINER && t.glued(k - 1) && t.word[k - 1].length() == 1
                    && Character.isUpperCase(t.word[k - 1].charAt(0)) && Character.isDigit(t.word[k].charAt(0));
            boolean articleNumber = noPages && y[k] == RefLabel.CONTAINER && k > 1 && y[k - 2] == RefLabel.CONTAINER
                    && t.word[k].length() >= 4 && t.word[k].chars().allMatch(Character::isDigit)
                    && (k + 1 == t.count || y[k + 1] != RefLabel.CONTAINER);
            if (prefix && (y[k] == RefLabel.PAGES || articleNumber)) {
                y[k - 1] = RefLabel.PAGES;
                y[k] = RefLabel.PAGES;
                return;
            }
        }
    }

    /**
     * Without a container, a publisher or place (or a title) that the volume follows right away, after a comma at most,
     * is the journal: "2016, MNRAS, 457, 1522" and "et al, Vacuum, 91:47" (the model reads short journal names as
     * publishers or places), "Tetrahedron, 26, 5191".
     */
    static void journalBeforeVolume(ModelTokens t, int[] y) {
        if (first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        boolean volume = index(t, y, RefLabel.VOLUME) >= 0;
        for (int v = 1; v < t.count; v++) {
            if (!(y[v] == RefLabel.VOLUME || !volume && y[v] == RefLabel.ISSUE)) {
                continue;
            }
            int e = v - 1;
            if (e > 0 && y[e] == RefLabel.O && NUMBER_WORD.matcher(t.word[e]).matches()) {
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
        if (first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int last = last(t, y, RefLabel.TITLE);
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

    /** A word no personal name has: "PoS" (Proceedings of Science, also glued to its volume: "PoSLATTICE"), thesis. */
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            "^PoS(?:$|\\s|\\p{Lu})|(?i)\\b(?:th[eè]se|thesis)\\b");

    /** Development switch for {@link #knownJournal}. */
    static final boolean KNOWN_JOURNALS = !"false".equals(System.getProperty("references.journals"));
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
        int min = last(t, y, RefLabel.AUTHOR) + 1;
        // "D. MCLENNAN. Tetrahedron, 31": a family name with a period ends the names even where the model went on
        for (int j = first(t, y, RefLabel.AUTHOR) + 1; j > 0 && j < min; j++) {
            if (y[j - 1] == RefLabel.AUTHOR && familyEnd(t.word[j - 1]) && Character.isUpperCase(t.word[j].charAt(0))) {
                min = j;
                break;
            }
        }
        int editor = last(t, y, RefLabel.EDITOR);
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
                        || b > 0 && !separator(t, b - 1) && !sentenceEnd(t.word[b - 1]) && b != min) {
                    continue;
                }
            }
            boolean ok = true;
            for (int k = b; k <= e && ok; k++) {
                ok = y[k] == RefLabel.O || y[k] == RefLabel.TITLE || y[k] == RefLabel.CONTAINER || y[k] == RefLabel.AUTHOR
                        || y[k] == RefLabel.PUBLISHER || y[k] == RefLabel.PLACE;
            }
            int c0 = first(t, y, RefLabel.CONTAINER);
            int c1 = last(t, y, RefLabel.CONTAINER);
            if (!ok || c0 >= 0 && (c1 < b - 2 || c0 > e + 2)) {
                return null; // the model's container is elsewhere: trust it
            }
            if (c0 == b && c1 == e) {
                return null;
            }
            for (int k = c0 + 1; c0 >= 0 && k < c1; k++) {
                if (y[k] != RefLabel.CONTAINER && Character.isLetterOrDigit(t.word[k].charAt(0))) {
                    return null; // two containers ("Proceedings of ..., Lecture Notes in ..."): the model chose
                }
            }
            if (c0 >= 0 && c0 < b && !(separator(t, b - 1) || sentenceEnd(t.word[b - 1]))) {
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
            int w = k > min && y[k] == RefLabel.O && CONNECTORS.contains(t.word[k]) ? wordBefore(t, k) : -1;
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
    private static boolean nameIn(ModelTokens t, int[] span, String words) {
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
        return (Character.isUpperCase(w.charAt(0)) || CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT))) && !sentenceEnd(w);
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
        return hasDigit(t.word[k]) && (lab == RefLabel.VOLUME || lab == RefLabel.ISSUE || lab == RefLabel.PAGES || lab == RefLabel.YEAR)
                || VOLUME_WORD.matcher(t.word[k]).matches() && k + 1 < t.count && hasDigit(t.word[k + 1]);
    }

    /** The token comes right after the journal name (periods between allowed, no "No."). */
    private static boolean afterJournal(ModelTokens t, int[] y, int k) {
        int j = k - 1;
        while (j >= 0 && t.word[j].equals(".")) {
            j--;
        }
        return j >= 0 && y[j] == RefLabel.CONTAINER;
    }

    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("(?i)(?:no|n°|nr)\\.?|v\\.");

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

    /** A separator between fields: ",", ";", ":" or a period followed by a space (not the OCR ".Rev" of "Phys .Rev"). */
    private static boolean separator(ModelTokens t, int k) {
        String w = t.word[k];
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") && !t.glued(k);
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
        int last = last(t, y, RefLabel.TITLE);
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

    /**
     * The acronym in parentheses right after the container belongs to it ("Proceedings of the National Conference on
     * Artificial Intelligence (AAAI).", "... Operating Systems (ASPLOS-VI), San Jose"): one to three words of
     * capitals, digits and hyphens with two capitals at least, which the model left out, and a separator or the end
     * after the closing parenthesis.
     */
    static void containerAcronym(ModelTokens t, int[] y) {
        int last = last(t, y, RefLabel.CONTAINER);
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
        if (close + 1 < t.count && !separator(t, close + 1)) {
            return;
        }
        for (int j = k; j <= close; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static boolean noteIn(ModelTokens t, int from, int to) {
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

    /** A number glued by a hyphen to a word before it ("CS-94", not "A-349"): part of a report number. */
    private static boolean reportNumber(ModelTokens t, int k) {
        return k >= 2 && t.word[k - 1].equals("-") && t.glued(k - 2) && t.glued(k - 1)
                && t.word[k - 2].length() >= 2 && t.word[k - 2].chars().allMatch(Character::isLetter);
    }

    /** Both ends of the range are plausible years ("1815-1909", "1889-96"). */
    static boolean yearRange(String first, String last) {
        if (first == null || last == null || first.length() != 4 || !PLAUSIBLE_YEAR.matcher(first).matches()) {
            return false;
        }
        String[] p = ReferenceParser.pages(first, last);
        return p[1] != null && p[1].length() == 4 && PLAUSIBLE_YEAR.matcher(p[1]).matches()
                && Integer.parseInt(p[1]) > Integer.parseInt(first);
    }

    /** The rule labelled some tokens with the label and at least the given share of them has no model label. */
    private static boolean free(int[] y, byte[] rule, int label, double share) {
        int n = 0;
        int o = 0;
        for (int k = 0; k < y.length; k++) {
            if (rule[k] == label) {
                n++;
                if (y[k] == RefLabel.O) {
                    o++;
                }
            }
        }
        return n > 0 && o >= share * n;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int authorEnd(String s, LabelledFields r) {
        ModelTokens t = null;
        int cursor = 0;
        int end = -1;
        for (CitationAuthor a : r.authors) {
            for (String part : new String[]{a.family(), a.given()}) {
                if (part == null || part.isBlank()) {
                    continue;
                }
                int k = s.indexOf(part, cursor);
                if (k >= 0) {
                    end = Math.max(end, k + part.length());
                }
            }
            int k = a.family() == null ? -1 : s.indexOf(a.family(), cursor);
            if (k >= 0) {
                cursor = k + a.family().length();
            }
        }
        return end;
    }

    /** First and last token of the first run of a label (other labels may not interrupt; O tokens may). */
    private static int[] span(int[] y, int label) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < y.length; k++) {
            if (y[k] == label) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            } else if (first >= 0 && y[k] != RefLabel.O) {
                break;
            }
        }
        return first < 0 ? null : new int[]{first, last};
    }

    private static String text(String s, ModelTokens t, int[] y, int label) {
        int[] sp = span(y, label);
        return sp == null ? null : s.substring(t.start[sp[0]], t.end[sp[1]]);
    }

    /** The first token with {@code label}, or -1. */
    private static int first(ModelTokens t, int[] y, int label) {
        for (int k = 0; k < t.count; k++) {
            if (y[k] == label) {
                return k;
            }
        }
        return -1;
    }

    /** The last token with {@code label}, or -1. */
    private static int last(ModelTokens t, int[] y, int label) {
        for (int k = t.count - 1; k >= 0; k--) {
            if (y[k] == label) {
                return k;
            }
        }
        return -1;
    }

    /** The last token of the run of tokens labelled as token {@code k} is, from {@code k} on. */
    private static int runEnd(int[] y, int k) {
        int e = k;
        while (e + 1 < y.length && y[e + 1] == y[k]) {
            e++;
        }
        return e;
    }

    /**
     * Whether the issue the rules read is a symbol with a letter that lies inside the model's title, title words on
     * both sides: a gene or cell line in brackets after a number ("... type 2 (FB2) transcript ..."), not the issue
     * of "9 (KD2)" after the title. (An issue of digits only is left to the rules: measured, it costs a right one.)
     */
    static boolean ruleIssueInTitle(ModelTokens t, int[] y, String issue) {
        if (issue.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        int k = t.count - 1; // the last place it is written: a number of the title may equal it
        while (k >= 0 && !gluedRunStarts(t, k, issue)) {
            k--;
        }
        if (k < 0 || y[k] != RefLabel.TITLE) {
            return false;
        }
        boolean before = false;
        boolean after = false;
        for (int j = 0; j < t.count; j++) {
            if (y[j] == RefLabel.TITLE && Character.isLetter(t.word[j].charAt(0))) {
                before |= j < k;
                after |= j > k;
            }
        }
        return before && after;
    }

    /**
     * Whether the first page the rules read is a number inside the model's title, title words on both sides, while
     * the model read pages after the title: "Indoleamine 2,3-dioxygenase activity ... Graefes Arch 1993; 231:482-486"
     * (the rules read "2,3" as volume 2, page 3), "... by 1,25-dihydroxyvitamin D3. Clin Endocrinol 2000; 52:211-216",
     * "... of 2,500 squamous cell carcinomas": the model's pages are kept.
     */
    static boolean rulePagesInTitle(ModelTokens t, int[] y, byte[] rule) {
        int k = 0;
        while (k < t.count && rule[k] != RefLabel.PAGES) {
            k++;
        }
        if (k == t.count || y[k] != RefLabel.TITLE) {
            return false;
        }
        boolean before = false;
        boolean after = false;
        int lastTitle = k;
        for (int j = 0; j < t.count; j++) {
            if (y[j] == RefLabel.TITLE) {
                lastTitle = Math.max(lastTitle, j);
                if (Character.isLetter(t.word[j].charAt(0))) {
                    before |= j < k;
                    after |= j > k;
                }
            }
        }
        if (!before || !after) {
            return false;
        }
        for (int j = lastTitle + 1; j < t.count; j++) {
            if (y[j] == RefLabel.PAGES && hasDigit(t.word[j])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens from {@code k} on, glued to each other, spell {@code w} ("KDM" "7" spell "KDM7"). */
    private static boolean gluedRunStarts(ModelTokens t, int k, String w) {
        StringBuilder b = new StringBuilder();
        for (int j = k; j < t.count && b.length() < w.length(); j++) {
            b.append(t.word[j]);
            if (!w.startsWith(b.toString())) {
                return false;
            }
            if (b.length() == w.length()) {
                return true;
            }
            if (!t.glued(j)) {
                return false;
            }
        }
        return false;
    }

    private static int index(ModelTokens t, int[] y, int label) {
        for (int k = 0; k < t.count; k++) {
            String w = t.word[k];
            // a number, not an identifier the model labelled ("10.1007/JHEP01(2015)073")
            // (a capital glued to a number is a section letter or page prefix, not a Roman numeral: "Grav .18 L95")
            if (y[k] == label && (hasDigit(w) && w.length() <= 12 && w.indexOf('/') < 0
                    || ROMAN.matcher(w).matches() && !(t.glued(k) && Character.isDigit(t.word[k + 1].charAt(0))))) {
                return k;
            }
        }
        return -1;
    }

    private static String number(ModelTokens t, int[] y, int label) {
        int k = index(t, y, label);
        return k < 0 ? null : t.word[k];
    }

    static List<String> labelNames(int[] y) {
        return java.util.Arrays.stream(y).mapToObj(RefLabel.NAMES::get).toList();
    }
}
