package org.citemeta.extract.citation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layouts of reference lists beyond the plain "References" heading over numbered or one-per-line entries
 * (thirteenth session, helper X1): HTML-ish markup around headings and
 * entries, markdown bullets, page numbers and page footers inside a list, and the end of an unnumbered list at a
 * figure caption or a paragraph that is no reference.
 */
final class ReferenceListLayouts {
    private ReferenceListLayouts() {
    }

    /** Most unlabelled lines after a page break that still continue the numbered entry before it. */
    static final int PAGE_BREAK_LINES = 3;

    /** Fewest entries of an unnumbered list at the document's end without a heading. */
    static final int MIN_HEADLESS = 3;

    /** An alphabetic list label of the BibTeX "alpha" style, inside brackets: "Lin17", "MP14", "Smi+19a". */
    static final String ALPHA_LABEL = "\\p{Lu}[\\p{L}+]{0,7}\\d{2}(?:\\d{2})?[a-z]?";
    /** A citation of one alphabetic label, "[Lin17]"; linked only when a list entry has that label. */
    static final Pattern ALPHA_MARKER = Pattern.compile("\\[(" + ALPHA_LABEL + ")\\]");

    /** Tags of HTML-ish text around a heading or an entry ("<h2>", "</li>", "<br/>"). */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,9}(?:\\s[^<>\\n]{0,200})?/?>");
    /** A markdown bullet: "- ", "* ", "• " (not a ditto mark "- - -."). */
    private static final Pattern BULLET = Pattern.compile("^[-*\u2022\u25aa][ \\t]+(?![-_*])");
    /** A line that is a page number or a page footer: "14", "- 14 -", "Page 7 of 9", "p. 7". */
    private static final Pattern PAGE_LINE = Pattern.compile(
            "^[ \\t]*(?:\\d{1,4}|[-\u2013][ \\t]?\\d{1,4}[ \\t]?[-\u2013]|(?:[Pp]age|[Pp]\\.)[ \\t]?\\d{1,4}(?:[ \\t]?(?:of|/)[ \\t]?\\d{1,4})?)[ \\t]*$");
    /** A figure or table caption: "Figure 2. ...", "Table 1: ...", "Fig. 3 ...". */
    private static final Pattern CAPTION = Pattern.compile("^(?:Fig(?:ure)?s?\\.?|Table|Plate|Scheme|Box)[ \\t]+[A-Z]?\\d{1,3}\\b");
    private static final Pattern YEAR_OR_LINK = Pattern.compile(
            "(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)|\\bn\\.\\s?d\\.|https?://|doi|\\bin press\\b|forthcoming");

    /** A heading line without its HTML tags ("<h2>References</h2>" is "References"). */
    static String withoutTags(String line) {
        return line.indexOf('<') < 0 ? line : TAG.matcher(line).replaceAll(" ").trim();
    }

    /** Whether the line is a page number or a page footer inside a list ("14", "- 14 -", "Page 7 of 9"). */
    static boolean pageLine(String line) {
        return PAGE_LINE.matcher(line).matches();
    }

    private static final Pattern OL = Pattern.compile("(?i)<ol(?:\\s[^<>\\n]{0,200})?>");
    private static final Pattern LI_BEFORE = Pattern.compile("(?i)<li(?:\\s[^<>\\n]{0,200})?>\\s*$");

    /**
     * Whether unnumbered entries are the items of an HTML ordered list: an {@code <ol>} tag between the list's start
     * and the first entry, and every entry right after an {@code <li>} tag (a reader sees them numbered 1, 2, 3 ...).
     */
    static boolean orderedHtmlList(String doc, int listStart, java.util.List<Integer> entryStarts) {
        if (entryStarts.isEmpty() || !OL.matcher(doc.substring(listStart, entryStarts.get(0))).find()) {
            return false;
        }
        for (int start : entryStarts) {
            int ls = Math.max(listStart, doc.lastIndexOf('\n', start - 1) + 1);
            if (!LI_BEFORE.matcher(doc.substring(ls, start)).find()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line is blank or holds nothing but markup ("<ol>", "</body></html>"). */
    static boolean noContent(String line) {
        if (line.isBlank()) {
            return true;
        }
        return line.indexOf('<') >= 0 && withoutTags(line).isBlank();
    }

    /** Offset into {@code line} after leading tags, white space and a bullet. */
    static int contentStart(String line) {
        int k = afterLeadingTags(line);
        Matcher b = BULLET.matcher(line.substring(k));
        if (b.find()) {
            k += b.end();
        }
        return k;
    }

    /** Whether the line (after leading tags and space) opens with a bullet. */
    static boolean bulleted(String line) {
        return BULLET.matcher(line.substring(afterLeadingTags(line))).find();
    }

    /** Length of {@code line} without trailing tags ("...(2017).</li>", "...<br>"). */
    static int contentEnd(String line) {
        if (line.indexOf('>') < 0) {
            return line.length();
        }
        int e = line.length();
        while (true) { // one tag at a time from the end (a repeated group would recurse once per tag)
            while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
                e--;
            }
            int lt = e > 0 && line.charAt(e - 1) == '>' ? line.lastIndexOf('<', e - 1) : -1;
            if (lt < 0 || !TAG.matcher(line).region(lt, e).matches()) {
                return e;
            }
            e = lt;
        }
    }

    /** Offset after leading white space and tags, one tag at a time. */
    private static int afterLeadingTags(String line) {
        int k = 0;
        Matcher m = TAG.matcher(line);
        while (true) {
            while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
                k++;
            }
            if (k >= line.length() || line.charAt(k) != '<' || !m.region(k, line.length()).lookingAt()) {
                return k;
            }
            k = m.end();
        }
    }

    /** An entry's text ({@code doc} from {@code from} to {@code to}) without page lines and running headers inside it
     * and without tags ("<i>Nature</i>"). */
    static String entryText(String doc, int from, int to) {
        String text = doc.substring(from, to);
        if (text.indexOf('\n') < 0) {
            return withoutTags(text);
        }
        StringBuilder b = new StringBuilder(text.length());
        int a = from;
        while (a <= to) {
            int nl = doc.indexOf('\n', a);
            int e = nl < 0 || nl > to ? to : nl;
            if (!skipLine(doc, a, e)) {
                b.append(withoutTags(doc.substring(a, e))).append('\n');
            }
            a = e + 1;
        }
        return b.toString();
    }

    /**
     * A link broken by a line wrap: a URL or DOI whose line ends after "/", ".", "_", "=", "?", "&" or "#" and whose
     * next line goes on with a lower-case letter or a digit ("https://doi.org/10.5281/" + "zenodo.1234567").
     */
    private static final Pattern WRAPPED_LINK = Pattern.compile(
            "((?:https?://|www\\.|doi:\\s?|\\b10\\.\\d{4,9}/)[^\\s]{0,300}[/._=?&#])[ \\t]*\\r?\\n\\s*(?=[\\p{Ll}\\d])");

    /**
     * The text of an entry with its links whole: a URL has no white space, so a line break after a character a link
     * goes on from (see {@link #WRAPPED_LINK}) is a wrap inside the link, not a space.
     */
    static String joinWrappedLinks(String text) {
        return text.indexOf('\n') < 0 ? text : WRAPPED_LINK.matcher(text).replaceAll("$1");
    }

    /** A page number or footer line, or a running header next to one ({@link #runningHeader}). */
    static boolean skipLine(String doc, int start, int end) {
        return pageLine(doc.substring(start, end)) || runningHeader(doc, start, end);
    }

    /**
     * A running header or footer of a PDF page inside a list: a line next to a page-number line whose text stands as a
     * line of its own elsewhere in the document ("Journal of Coastal Studies 12 (2021)" on every page).
     */
    static boolean runningHeader(String doc, int start, int end) {
        boolean pageBefore = start >= 2 && pageLine(doc.substring(doc.lastIndexOf('\n', start - 2) + 1, start - 1));
        int nextEnd = end < doc.length() ? doc.indexOf('\n', end + 1) : -1;
        boolean pageAfter = end < doc.length() && pageLine(doc.substring(end + 1, nextEnd < 0 ? doc.length() : nextEnd));
        if (!pageBefore && !pageAfter) {
            return false;
        }
        String line = doc.substring(start, end).strip();
        if (line.length() < 8) {
            return false;
        }
        for (int at = doc.indexOf(line); at >= 0; at = doc.indexOf(line, at + 1)) { // the first other whole-line use
            int ls = doc.lastIndexOf('\n', at - 1) + 1;
            int le = doc.indexOf('\n', at);
            if ((at < start || at >= end) && doc.substring(ls, le < 0 ? doc.length() : le).strip().equals(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a paragraph after a blank line ends an unnumbered list: a caption ("Table 1. Sites ..."), or a paragraph
     * with no year, "n.d.", link or "in press" (an author's biography, a remark).
     */
    static boolean endsUnnumberedList(String paragraphFirstLine, String paragraph) {
        return CAPTION.matcher(paragraphFirstLine.strip()).find() || !YEAR_OR_LINK.matcher(paragraph).find();
    }
}
