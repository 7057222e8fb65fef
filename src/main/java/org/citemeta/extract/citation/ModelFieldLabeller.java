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
        ContainerRules.periodicalFirst(t, y);
        NameRules.familyAfterInitial(t, y);
        ContainerRules.journalReadAsNames(t, y, rule);
        ContainerEdgeRules.journalReadAsLastName(t, y, rule);
        ContainerEdgeRules.periodicalAsAuthor(t, y);
        ContainerEdgeRules.journalAbbreviationReadAsName(t, y);
        NameRules.titleAfterInvertedName(t, y);
        TitleSpanRules.titleAfterLastInitial(t, y, rule);
        TitleSpanRules.cjkTitleAmongNames(t, y);
        NameListRules.initialHeadsJournal(t, y);
        CjkFieldRules.titleHeadGluedByPeriod(t, y);
        CjkFieldRules.othersCount(t, y);
        ContainerFormRules.magazineAfterDate(t, y);
        SeriesAndBookRules.lastNameReadAsTitle(t, y);
        SeriesAndBookRules.organisationBeforeYear(t, y);
        int[] a = LabelSpans.span(y, RefLabel.AUTHOR);
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
            if (k > a[1] + 1 && NameRules.isAl(t.word[k - 1])
                    || k > a[1] + 2 && t.word[k - 1].equals(".")) {
                a[1] = k - 1;
            }
            if (t.word[a[1]].equalsIgnoreCase("et") && a[1] + 1 < t.count
                    && NameRules.isAl(t.word[a[1] + 1])) {
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
                NameRules.titleNames(s, t, y, f.authors, t.end[a[1]]);
                NameListRules.fieldNames(s, t, y, f.authors, t.end[a[1]]);
                f.etAl = r.etAl || NameRules.ET_AL.matcher(text).find();
                // what the rules read as names (and an "et al." after them) is no title or container
                for (int j = 0; j < t.count; j++) {
                    boolean inNames = t.end[j] <= ruleEnd;
                    // only "et" before "al" and "al" itself: a title word such as "Alternative" or "Algebraic" is no "al."
                    boolean etAl = t.start[j] >= ruleEnd && t.start[j] <= ruleEnd + 8
                            && (t.word[j].equalsIgnoreCase("et") && j + 1 < t.count && NameRules.isAl(t.word[j + 1]) || NameRules.isAl(t.word[j]));
                    if ((inNames && y[j] == RefLabel.CONTAINER) || (etAl && y[j] != RefLabel.AUTHOR)) {
                        y[j] = RefLabel.O;
                        f.etAl |= etAl;
                    }
                }
            } else {
                RefTokens rt = RefTokens.of(text);
                AuthorScanner.Names names = AuthorScanner.scan(rt, 0);
                f.authors.addAll(names.authors());
                f.leadEditors.addAll(names.editors());
                f.etAl = names.etAl() || NameRules.ET_AL.matcher(text).find();
                // what the scanner could not read (OCR spacing, unusual forms) is split at the separators
                String rest = names.end() < rt.count ? text.substring(rt.start[Math.max(0, names.end())]) : "";
                f.authors.addAll(NameRules.simpleNames(rest));
                if (f.authors.isEmpty()) {
                    f.authors.addAll(r.authors);
                    f.etAl = r.etAl;
                }
            }
        }
        NameRules.lastNameStyle(f.authors);
        NameRules.collaborationAfterEtAl(s, f);
        NameRules.familyNotTitle(t, y, f.authors);
        NameRules.familyAloneNotTitle(t, y, f.authors);
        TitleRules.titleFirstWord(t, y);
        NameRules.rolePhrase(t, y);
        NameRules.editorsReadAsContainer(t, y);
        NameRules.reviewOf(t, y);
        TitleRules.organisationBeforeYear(t, y);
        NumberRules.ruleVolume(t, y, rule);
        NumberRules.yearNotVolume(t, y, rule);
        TitleRules.quotedTitle(t, y);
        TitleRules.singleQuotedTitle(t, y);
        TitleRules.containerInParentheses(t, y);
        TitleRules.titleParentheses(t, y);
        TitleBoundaryRules.titleParenthesisGoesOn(t, y);
        ContainerRules.containerAcronym(t, y);
        TitleBoundaryRules.meetingPlace(t, y);
        TitleBoundaryRules.meetingPlaceInParentheses(t, y);
        ContainerRules.journalHead(t, y);
        ContainerRules.containerLowerTail(t, y);
        ContainerRules.journalAcrossTitle(t, y);
        TitleRules.titleTail(t, y);
        TitleRules.titleNumeral(t, y);
        TitleBoundaryRules.titleDecimal(t, y);
        ContainerRules.bookAfterEditors(t, y);
        ContainerRules.containerAfterSentence(t, y);
        TitleRules.titlePlace(t, y);
        TitleRules.titleIn(t, y);
        TitleBoundaryRules.titleGenreTail(t, y);
        TitleBoundaryRules.titleVolumeCount(t, y);
        TitleBoundaryRules.titlePlaceTail(t, y, rule);
        TitleEndRules.titleLeadingNumber(t, y);
        TitleEndRules.organisationBeforeTitle(t, y);
        TitleEndRules.titleBeforeSpacedNumber(t, y);
        TitleEndRules.nameBeforeUrl(t, y);
        TitleEndRules.subtitleNotContainer(t, y);
        TitleEndRules.bookReadAsContainer(t, y);
        TitleEndRules.monthBeforeTitle(t, y);
        TitleEndRules.journalReadAsTitle(t, y);
        TitleEndRules.titleBeforePublisherParenthesis(t, y);
        TitleRules.danglingConnector(t, y, RefLabel.CONTAINER);
        TitleRules.danglingConnector(t, y, RefLabel.TITLE);
        TitleRules.leadingConnector(t, y, RefLabel.CONTAINER);
        TitleRules.leadingConnector(t, y, RefLabel.TITLE);
        NumberRules.volumeBeforeYear(t, y);
        NumberRules.swappedVolume(t, y, rule);
        NumberRules.volumeBeforeParenYear(t, y);
        VolumePageRules.volumeBeforeFinalYear(t, y);
        VolumePageRules.volumeOfSeries(t, y);
        NumberRules.pagesAfterVolume(t, y);
        NumberRules.volumesNotPages(t, y);
        ContainerRules.journalBeforeVolume(t, y);
        ContainerRules.periodicalAfterQuotes(t, y);
        NumberRules.pagePrefix(t, y);
        ContainerRules.containerAfterIn(t, y);
        NumberRules.yearAfterTitle(t, y);
        NumberRules.yearBeforeNote(t, y);
        NumberRules.dayNotIssue(t, y);
        ContainerRules.journalEndingTitle(t, y);
        TitleBoundaryRules.journalAfterTitleSentence(t, y, rule);
        TitleBoundaryRules.periodicalEndingTitle(t, y);
        ContainerRules.containerNumber(t, y);
        CjkRules.cjkNumberUnits(t, y);
        CjkRules.cjkTitleSentence(t, y);
        CjkFieldRules.commaJournal(t, y);
        CjkFieldRules.journalAfterTitleComma(t, y);
        CjkFieldRules.journalDashNumber(t, y);
        CjkFieldRules.decadeNotYear(t, y);
        ContainerRules.publisherBeforeVolume(t, y);
        if (KNOWN_JOURNALS) {
            int[] name = ContainerRules.knownJournal(t, y);
            if (name == null) {
                int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
                int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
                name = c0 >= 0 && Journals.known(t, c0, c1) ? new int[]{c0, c1} : null; // the model's, known
            }
            // a family name read from the journal's words is no author ("J. SIMONET. J. Electroanal. Chem.")
            while (name != null && !f.authors.isEmpty()) {
                CitationAuthor last = f.authors.get(f.authors.size() - 1);
                boolean familyIn = ContainerRules.nameIn(t, name, last.family());
                boolean givenIn = last.given() != null && ContainerRules.nameIn(t, name, last.given());
                if (familyIn && (last.given() == null || givenIn)) {
                    f.authors.remove(f.authors.size() - 1);
                    continue;
                }
                CitationAuthor fixed = ContainerRules.journalWordInName(last, familyIn, givenIn);
                if (fixed != null) {
                    f.authors.set(f.authors.size() - 1, fixed);
                }
                break;
            }
        }
        NumberRules.pagesNotTitle(s, t, y, r);
        NumberRules.arxivPieces(t, y, r);
        NumberRules.arxivIdNoYear(t, y);
        int[] reports = NumberRules.reportNumbers(t);
        NumberRules.reportNumberLabels(t, y, reports);
        NumberRules.ordinalOrChapter(t, y);
        TitleRules.lastTitleWord(t, y);
        TitleRules.titleIntoPlace(t, y, rule);
        TitleRules.bookTitleRunOn(t, y);
        ContainerRules.periodicalCitedAlone(t, y, r);
        TitleRules.titleNumberTail(t, y);
        ContainerRules.societyAfterJournal(t, y);
        TitleRules.placeBeforeYear(t, y);
        AssembledNumberRules.romanVolumeAfterComma(t, y);
        ContainerBoundaryRules.titleSentenceBeforeJournal(t, y);
        ContainerBoundaryRules.journalAcrossBoundary(t, y);
        ContainerFormRules.reprintNote(t, y);
        ContainerBoundaryRules.placeYearTail(t, y);
        ContainerBoundaryRules.publisherReadAsContainer(t, y);
        ContainerBoundaryRules.meetingCityBeforeCountry(t, y);
        ContainerBoundaryRules.containerParenthesis(t, y);
        ContainerBoundaryRules.containerLowerCommaTail(t, y);
        ContainerBoundaryRules.containerUnlabelledTail(t, y);
        ContainerBoundaryRules.containerPublisherTail(t, y);
        ContainerBoundaryRules.yearHeadingContainer(t, y);
        ContainerBoundaryRules.editionAfterContainer(t, y);
        ContainerBoundaryRules.volumeWordTail(t, y);
        TitleJournalRules.journalRunOnInTitle(t, y);
        TitleJournalRules.titleWordBeforeJournal(t, y);
        TitleJournalRules.journalHeadInTitle(t, y);
        TitleJournalRules.titleTailInContainer(t, y);
        NumberFieldRules.seriesNumberInContainer(t, y);
        ContainerTailRules.romanVolumeEndsContainer(t, y);
        ContainerTailRules.numberSignTail(t, y);
        ContainerEdgeRules.seriesHeadBeforeIn(t, y);
        ContainerEdgeRules.journalAfterYear(t, y);
        ContainerEdgeRules.journalBetweenYearAndVolume(t, y);
        ContainerEdgeRules.secondTitleAfterYear(t, y);
        ContainerEdgeRules.journalBeforeDoi(t, y);
        ContainerEdgeRules.journalWordGluedToVolume(t, y);
        ContainerEdgeRules.journalNameListAfterComma(t, y);
        ContainerEdgeRules.publisherHeadsContainer(t, y);
        ContainerSourceRules.specialIssue(t, y);
        ContainerSourceRules.editorsCrossReference(t, y);
        ContainerSourceRules.editionInContainer(t, y);
        TitleEdgeRules.openTitleEnd(t, y);
        TitleEdgeRules.enumerationTail(t, y);
        TitleEdgeRules.gluedArguments(t, y);
        TitleSpanRules.dansBeforeTitle(t, y);
        ContainerNameRules.gluedJournalHead(t, y);
        ContainerNameRules.journalBeforeStatus(t, y);
        ContainerFormRules.translatorNames(t, y);
        ContainerFormRules.subtitleBeforePlace(t, y);
        ContainerFormRules.bookAfterEditorWord(t, y);
        ContainerKindRules.bookAfterEditorsPeriod(t, y);
        ContainerKindRules.publisherBeforePages(t, y);
        ContainerKindRules.editionKindNoContainer(t, y);
        ContainerKindRules.dayAfterMonthNotVolume(t, y);
        ContainerKindRules.partnerFirmNotContainer(t, y);
        ContainerKindRules.partBeforeVolume(t, y);
        JournalSpanRules.apply(t, y);
        ContainerSpanRules.apply(t, y);
        TitleContainerSplitRules.apply(t, y, f);
        ContainerScopeRules.apply(t, y);
        ContainerVolumeRules.apply(t, y);
        ContainerStartRules.apply(t, y);
        SourceSpanRules.apply(t, y);
        ContainerCueRules.apply(t, y, rule);
        SeriesAndBookRules.apply(t, y);
        SourceFieldRules.apply(s, t, y, rule, f);
        ContainerReadingRules.apply(t, y, f);
        f.title = text(s, t, y, RefLabel.TITLE);
        f.container = text(s, t, y, RefLabel.CONTAINER);
        f.publisher = text(s, t, y, RefLabel.PUBLISHER);
        f.place = text(s, t, y, RefLabel.PLACE);
        f.editors = EditorNames.field(s, t, y);
        if (f.editors == null && r.editors != null && EditorNames.notAuthors(r.editors, f.authors)) {
            f.editors = r.editors; // the rules' "In X (Eds.)", "edited by X" where the model labelled no editor
        }
        if (f.authors.isEmpty() && f.leadEditors.isEmpty()) {
            f.leadEditors.addAll(r.leadEditors);
        }
        f.volume = number(t, y, RefLabel.VOLUME);
        f.issue = number(t, y, RefLabel.ISSUE);
        int[] p = LabelSpans.span(y, RefLabel.PAGES);
        if (p != null) {
            String first = null;
            String last = null;
            for (int k = p[0]; k <= p[1]; k++) {
                if (y[k] == RefLabel.PAGES && Character.isLetterOrDigit(t.word[k].charAt(0)) && LabelSpans.hasDigit(t.word[k])) {
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
            if (y[k] == RefLabel.YEAR && t.word[k].length() >= 4 && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).lookingAt()) {
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
            int k = LabelSpans.index(t, y, RefLabel.ISSUE);
            boolean volumeIssue = volumeColonIssue(t, y, k);
            if (volumeIssue && rule[k] == RefLabel.PAGES && t.word[k].equals(r.pageFirst) && f.pageFirst != null) {
                ruleIssuePage = true;
            } else if (rule[k] == RefLabel.PAGES || rule[k] == RefLabel.YEAR
                    || k > 0 && t.glued(k - 1) && (t.word[k - 1] + t.word[k]).equals(r.pageFirst)) {
                // "629, 1 (2004)", "B 746 (2015) 1": the page (or year) the rules read is no issue; nor is the
                // number of an article number the rules read as the page ("ApJ, 526, L1")
                f.issue = null;
            } else if (f.volume == null && (rule[k] == RefLabel.VOLUME || k + 3 < t.count && t.word[k + 1].equals("(")
                    && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches() && t.word[k + 3].equals(")")
                    || ContainerRules.afterJournal(t, y, k) && k + 2 < t.count && t.word[k + 1].equals(",") && y[k + 2] == RefLabel.PAGES)) {
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
        f.title = TitleEndRules.genreIsNoTitle(f.title);
        f.title = TitleEndRules.collaborationIsNoTitle(f.title);
        f.title = TitleEndRules.noteIsNoTitle(f.title);
        f.title = ContainerNameRules.statusIsNoTitle(f.title, f.container);
        f.title = TitleEdgeRules.numbersAreNoTitle(f.title);
        if (f.container != null && NumberRules.onlyInReportNumber(t, reports, f.container.replace(" ", ""))) {
            f.container = null; // the rules' container read from the number's first words
        }
        if (f.volume != null && NumberRules.onlyInReportNumber(t, reports, f.volume)) {
            f.volume = null;
        }
        if (f.issue != null && NumberRules.onlyInReportNumber(t, reports, f.issue)) {
            f.issue = null;
        }
        if (f.pageFirst != null && NumberRules.onlyInReportNumber(t, reports, f.pageFirst)) {
            f.pageFirst = null;
            f.pageLast = null;
        }
        AssembledNumberRules.numberAloneIsVolume(t, y, f);
        AssembledNumberRules.isoDate(t, y, f);
        AssembledNumberRules.meetingYearNotVolume(t, y, f);
        AssembledNumberRules.issueAfterParenYear(t, y, f);
        AssembledNumberRules.volumePeriodIssue(t, y, f);
        AssembledNumberRules.volumeGluedToPages(t, y, f);
        AssembledNumberRules.issueBeforePageWord(t, y, f);
        AssembledNumberRules.reportNumberNotPages(t, y, f);
        AssembledNumberRules.volumeIssuePagesColons(t, y, f);
        AssembledNumberRules.standardNumberPieces(t, y, f);
        AssembledNumberRules.parenIssueAfterVolume(t, y, f);
        AssembledNumberRules.supplementIssue(t, y, f);
        NumberFieldRules.dayIsNoIssue(t, y, f);
        NumberFieldRules.pageLetterFromWord(t, f);
        NumberFieldRules.doubleDashPages(t, f);
        NumberFieldRules.dateYearIsNoPage(t, f);
        NumberFieldRules.pageAfterVolumeYear(t, y, f);
        NumberFieldRules.issueInTitle(t, y, f);
        NumberFieldRules.apostropheYearNotVolume(t, f);
        NumberFieldRules.identifierPieces(t, f);
        VolumePageRules.volumeLetterSuffix(t, y, f);
        VolumePageRules.monthIssue(f);
        VolumePageRules.yearLikePagesAfterPageWord(t, y, f);
        VolumePageRules.rangeWithoutDash(t, y, f);
        VolumePageRules.yearVolumeYearLikePage(t, y, f);
        NumberPlaceRules.partLetterVolume(t, y, f);
        NumberPlaceRules.articleNumberIsPage(t, y, f);
        NumberPlaceRules.issueListAfterVolume(t, y, f);
        NumberPlaceRules.pageAfterPublicationFacts(t, y, f);
        IssueRules.issueBeforeMonthYear(t, y, f);
        IssueRules.parenIssueAfterYear(t, y, f);
        VolumeFormRules.apply(t, y, f);
        PageFormRules.apply(t, y, f);
        VolumeScopeRules.apply(t, y, f);
        NumberSpanRules.apply(t, y, f);
        ContainerVolumeRules.apply(t, y, f);
        SourceSpanRules.apply(f, s);
        SeriesAndBookRules.apply(t, y, f);
        // a "name" without a letter in its family name is a piece of punctuation the names ran into ("& Lund,
        // C.Real -time ...": "-")
        f.authors.removeIf(n -> n.family() == null || n.family().chars().noneMatch(Character::isLetter));
        // nor is Proceedings of Science ("A.Li,PoS LAT2009 (2009) 011") or the word of a thesis ("B. VOGIN. Thèse de
        // Docteur-Ingénieur, INPL") a name
        f.authors.removeIf(n -> NOT_A_NAME.matcher(n.family()).find() || n.given() != null && NOT_A_NAME.matcher(n.given()).find());
        DittoMarkRules.noNamesAfterDittoMark(t, f);
        AuthorEdgeRules.editedBookHasNoAuthors(s, f);
        AuthorEdgeRules.articleIsNoInitial(f);
        AuthorEdgeRules.namesAfterQuotedTitle(s, f);
        AuthorEdgeRules.seeWordIsNoName(s, f);
        AuthorEdgeRules.countryOrganisation(s, f);
        AuthorEdgeRules.collaborationAfterNames(s, f);
        AuthorEdgeRules.ocrNamesBeforeYear(s, f);
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
        f.container = ContainerBoundaryRules.gluedIn(f.container);
        f.container = ContainerTailRules.retrievedFromIsNoContainer(s, f.container);
        f.container = ContainerTailRules.reportNumberIsNoContainer(s, f.container);
        f.container = ContainerTailRules.thesisHasNoContainer(s, f.container);
        f.container = ContainerTailRules.cityBeforeStateIsNoContainer(s, f.container);
        f.container = ContainerEdgeRules.numberingIsNoContainer(f.container);
        f.container = ContainerNameRules.identifierIsNoContainer(f.container);
        if (("thesis".equals(r.typeHint) || "report".equals(r.typeHint)) && f.volume == null && f.issue == null
                && hintOutsideTitle(s, t, y)) {
            // a thesis or report has an institution, not a container ("Technical Report 41, Institute for the Learning
            // Sciences", "PhD Thesis, Eindhoven, the Netherlands")
            f.container = null;
        }
        TitleRules.meetingAlone(s, f);
        TitleRules.meetingHeldIn(s, f);
        f.title = title(f.title);
        if (f.title == null && f.container != null && f.volume == null && f.issue == null && f.pageFirst == null
                && !ContainerRules.journalWords(f.container) && !knownJournalName(f.container)
                && !ContainerNameRules.statusAfter(s, f.container)) {
            // "Proc. 30th ICRC, Merida, 2007", "Handbook of Elliptic Integrals (Springer, Berlin, 1971)": a name cited
            // alone, without volume, issue or pages, is the title of a book or proceedings, not the container of a
            // work without title; a journal's name stays the container
            f.title = f.container;
            f.container = null;
        }
        TitleFormRules.apply(s, f);
        ContainerScopeRules.apply(t, y, f);
        return f;
    }

    private static boolean knownJournalName(String name) {
        ModelTokens t = ModelTokens.of(name);
        return Journals.known(t, 0, t.count - 1);
    }

    /**
     * The thesis or report word the rules' type hint came from is outside the title: "FOIL: A midterm report. In
     * Proceedings of the European Conference on Machine Learning, pp. 3-20" is a paper in proceedings, whose
     * container stays.
     */
    private static boolean hintOutsideTitle(String s, ModelTokens t, int[] y) {
        int[] sp = LabelSpans.span(y, RefLabel.TITLE);
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

    /** A reference that opens with the designation of a standard: a body, a series and a number. */
    private static final java.util.regex.Pattern STANDARD_HEAD = java.util.regex.Pattern.compile(
            "\\s*(?:Recommendation\\s+)?(?:3GPP\\s+T[SR]|ISO(?:/IEC)?|IEC|ITU-[TR]|ETSI\\s+(?:TS|TR|EN|ES)|RFC|IEEE\\s+Std\\.?)"
                    + "\\s*(?:[A-Z]{1,2}\\.?\\s*)?\\d");

    /**
     * The issue at {@code k} is written with the volume as "(volume:issue)", in parentheses after the journal: "지식경영연구
     * (18:1), pp. 117-138" (the rules read it as volume and page).
     */
    private static boolean volumeColonIssue(ModelTokens t, int[] y, int k) {
        return k >= 3 && k + 1 < t.count && t.word[k + 1].equals(")") && t.word[k - 1].equals(":")
                && y[k - 2] == RefLabel.VOLUME && t.word[k - 3].equals("(") && NumberRules.pageLike(t.word[k]);
    }

    /** A word no personal name has: "PoS" (Proceedings of Science, also glued to its volume: "PoSLATTICE"), thesis. */
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            "^PoS(?:$|\\s|\\p{Lu})|(?i)\\b(?:th[eè]se|thesis)\\b");

    /** Development switch for {@link ContainerRules#knownJournal}. */
    static final boolean KNOWN_JOURNALS = !"false".equals(System.getProperty("references.journals"));

    /** A number glued by a hyphen to a word before it ("CS-94", not "A-349"): part of a report number. */
    private static boolean reportNumber(ModelTokens t, int k) {
        return k >= 2 && t.word[k - 1].equals("-") && t.glued(k - 2) && t.glued(k - 1)
                && t.word[k - 2].length() >= 2 && t.word[k - 2].chars().allMatch(Character::isLetter);
    }

    /** Both ends of the range are plausible years ("1815-1909", "1889-96"). */
    static boolean yearRange(String first, String last) {
        if (first == null || last == null || first.length() != 4 || !NumberRules.PLAUSIBLE_YEAR.matcher(first).matches()) {
            return false;
        }
        String[] p = ReferenceParser.pages(first, last);
        return p[1] != null && p[1].length() == 4 && NumberRules.PLAUSIBLE_YEAR.matcher(p[1]).matches()
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

    private static String text(String s, ModelTokens t, int[] y, int label) {
        int[] sp = LabelSpans.span(y, label);
        if (sp == null) {
            return null;
        }
        int end = sp[1];
        if (end + 1 < t.count && y[end + 1] == RefLabel.O
                && closesOpenBracket(s.substring(t.start[sp[0]], t.end[end]), t.word[end + 1])) {
            // the bracket the field opened and the model left outside it: "Quiet harbours (abstract). J. Harb." and
            // "[Quiet harbours of the north]. Harb. J." keep their closing bracket
            end++;
        }
        return s.substring(t.start[sp[0]], t.end[end]);
    }

    /** Whether {@code word} is ")" or "]" and {@code field} has more of its opening bracket than of it. */
    static boolean closesOpenBracket(String field, String word) {
        char close = word.length() == 1 ? word.charAt(0) : 0;
        char open = close == ')' ? '(' : close == ']' ? '[' : 0;
        return open != 0 && LabelSpans.leavesOpen(field, open, close);
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
        while (k >= 0 && !LabelSpans.gluedRunStarts(t, k, issue)) {
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
            if (y[j] == RefLabel.PAGES && LabelSpans.hasDigit(t.word[j])) {
                return true;
            }
        }
        return false;
    }

    private static String number(ModelTokens t, int[] y, int label) {
        int k = LabelSpans.index(t, y, label);
        return k < 0 ? null : t.word[k];
    }

    static List<String> labelNames(int[] y) {
        return java.util.Arrays.stream(y).mapToObj(RefLabel.NAMES::get).toList();
    }
}
