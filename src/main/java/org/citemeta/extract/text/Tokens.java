package org.citemeta.extract.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Tokens and sentences of a normalised text, in parallel arrays (cheap to build, cheap to scan).
 * Words are letter runs (internal apostrophes kept: "O'Neill", "Xi'an"; the possessive is its own token "'s"),
 * numbers are digit runs (a letter/digit change splits: "Lindqvist1" -> "Lindqvist" "1"), every other
 * non-space character is a one-character token.
 */
public final class Tokens {
    public static final byte WORD = 1;
    public static final byte NUMBER = 2;
    public static final byte PUNCT = 3;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Dr", "Prof", "Mr", "Mrs", "Ms", "St", "Sr", "Jr", "vs", "al", "e", "i", "g", "Fig", "Figs", "No", "Nos",
            "Vol", "pp", "Eq", "Ref", "ref", "refs", "Sci", "Phys", "Rev", "Lett", "Natl", "Acad", "Proc", "Chem",
            "Soc", "Am", "Nat", "Inst", "Univ", "Dept", "Inc", "Ltd", "Co", "Corp", "approx", "ca", "cf", "Jan",
            "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ave", "Engl", "Med",
            "Biol", "Astrophys", "Commun", "Mater", "Photon", "Geophys", "Res", "Environ", "Int", "Ann", "Bull");

    public final String text;
    public int count;
    public int[] start;
    public int[] end;
    public byte[] kind;
    public String[] word;
    /** Sentence index of every token. */
    public int[] sentence;
    /** true if a line break separates token i from token i-1. */
    public boolean[] newlineBefore;
    /** true if a blank line (paragraph break) separates token i from token i-1. */
    public boolean[] paragraphBefore;
    public int sentenceCount;
    /** first token (inclusive) and last token (exclusive) of every sentence. */
    public int[] sentenceFrom;
    public int[] sentenceTo;

    private Tokens(String text) {
        this.text = text;
    }

    public static Tokens of(String text) {
        Tokens t = new Tokens(text);
        t.tokenize();
        t.splitSentences();
        return t;
    }

    public boolean isWord(int i) {
        return i >= 0 && i < count && kind[i] == WORD;
    }

    public boolean is(int i, String s) {
        return i >= 0 && i < count && word[i].equals(s);
    }

    /**
     * Elided articles written before a capitalised name, split off as words of their own ("l'" of "l'Université
     * Grenoble Alpes", "dell'" of "dell'Istituto"), so that the name begins a token; "d'Alembert" stays one word.
     */
    private static final java.util.Set<String> ELIDED_ARTICLES = java.util.Set.of("l", "dell", "all", "nell",
            "dall", "sull");

    /** Capitalised word: upper-case first letter (or "d'Astro..."-style elision before one). */
    public boolean isCap(int i) {
        if (!isWord(i)) {
            return false;
        }
        String w = word[i];
        char c = w.charAt(0);
        if (Character.isUpperCase(c)) {
            return true;
        }
        return w.length() > 2 && w.charAt(1) == '\'' && Character.isUpperCase(w.charAt(2));
    }

    public boolean isAllCaps(int i) {
        if (!isWord(i) || word[i].length() < 2) {
            return false;
        }
        String w = word[i];
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True if no whitespace separates token i from token i+1. */
    public boolean glued(int i) {
        return i >= 0 && i + 1 < count && end[i] == start[i + 1];
    }

    public boolean sentenceStart(int i) {
        return i >= 0 && i < count && sentenceFrom[sentence[i]] == i;
    }

    public int sentenceStartChar(int s) {
        return start[sentenceFrom[s]];
    }

    public int sentenceEndChar(int s) {
        return end[sentenceTo[s] - 1];
    }

    public String span(int from, int to) {
        return text.substring(start[from], end[to - 1]);
    }

    private void add(int s, int e, byte k) {
        if (count == start.length) {
            int cap = count * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            kind = Arrays.copyOf(kind, cap);
            word = Arrays.copyOf(word, cap);
        }
        start[count] = s;
        end[count] = e;
        kind[count] = k;
        word[count] = text.substring(s, e);
        count++;
    }

    private void tokenize() {
        int n = text.length();
        int cap = Math.max(16, n / 4);
        start = new int[cap];
        end = new int[cap];
        kind = new byte[cap];
        word = new String[cap];
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if (d == '\'' && j + 1 < n && Character.isUpperCase(text.charAt(j + 1))
                            && ELIDED_ARTICLES.contains(text.substring(i, j))) {
                        j++; // "l'Université", "dell'Istituto": the article is a word of its own, the name another
                        break;
                    } else if (d == '\'' && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                            && !(text.charAt(j + 1) == 's' && (j + 2 >= n || !Character.isLetter(text.charAt(j + 2))))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                add(i, j, WORD);
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                add(i, j, NUMBER);
                i = j;
            } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == 's'
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2))) && i > 0
                    && Character.isLetter(text.charAt(i - 1))) {
                add(i, i + 2, PUNCT); // possessive 's
                i += 2;
            } else {
                add(i, i + 1, PUNCT);
                i++;
            }
        }
        newlineBefore = new boolean[count];
        paragraphBefore = new boolean[count];
        for (int k = 1; k < count; k++) {
            int nl = 0;
            for (int p = end[k - 1]; p < start[k]; p++) {
                if (text.charAt(p) == '\n') {
                    nl++;
                }
            }
            newlineBefore[k] = nl > 0;
            paragraphBefore[k] = nl > 1;
        }
    }

    private boolean terminal(int i) {
        return kind[i] == PUNCT && (word[i].equals(".") || word[i].equals("!") || word[i].equals("?"));
    }

    private int lineLengthBefore(int k) { // length of the line that ends just before token k
        int e = end[k - 1];
        int s = text.lastIndexOf('\n', e - 1) + 1;
        return e - s;
    }

    private boolean referenceLine(int k) { // "1. Green, M. A. ... (2014)." style entry starting at token k
        if (!(kind[k] == NUMBER || is(k, "["))) {
            return false;
        }
        int lineEnd = text.indexOf('\n', start[k]);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(start[k], lineEnd);
        return line.matches("^(\\[\\d+\\]|\\d+\\.)\\s+\\p{Lu}.*\\b(19|20)\\d\\d\\b.*");
    }

    private void splitSentences() {
        sentence = new int[count];
        int[] from = new int[Math.max(4, count / 8)];
        int s = 0;
        from[0] = 0;
        int depth = 0;
        boolean inRef = count > 0 && referenceLine(0);
        for (int k = 1; k < count; k++) {
            if (is(k - 1, "(") || is(k - 1, "[")) {
                depth++;
            } else if ((is(k - 1, ")") || is(k - 1, "]")) && depth > 0) {
                depth--;
            }
            boolean boundary = false;
            if (paragraphBefore[k]) {
                boundary = true;
            } else if (newlineBefore[k]) {
                boolean prevTerminal = terminal(k - 1) || is(k - 1, ":") || is(k - 1, ";")
                        || (k >= 2 && (is(k - 1, "\"") || is(k - 1, ")")) && terminal(k - 2));
                boundary = prevTerminal || lineLengthBefore(k) < 60 || kind[k] == NUMBER
                        || is(k, "*") || is(k, "[") || is(k, "\u2022");
            } else if (!inRef && depth == 0) {
                int p = k - 1;
                if ((is(p, "\"") || is(p, ")")) && p > 0 && terminal(p - 1)) {
                    p--;
                }
                if (terminal(p) && p > 0 && (Character.isUpperCase(word[k].charAt(0)) || is(k, "\"")
                        || kind[k] == NUMBER)) {
                    boolean abbrev = word[p].equals(".") && isWord(p - 1) && glued(p - 1)
                            && (ABBREVIATIONS.contains(word[p - 1])
                            || (word[p - 1].length() == 1 && Character.isUpperCase(word[p - 1].charAt(0))));
                    boundary = !abbrev;
                }
            }
            if (boundary) {
                depth = 0;
                s++;
                if (s == from.length) {
                    from = Arrays.copyOf(from, s * 2);
                }
                from[s] = k;
                if (newlineBefore[k]) {
                    inRef = referenceLine(k);
                }
            }
            sentence[k] = s;
        }
        sentenceCount = count == 0 ? 0 : s + 1;
        sentenceFrom = Arrays.copyOf(from, sentenceCount);
        sentenceTo = new int[sentenceCount];
        for (int q = 0; q < sentenceCount; q++) {
            sentenceTo[q] = q + 1 < sentenceCount ? sentenceFrom[q + 1] : count;
        }
    }

    /**
     * Whether the word has the form of an acronym: 2 to 10 letters, the first a capital, at least two capitals and
     * at least half of them capitals ("CERN", "CNRS", "KNAW", "UiT", "NASA"; not "Ab", "Paris").
     */
    public static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 10 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLetter(c)) {
                return false;
            }
        }
        return upper >= 2 && upper * 2 >= s.length();
    }
}
