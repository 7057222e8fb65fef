package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * Post-labelling rules about what a volume or an issue read by the model belongs to: the number of a report, a note, a
 * contract, a dashed code, a section or version, a university, a French department, a page mark after the reference or
 * a publisher item identifier is no volume or issue; a journal's "N(M)" after a number read in the title, "year V I
 * pages" written with spaces, and "XIV:4" give the volume (and issue). Called once from
 * {@link ModelFieldLabeller#assemble} on the assembled fields ({@link #apply}), after {@link PageFormRules}. Each rule
 * was measured alone on both evaluation corpora (see the citation README).
 */
final class VolumeScopeRules {
    private VolumeScopeRules() {
    }

    /** The rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        designatedNumberIsNoVolume(t, f);
        codePieceIsNoVolume(t, f);
        volumeBeforeParenIssue(t, y, f);
        sectionNumberIsNoVolume(t, f);
        spacedVolumeIssueAfterYear(t, f);
        romanVolumeColonIssue(t, f);
        universityNumberIsNoIssue(t, f);
        trailingPageMarkIsNoIssue(t, f);
        departmentCodeIsNoNumber(t, f);
        piiPiecesAreNoNumbers(t, f);
    }

    /** A word that names a document by a number of its own ("Report", "note", "contract", "TR"). */
    private static final Pattern DOCUMENT_WORD = Pattern.compile("Report|report|REPORT|note|contract|Contract|TR|Task");
    /** A word that names a document only with a number word after it ("Conf. Publ. No. 313"). */
    private static final Pattern WEAK_DOCUMENT_WORD = Pattern.compile("Publ\\.|Publication|Memo|Memorandum|Paper|paper");
    /** The word before a document's number: "No.", "N.", "Number", "#", a colon. */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)no\\.?|n\\.|nr\\.?|number|#|:");
    /** A word naming a kind of report before "Report" ("Technical Report", "Research Report"). */
    private static final Pattern KIND_BEFORE = Pattern.compile("(?i)technical|tech\\.?|research|internal|final|project|public");

    /**
     * The number of a report, a note, a contract or a task names that document: it is no volume or issue of a
     * periodical. Examples (invented): "Tech. Report QLAB TR-QH 7, pp. 12-19, 1993." (volume 7), "Technical Report
     * HRB/QS M88/12, Quiet University" (volume 88), "Harbour note 20417 (2009)", "Report No. 1212, Harbour Board",
     * "Quay Laboratory Report: QL 404.", "Deliverable on quay contract 4711/88/QX/Z". Where every place the volume (or
     * issue) is written stands in such a designation -- a document word ("Report", "note", "contract", "TR", "Task"), then
     * at most two words of capitals or identifiers and a number word ("No.", "N.", ":"), then the number, possibly glued
     * to letters or slashes ("M88/12", "4711/88/QX/Z") -- it goes. A capitalised "Report" counts only after a word of a
     * report's kind ("Technical Report 92-43", "Tech. Report QLAB 7") or after punctuation with a number word or an
     * identifier between ("..., Report No. 4117"), since a series or a periodical may be named with the word ("Quiet
     * Institute Planning Report No. 212", "Weekly Harbour Report 55"), whose number is its volume; "Publ." or "Paper"
     * only with a number word ("Conf. Publ. No. 313").
     */
    static void designatedNumberIsNoVolume(ModelTokens t, LabelledFields f) {
        if (f.volume != null && onlyDesignated(t, f.volume)) {
            f.volume = null;
        }
        if (f.issue != null && onlyDesignated(t, f.issue)) {
            f.issue = null;
        }
    }

    private static boolean onlyDesignated(ModelTokens t, String v) {
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (t.word[k].equals(v) || LabelSpans.gluedRunStarts(t, k, v) && (k == 0 || !t.glued(k - 1))) {
                if (!designated(t, k)) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    /** Token k (a number) is the number of a document: see {@link #designatedNumberIsNoVolume}. */
    private static boolean designated(ModelTokens t, int k) {
        int b = k;
        while (b > 0 && t.glued(b - 1) && !t.word[b - 1].equals("(") && !t.word[b - 1].equals(",")) {
            b--; // "M88/12": the glued run the number stands in
        }
        boolean gluedRun = b < k;
        int j = b - 1;
        int identifiers = 0;
        boolean numberWord = false;
        while (j >= 0) {
            String w = t.word[j];
            if (NUMBER_WORD.matcher(w).matches() && !numberWord) {
                numberWord = true;
                j--;
                continue;
            }
            if (identifiers < 2 && identifier(w) && !numberWord) {
                // a word of capitals or an identifier, with the words glued to it ("UCB/ERL", "T-RA")
                while (j > 0 && t.glued(j - 1) && !t.word[j - 1].equals(",") && !t.word[j - 1].equals("(")) {
                    j--;
                }
                identifiers++;
                j--;
                continue;
            }
            break;
        }
        if (j < 0) {
            return false;
        }
        String head = t.word[j];
        if (DOCUMENT_WORD.matcher(head).matches()) {
            if (head.equals("Report") || head.equals("REPORT")) {
                // a series named with the word keeps its number ("Quiet Planning Report No. 12", "Weekly Report 55"):
                // the word before is a kind of report, punctuation or nothing
                String before = j > 0 ? t.word[j - 1] : ",";
                return KIND_BEFORE.matcher(before).matches()
                        || !Character.isLetterOrDigit(before.charAt(0)) && (numberWord || identifiers > 0 || gluedRun);
            }
            return !head.equals("report") || numberWord || identifiers > 0 || gluedRun
                    || j > 0 && KIND_BEFORE.matcher(t.word[j - 1]).matches();
        }
        return numberWord && WEAK_DOCUMENT_WORD.matcher(head).matches();
    }

    /** A word of capitals (two at least, "QLAB", "TR-QH") or of capitals and digits ("M88"), no lower-case letter. */
    private static boolean identifier(String w) {
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2 || upper == 1 && w.length() > 1 && LabelSpans.hasDigit(w);
    }

    /**
     * A dashed code that opens with a word of capitals numbers a document or a meeting's paper, not a volume: "QLAB
     * -2014-007" (a report series and its number, written with a space before the dash, as text extraction often
     * leaves it), "QVET -D0217" (a meeting's input document), "QHIC-812" (a conference's paper). Where every place the
     * volume (or issue) is written is a piece after a dash in a run of glued tokens that opens with a word of two
     * capitals or more, or with a dash that follows such a word after a space, it goes. A journal's volume glued to
     * its name without a dash ("QHEP04(2016)") stays, and so does an issue in parentheses ("Quiet Wkly Rep 47(QR-6)").
     */
    static void codePieceIsNoVolume(ModelTokens t, LabelledFields f) {
        if (f.volume != null && onlyCodePiece(t, f.volume)) {
            f.volume = null;
        }
        if (f.issue != null && onlyCodePiece(t, f.issue)) {
            f.issue = null;
        }
    }

    private static boolean onlyCodePiece(ModelTokens t, String v) {
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (t.word[k].equals(v)) {
                if (!codePiece(t, k)) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    private static boolean codePiece(ModelTokens t, int k) {
        int b = k;
        boolean dash = false;
        while (b > 0 && t.glued(b - 1) && !"(),;:".contains(t.word[b - 1])) {
            b--;
            dash |= t.word[b].equals("-");
        }
        if (!dash || b > 0 && t.word[b - 1].equals("(")) {
            return false; // "47(RR-6)": an issue in parentheses after the volume
        }
        String head = t.word[b];
        if (head.equals("-") && b > 0 && !t.glued(b - 1)) {
            head = t.word[b - 1]; // "QLAB -2014-007"
        }
        return capitals(head);
    }

    /** A word of two capitals or more and nothing else ("QLAB", "QVET"). */
    private static boolean capitals(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * A journal's volume with its issue in parentheses, "12(3)", after the journal, is the volume, not a number read
     * earlier in the title: "Quist B. Harbour series 173: silent cranes. Quiet Studies. 532(4): 131-132." (volume 532,
     * not 173), "Holm K. Noise of the past 420,000 years, Quiet Letters 30(22), 2146." Where the model's volume is a
     * number that stands only before the last "N(M)" of the reference -- N of one to four digits and no plausible year,
     * M of one to three digits or a range of them, after a separator or a word of the container -- and is not N, nor itself followed by
     * a parenthesis (a volume with its issue, where a second citation follows), N is the volume.
     */
    static void volumeBeforeParenIssue(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null) {
            return;
        }
        int n = -1;
        for (int k = t.count - 3; k >= 1; k--) {
            if (LabelSpans.digits(t.word[k]) && t.word[k].length() <= 4 && t.word[k + 1].equals("(")
                    && LabelSpans.digits(t.word[k + 2]) && t.word[k + 2].length() <= 3
                    && !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches()
                    && (LabelSpans.separator(t, k - 1) || y[k - 1] == RefLabel.CONTAINER)) {
                n = k;
                break;
            }
        }
        if (n < 0 || t.word[n].equals(f.volume)) {
            return;
        }
        for (int k = n; k < t.count; k++) {
            if (t.word[k].equals(f.volume) || LabelSpans.gluedRunStarts(t, k, f.volume)) {
                return;
            }
        }
        boolean before = false;
        for (int k = 0; k < n; k++) {
            if (t.word[k].equals(f.volume)) {
                if (k + 1 < n && t.word[k + 1].equals("(")) {
                    return; // the model's volume has its own issue: "Quiet Letters, 4(3), ... in Quiet Letters, 6 (3)"
                }
                before = true;
            }
        }
        if (before) {
            f.volume = t.word[n];
        }
    }

    /** A word that numbers a part of a text or a version of a program or database. */
    private static final Pattern SECTION_WORD = Pattern.compile(
            "Section|section|Sect\\.?|sect\\.|Article|article|Art\\.|Chapters?|chapters?|Chap\\.|version|Version|ver\\.|Ver\\.|§");

    /**
     * The number of a section, an article, a chapter or a version is no volume or issue: "Quiet Acts, Article 13(1)
     * ..." (neither 13 nor 1), "Quiet Harbours, 2nd ed., Section 6.4.3, pp. 20-28" (not 3), "Quay Database (ver.5
     * .2)" (not 2), "QuayFit (version 1.46)" (not 46), "(Chapters5 .5and 11)", "§1". Where every place the volume (or
     * issue) is written is a number in the run of digits, periods and parentheses right after such a word (glued, or a
     * period glued to the digits after it, as text extraction leaves "5 .2"), it goes.
     */
    static void sectionNumberIsNoVolume(ModelTokens t, LabelledFields f) {
        boolean[] in = null;
        for (int k = 0; k + 1 < t.count; k++) {
            if (!SECTION_WORD.matcher(t.word[k]).matches()) {
                continue;
            }
            int j = k + 1;
            if (t.word[j].equals(".") && j + 1 < t.count && t.glued(j)) {
                j++; // "Sect .37"
            }
            if (!LabelSpans.digits(t.word[j])) {
                continue;
            }
            if (in == null) {
                in = new boolean[t.count];
            }
            in[j] = true;
            for (int e = j + 1; e < t.count && e <= j + 8; e++) {
                String w = t.word[e];
                boolean next = t.glued(e - 1) || w.equals(".") && t.glued(e);
                if (!next || !(LabelSpans.digits(w) || w.equals(".") || w.equals("(") || w.equals(")"))) {
                    break;
                }
                in[e] = true;
            }
        }
        dropNumbersOnlyIn(t, in, f);
    }

    private static boolean onlyIn(ModelTokens t, boolean[] in, String v) {
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (t.word[k].equals(v)) {
                if (!in[k]) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    /**
     * Volume and issue written apart by spaces alone between the year and the pages: "Holm K. Quiet cranes. J Harb
     * Stud. 2004 34 3 126-131." (volume 34, issue 3). Where the year is followed by two numbers (up to four and up to
     * three digits) and a page range, all separated by spaces, and the model read the second number or nothing as the
     * volume, the first is the volume and the second the issue.
     */
    static void spacedVolumeIssueAfterYear(ModelTokens t, LabelledFields f) {
        for (int k = 0; k + 5 < t.count; k++) {
            if (!NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches() || t.word[k].length() != 4) {
                continue;
            }
            String v = t.word[k + 1];
            String i = t.word[k + 2];
            if (!LabelSpans.digits(v) || v.length() > 4 || !LabelSpans.digits(i) || i.length() > 3
                    || !LabelSpans.digits(t.word[k + 3]) || !t.word[k + 4].equals("-") || !LabelSpans.digits(t.word[k + 5])
                    || t.glued(k) || t.glued(k + 1) || t.glued(k + 2)) {
                continue;
            }
            if (f.volume == null || f.volume.equals(i)) {
                f.volume = v;
                if (f.issue == null) {
                    f.issue = i;
                }
            }
            return;
        }
    }

    /** A Roman numeral in capitals, two letters at least or one of V, X, L. */
    private static final Pattern ROMAN_VOLUME = Pattern.compile("[IVXLC]{2,}|[VXL]");

    /**
     * A volume in Roman numerals glued by a colon to its issue: "Quiet World XIV:4 (1994), 409-418." (volume XIV, issue
     * 4). Where the model read the issue's number as the volume, the numeral is the volume and the number the issue.
     */
    static void romanVolumeColonIssue(ModelTokens t, LabelledFields f) {
        if (f.volume == null || !LabelSpans.digits(f.volume)) {
            return;
        }
        for (int k = 0; k + 2 < t.count; k++) {
            if (ROMAN_VOLUME.matcher(t.word[k]).matches() && t.glued(k) && t.word[k + 1].equals(":") && t.glued(k + 1)
                    && t.word[k + 2].equals(f.volume) && (k + 3 >= t.count || !t.glued(k + 2))) {
                f.volume = t.word[k];
                if (f.issue == null) {
                    f.issue = t.word[k + 2];
                }
                return;
            }
        }
    }

    /** The word of a university, in the languages seen. */
    private static final Pattern UNIVERSITY = Pattern.compile("Universit[éey]|University|Univ\\.|Universidad|Università|Universität");

    /**
     * The volume, then the issue, goes where every place it is written in the reference is one marked in {@code in}
     * (null: none is).
     */
    private static void dropNumbersOnlyIn(ModelTokens t, boolean[] in, LabelledFields f) {
        if (in == null) {
            return;
        }
        if (f.volume != null && onlyIn(t, in, f.volume)) {
            f.volume = null;
        }
        if (f.issue != null && onlyIn(t, in, f.issue)) {
            f.issue = null;
        }
    }

    /**
     * A university numbered within its city is no volume or issue: "PhD thesis, Université Nantes 3, 1994." (not issue
     * 3), "Thèse, Univ. Quimper 2". Where every place the volume (or issue) is written is a number of one or two digits
     * right after a university word and one capitalised word, it goes.
     */
    static void universityNumberIsNoIssue(ModelTokens t, LabelledFields f) {
        boolean[] in = null;
        for (int k = 2; k < t.count; k++) {
            if (LabelSpans.digits(t.word[k]) && t.word[k].length() <= 2 && UNIVERSITY.matcher(t.word[k - 2]).matches()
                    && Character.isUpperCase(t.word[k - 1].charAt(0)) && t.word[k - 1].length() > 1) {
                if (in == null) {
                    in = new boolean[t.count];
                }
                in[k] = true;
            }
        }
        dropNumbersOnlyIn(t, in, f);
    }

    /**
     * A page mark after the end of a reference, as text extraction leaves the running foot of the page ("Quay Rev. D
     * 74, 113004 (2006). 1750137-9"), is no issue: where the reference ends with a number of six digits or more, a dash
     * and a number of one or two digits, after a closing parenthesis or period, an issue read from that last number
     * goes.
     */
    static void trailingPageMarkIsNoIssue(ModelTokens t, LabelledFields f) {
        int e = t.count - 1;
        if (f.issue == null || e < 3 || !t.word[e].equals(f.issue) || t.word[e].length() > 2 || !LabelSpans.digits(t.word[e])
                || !t.word[e - 1].equals("-") || !LabelSpans.digits(t.word[e - 2]) || t.word[e - 2].length() < 6
                || !(t.word[e - 3].equals(".") || t.word[e - 3].equals(")"))) {
            return;
        }
        for (int k = 0; k < e; k++) {
            if (t.word[k].equals(f.issue)) {
                return;
            }
        }
        f.issue = null;
    }

    /**
     * A French department's number after a place in capitals, "SAINT-QUAY (08)", is no volume or issue. Where every
     * place the volume (or issue) is written is a number of two digits with a leading zero, in parentheses, after a
     * word of capitals of five letters or more, it goes.
     */
    static void departmentCodeIsNoNumber(ModelTokens t, LabelledFields f) {
        boolean[] in = null;
        for (int k = 2; k + 1 < t.count; k++) {
            String w = t.word[k];
            if (w.length() == 2 && w.charAt(0) == '0' && Character.isDigit(w.charAt(1)) && t.word[k - 1].equals("(")
                    && t.word[k + 1].equals(")") && placeCapitals(t.word[k - 2])) {
                if (in == null) {
                    in = new boolean[t.count];
                }
                in[k] = true;
            }
        }
        dropNumbersOnlyIn(t, in, f);
    }

    /** A word of five capital letters or more, with hyphens allowed ("SAINT-QUAY"). */
    private static boolean placeCapitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c != '-') {
                return false;
            }
        }
        return letters >= 5;
    }

    /** A publisher item identifier: "S" or "B", the journal's ISSN, the year in parentheses, a number, a check digit. */
    private static final Pattern PII = Pattern.compile("[SB]\\d{4}-?\\d{3}[\\dXx]\\(\\d{2}\\)\\d{5}-?[\\dXx]");

    /**
     * A publisher item identifier ("art.nr. S1234-5678(17)30002-0", a journal's ISSN, the year and the article's
     * number) holds no volume, issue or pages. Where such an identifier is written (as glued tokens) and the volume,
     * the issue or the first page is a piece of it and written nowhere else, that field goes.
     */
    static void piiPiecesAreNoNumbers(ModelTokens t, LabelledFields f) {
        boolean[] in = null;
        for (int b = 0; b < t.count; b++) {
            if (!t.word[b].equals("S") && !t.word[b].equals("B")) {
                continue;
            }
            int e = b;
            while (e + 1 < t.count && t.glued(e) && e - b < 12) {
                e++;
                java.util.regex.Matcher m = PII.matcher(t.text.substring(t.start[b], t.end[e]));
                if (m.matches()) {
                    if (in == null) {
                        in = new boolean[t.count];
                    }
                    java.util.Arrays.fill(in, b, e + 1, true);
                    break;
                }
            }
        }
        if (in == null) {
            return;
        }
        dropNumbersOnlyIn(t, in, f);
        if (f.pageFirst != null && onlyIn(t, in, f.pageFirst)) {
            f.pageFirst = null;
            f.pageLast = null;
        }
    }
}
