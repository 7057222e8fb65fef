package org.citemeta.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Post-labelling rules on where a title ends, written from the development errors of the AnyStyle corpus (issue 6,
 * session of 7 Dec 2026, helper F): a qualifier in brackets that closes the title ("(abstract)", "[in Chinese]"), a
 * title that runs on after its quoted head, a city read into the title's end before its state and the publisher.
 * Called once from {@link ModelFieldLabeller#assemble} on the assembled fields ({@link #apply}), at its end. Each rule
 * was measured alone on both evaluation corpora (see the citation README).
 */
final class TitleFormRules {
    private TitleFormRules() {
    }

    /** The rules in the order they were measured. */
    static void apply(String s, LabelledFields f) {
        bracketQualifier(s, f);
        quotedHead(s, f);
        cityBeforeState(s, f);
    }

    /** A bracket right after the title, closed and followed by the period or comma that ends the title. */
    private static final Pattern AFTER_TITLE = Pattern.compile("[?!]?\\s*([(\\[])([^()\\[\\]]{2,60})([)\\]])(?=\\.)");
    /** What a bracket after a title holds when it is not the title's: editors, an edition, a volume, pages, a number. */
    private static final Pattern NOT_TITLE_WORDS = Pattern.compile(
            "(?i)\\b(?:eds?|editors?|edited|hrsg|hg|dir|comp|trans|ed(?:ition)?|rev|vols?|volume|no|nr|pp?|pages?|issue|"
                    + "suppl|in press|forthcoming|submitted|accessed|retrieved|online|https?|dvd|cd|video|film|motion picture|audio|podcast|report|dissertation|thesis|translat\\w*|éd|director|producer)\\b|\\d+(?:st|nd|rd|th)\\b");

    /** APA's date in brackets before the title: a bracket after an APA title describes the work ("[DVD]", "(Report)"). */
    private static final Pattern APA_DATE = Pattern.compile("\\(\\s*(?:\\d{4}|n\\.\\s*d\\.)[^()]{0,20}\\)\\s*\\.?\\s*$");

    /**
     * A bracket that closes the title belongs to it: "Quiet Harbours: The Three Drafts (1801, 1803, 1822). London: Port
     * Press", "Tidal noise in small harbours [in Danish]. Harb Res. 2012;3:4-9", "Silent cranes on the quay (abstract).
     * Lunar Quay Science XI". The model stops the title before the bracket. Where the title is followed at once by a
     * bracket of at most 60 characters whose closing bracket is followed by a period or comma, the bracket is added to
     * the title, unless it holds the reference's year, a volume, issue or page read, or a word of editors, editions,
     * volumes, pages or access ("(Ed.)", "(2nd ed.)", "(Vol. 2)").
     */
    static void bracketQualifier(String s, LabelledFields f) {
        int p = titleStart(s, f);
        if (p < 0) {
            return;
        }
        int e = p + f.title.length();
        Matcher m = AFTER_TITLE.matcher(s);
        m.region(e, s.length());
        if (!m.lookingAt()) {
            return;
        }
        if (APA_DATE.matcher(s.substring(0, p)).find()) {
            return;
        }
        if ((m.group(1).equals("(")) != (m.group(3).equals(")"))) {
            return;
        }
        String in = m.group(2);
        if (NOT_TITLE_WORDS.matcher(in).find() || f.year != null && in.contains(f.year)
                || contains(in, f.volume) || contains(in, f.issue) || contains(in, f.pageFirst)) {
            return;
        }
        f.title = s.substring(p, m.end());
    }

    /** What joins a quoted head to the rest of its title: a colon, a period, a dash, or "in". */
    private static final Pattern HEAD_JOIN = Pattern.compile("\\s*(?:[:.]|\\s[-–]|\\sin)\\s+\\S");
    /**
     * Where a title that began with a quoted head ends: at a closing double quote before a comma or period (kept), or
     * before ". In", ", in" or a comma and an opening quote (the container's).
     */
    private static final Pattern HEAD_END = Pattern.compile("(\"(?=\\s*[,.]))|(?=\\.\\s+In:?\\s)|(?=,\\s+[Ii]n:?\\s)|(?=,\\s*[\"«])");

    private static final Pattern PUNCT = Pattern.compile("[\\s\\p{P}]*");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

    /**
     * A title that begins with a quoted phrase runs on after its closing quote: "\"Quiet Harbours\": Fishing Families
     * between the Tides\", in Alma Quist, ed., ...", "'Silent Cranes' in the Old Port. In Bram Stille, ...". The model
     * stops the title at the closing quote. Where the title is exactly a quoted phrase and its closing quote is followed
     * by a colon, a period, a dash or "in" and more words, the title runs on to a closing double quote before a comma or
     * period, or to ". In", ", in" or a comma and an opening quote, within 250 characters; not where the container or
     * the year would be taken in, nor where fewer than three words follow ("\"Quiet Cranes\". eng. In: ...": a language code).
     */
    static void quotedHead(String s, LabelledFields f) {
        int p = titleStart(s, f);
        if (p < 0) {
            return;
        }
        int e = p + f.title.length();
        int o = p > 0 && (s.charAt(p - 1) == '"' || s.charAt(p - 1) == '\'') ? p - 1
                : s.charAt(p) == '"' || s.charAt(p) == '\'' ? p : -1;
        if (o < 0 || o > 0 && Character.isLetterOrDigit(s.charAt(o - 1))) {
            return;
        }
        char q = s.charAt(o);
        int c = s.indexOf(q, o + 1);
        if (c < 0 || c > e || c < p || !PUNCT.matcher(s.substring(c + 1, Math.max(c + 1, e))).matches()) {
            return;
        }
        Matcher j = HEAD_JOIN.matcher(s);
        j.region(c + 1, s.length());
        if (!j.lookingAt()) {
            return;
        }
        Matcher m = HEAD_END.matcher(s);
        m.region(c + 1, Math.min(s.length(), c + 251));
        if (!m.find()) {
            return;
        }
        int end = m.group(1) != null ? m.end() : m.start();
        String run = s.substring(c + 1, end);
        boolean containerIsRun = f.container != null && PUNCT.matcher(run.replace(f.container, "")).matches();
        if (!containerIsRun && contains(run, f.container) || contains(run, f.year) || WORDS.matcher(run).results().count() < 3) {
            return;
        }
        f.title = s.substring(o, end);
        if (containerIsRun) {
            f.container = null;
        }
    }

    /** A state or district after a city, then the publisher's colon: ", D.C.:", ", Calif.:", ", NY:". */
    private static final Pattern STATE_COLON = Pattern.compile(",\\s*(?:D\\.\\s*C\\.|\\p{Lu}[a-z]{1,5}\\.|\\p{Lu}{2})\\s*:");
    /** The title's end after a comma: one to three capitalised words (a city). */
    private static final Pattern COMMA_CITY = Pattern.compile("[.,]*,\\s*\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}$");
    private static final Pattern LAST_CAP_WORD = Pattern.compile("\\s+\\p{Lu}\\p{Ll}{3,}$");

    /**
     * A city read into the end of the title, before its state and the publisher's colon: "On Quiet Harbours
     * Washington, D.C.: Port Press", "Still Waters., La Jolla, Calif.: Tide Books". Where the title is followed by a
     * comma, a state or district abbreviation ("D.C.", "Calif.", "NY") and a colon, the city goes: the capitalised words
     * after the title's last comma (up to three), or else the title's last word when it is capitalised.
     */
    static void cityBeforeState(String s, LabelledFields f) {
        int p = titleStart(s, f);
        if (p < 0) {
            return;
        }
        Matcher m = STATE_COLON.matcher(s);
        m.region(p + f.title.length(), s.length());
        if (!m.lookingAt()) {
            return;
        }
        Matcher c = COMMA_CITY.matcher(f.title);
        Matcher w = LAST_CAP_WORD.matcher(f.title);
        String cut = c.find() ? f.title.substring(0, c.start()) : w.find() ? f.title.substring(0, w.start()) : null;
        if (cut != null && WORDS.matcher(cut).results().count() >= 2) {
            f.title = cut;
        }
    }

    /** Where the title is written in {@code s}, or -1 when there is no title or it cannot be found. */
    private static int titleStart(String s, LabelledFields f) {
        return f.title == null ? -1 : s.indexOf(f.title);
    }

    private static boolean contains(String in, String v) {
        return v != null && in.contains(v);
    }
}
