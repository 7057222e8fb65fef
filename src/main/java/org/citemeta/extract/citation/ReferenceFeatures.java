package org.citemeta.extract.citation;

import java.util.Locale;
import java.util.Set;

/**
 * Token features of the trained reference labeller, each a 64-bit hash of its template and value: the word, its shape, affixes, dictionaries (given names,
 * journal abbreviation words, months, publisher words), position, punctuation context (parentheses, quotes,
 * periods and commas before it), a window of two tokens either side, and the field the rule-based labeller gave
 * the token (so the model learns when to trust the rules). Shared by training (test scope) and inference.
 */
final class ReferenceFeatures {
    private ReferenceFeatures() {
    }

    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december", "spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> KEYWORDS = Set.of("vol", "vols", "no", "nos", "pp", "p", "in", "eds", "ed", "edn",
            "edition", "editor", "editors", "edited", "by", "doi", "retrieved", "available", "accessed", "from", "at",
            "thesis", "dissertation", "phd", "report", "tech", "technical", "proc", "proceedings", "conference",
            "conf", "symposium", "workshop", "press", "university", "univ", "publishers", "publishing", "arxiv",
            "preprint", "et", "al", "and", "&", "journal", "j", "url", "online", "volume", "issue", "number", "pages",
            "page", "chapter", "ch", "hrsg", "s", "bd", "in:", "submitted", "press,", "forthcoming");

    // feature templates (hashed with their values: no string is built per feature)
    static final int BIAS = 1, WORD = 2, SHAPE = 3, PREFIX = 4, SUFFIX = 5, GIVEN = 6, JWORD = 7, JWORD_DOT = 8,
            MONTH = 9, KEYWORD = 10, PUBWORD = 11, PARTICLE = 12, CONNECTOR = 13, DIGITS = 14, YEARLIKE = 15,
            IDENT = 16, POS = 17, END = 18, PERIODS = 19, COMMAS = 20, IN_PAREN = 21, IN_QUOTE = 22, YEAR_BEFORE = 23,
            IN_BEFORE = 24, GLUE = 25, W_M1 = 26, W_P1 = 27, W_M2 = 28, W_P2 = 29, S_M1 = 30, S_P1 = 31, S_TRI = 32,
            W_BI_L = 33, W_BI_R = 34, RULE = 35, RULE_L = 36, RULE_R = 37, RULE_SHAPE = 38, NEXT_SEP = 39,
            AFTER_SEP = 40, SEG_CAPS = 41, PREV_SEP = 42;
    // edge templates (features of the boundary between two tokens, weighted per label pair)
    static final int E_RULE = 101, E_PREV_CUR = 102, E_PREV_WORD = 103;
    private static final String BOS = "<s>";
    private static final String EOS = "</s>";

    static long mix(long a, long b) {
        long h = (a + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L ^ b;
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 29;
        return h == 0 ? 1 : h;
    }

    static long key(int template) {
        return mix(template, 0);
    }

    static long key(int template, String v) {
        return mix(mix(template, v.hashCode()), v.length());
    }

    static long key(int template, int v) {
        return mix(mix(template, v), -1);
    }

    static long key(int template, String a, int b) {
        return mix(key(template, a), b);
    }

    static long key(int template, String a, String b) {
        return mix(key(template, a), key(template, b));
    }

    static long key(int template, String a, String b, String c) {
        return mix(key(template, a, b), key(template, c));
    }

    /** The hashed features of every token (lexical features left out where {@code dropWord[i]}, training only). */
    static long[][] extract(ModelTokens t, byte[] rule, boolean[] dropWord) {
        int n = t.count;
        String[] lower = new String[n];
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = t.word[i].toLowerCase(Locale.ROOT);
            shape[i] = shape(t.word[i]);
        }
        // segments between punctuation tokens and sentence ends ("setting.", not "J." or "Phys."): what ends a
        // segment, what follows it, how capitalised it is (a journal is a capitalised segment followed by numbers, a
        // title a longer one followed by a capital)
        int[] nextSep = new int[n];
        int[] segCaps = new int[n];
        String[] sepWord = new String[n];
        int segStart = 0;
        for (int i = 0; i <= n; i++) {
            boolean punct = i < n && isSep(t.word[i]);
            boolean sentence = i < n && !punct && sentenceEnd(t.word[i]);
            if (i == n || punct || sentence) {
                int last = sentence ? i : i - 1;
                int words = 0;
                int caps = 0;
                for (int k = segStart; k <= last; k++) {
                    char c = t.word[k].charAt(0);
                    if (Character.isLetter(c)) {
                        words++;
                        if (Character.isUpperCase(c) || !Character.isLowerCase(c) && c > 0x2000) {
                            caps++;
                        }
                    }
                }
                int cls = words == 0 ? 0 : caps == words ? 1 : 2 * caps >= words ? 2 : caps > 0 ? 3 : 4;
                int v = cls * 4 + (words <= 1 ? 0 : words <= 3 ? 1 : words <= 6 ? 2 : 3);
                String sw = i == n ? EOS : sentence ? "." : t.word[i];
                for (int k = segStart; k <= last; k++) {
                    nextSep[k] = sentence ? i + 1 : i;
                    segCaps[k] = v;
                    sepWord[k] = sw;
                }
                if (punct) {
                    segCaps[i] = -1;
                }
                segStart = i + 1;
            }
        }
        long[][] out = new long[n][];
        long[] f = new long[52];
        int prevSep = -1;
        int paren = 0;
        boolean quote = false;
        int periods = 0;
        int commas = 0;
        boolean yearSeen = false;
        boolean inSeen = false;
        for (int i = 0; i < n; i++) {
            String w = t.word[i];
            String lw = lower[i];
            boolean lexical = dropWord == null || !dropWord[i];
            boolean yearlike = false;
            int m = 0;
            f[m++] = key(BIAS);
            if (lexical) {
                f[m++] = key(WORD, lw);
            }
            f[m++] = key(SHAPE, shape[i]);
            String bare = lw.endsWith(".") ? lw.substring(0, lw.length() - 1) : lw;
            char c0 = w.charAt(0);
            if (lexical && Character.isLetter(c0) && bare.length() > 3) {
                f[m++] = key(PREFIX, bare.substring(0, 3));
                f[m++] = key(SUFFIX, bare.substring(bare.length() - 3));
            }
            if (Character.isLetter(c0)) {
                if (AuthorScanner.GIVEN_NAMES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)) {
                    f[m++] = key(GIVEN);
                }
                if (Abbreviations.isJournalWord(bare)) {
                    f[m++] = key(w.endsWith(".") ? JWORD_DOT : JWORD);
                }
                if (MONTHS.contains(bare)) {
                    f[m++] = key(MONTH);
                }
                if (KEYWORDS.contains(bare)) {
                    f[m++] = key(KEYWORD, bare);
                }
                if (Abbreviations.PUBLISHER_WORDS.contains(bare)) {
                    f[m++] = key(PUBWORD);
                }
                if (AuthorScanner.PARTICLES.contains(w)) {
                    f[m++] = key(PARTICLE);
                }
                if (Abbreviations.CONNECTORS.contains(bare)) {
                    f[m++] = key(CONNECTOR);
                }
            } else if (Character.isDigit(c0)) {
                int len = w.length();
                f[m++] = key(DIGITS, Math.min(len, 7));
                if (len == 4 || (len == 5 && Character.isLetter(w.charAt(4)))) {
                    int y = parse4(w);
                    if (y >= 1600 && y <= 2030) {
                        f[m++] = key(YEARLIKE);
                        yearlike = true;
                    }
                }
            } else if (w.length() > 6) {
                f[m++] = key(IDENT, lw.startsWith("10.") || lw.startsWith("doi") ? 1 : lw.startsWith("arxiv") ? 2 : 3);
            }
            f[m++] = key(POS, 10 * i / Math.max(1, n));
            int fromEnd = n - 1 - i;
            f[m++] = key(END, fromEnd < 3 ? fromEnd : fromEnd < 6 ? 4 : fromEnd < 12 ? 7 : 12);
            f[m++] = key(PERIODS, Math.min(periods, 6));
            f[m++] = key(COMMAS, Math.min(commas, 6));
            if (paren > 0) {
                f[m++] = key(IN_PAREN);
            }
            if (quote) {
                f[m++] = key(IN_QUOTE);
            }
            if (yearSeen) {
                f[m++] = key(YEAR_BEFORE);
            }
            if (inSeen) {
                f[m++] = key(IN_BEFORE);
            }
            f[m++] = key(GLUE, (i > 0 && t.glued(i - 1) ? 2 : 0) + (t.glued(i) ? 1 : 0));
            String wm1 = i > 0 ? lower[i - 1] : BOS;
            String wp1 = i + 1 < n ? lower[i + 1] : EOS;
            String sm1 = i > 0 ? shape[i - 1] : BOS;
            String sp1 = i + 1 < n ? shape[i + 1] : EOS;
            f[m++] = key(W_M1, wm1);
            f[m++] = key(W_P1, wp1);
            f[m++] = key(W_M2, i > 1 ? lower[i - 2] : BOS);
            f[m++] = key(W_P2, i + 2 < n ? lower[i + 2] : EOS);
            f[m++] = key(S_M1, sm1);
            f[m++] = key(S_P1, sp1);
            f[m++] = key(S_TRI, sm1, shape[i], sp1);
            if (lexical) {
                f[m++] = key(W_BI_L, wm1, lw);
                f[m++] = key(W_BI_R, lw, wp1);
            }
            if (rule != null) {
                String r = RefLabel.NAMES.get(rule[i]);
                f[m++] = key(RULE, r);
                f[m++] = key(RULE_L, i > 0 ? RefLabel.NAMES.get(rule[i - 1]) : BOS, r);
                f[m++] = key(RULE_R, r, i + 1 < n ? RefLabel.NAMES.get(rule[i + 1]) : EOS);
                f[m++] = key(RULE_SHAPE, r, shape[i]);
            }
            if (segCaps[i] >= 0) {
                // j: the first token after the segment's end (after the separator, or after a sentence-final word)
                int j = sepWord[i].equals(".") ? nextSep[i] : nextSep[i] + 1;
                int d = nextSep[i] - i;
                f[m++] = key(NEXT_SEP, sepWord[i], d <= 2 ? d : d <= 4 ? 4 : d <= 8 ? 8 : 9);
                f[m++] = key(AFTER_SEP, j >= n ? "E" : sepClass(t.word[j]));
                f[m++] = key(SEG_CAPS, segCaps[i]);
                f[m++] = key(PREV_SEP, prevSep < 0 ? BOS : t.word[prevSep]);
            } else {
                prevSep = i;
            }
            out[i] = java.util.Arrays.copyOf(f, m);
            // state after the token
            if (w.equals("(") || w.equals("[")) {
                paren++;
            } else if ((w.equals(")") || w.equals("]")) && paren > 0) {
                paren--;
            } else if (w.equals("\"")) {
                quote = !quote;
            } else if (w.equals(",")) {
                commas++;
            }
            if (w.endsWith(".") || w.equals("?") || w.equals("!")) {
                periods++;
            }
            if (yearlike) {
                yearSeen = true;
            }
            if (lw.equals("in") || lw.equals("in:")) {
                inSeen = true;
            }
        }
        return out;
    }

    /**
     * The features of each boundary, between token i - 1 and token i (none for the first token), which the model
     * weighs per pair of labels: the rules' labels on both sides, what ends the previous token (punctuation, a
     * sentence-final word, an abbreviation) against what kind of token follows, and a punctuation or keyword
     * before ("in", "pp.", ",") against what follows. So the model learns where fields change, not only what each
     * token is: "... gravitational wave detector Class. Quantum" and "... detector. Class. Quantum" differ here.
     */
    static long[][] edges(ModelTokens t, byte[] rule) {
        int n = t.count;
        long[][] out = new long[n][];
        if (n > 0) {
            out[0] = new long[0];
        }
        for (int i = 1; i < n; i++) {
            String prev = t.word[i - 1];
            String cur = t.word[i];
            String curClass = sepClass(cur);
            String bare = cur.endsWith(".") ? cur.substring(0, cur.length() - 1) : cur;
            if (Character.isLetter(cur.charAt(0)) && Abbreviations.isJournalWord(bare)) {
                curClass += "J";
            }
            String prevClass = isSep(prev) ? prev : !prev.endsWith(".") ? "w" : sentenceEnd(prev) ? "s." : "a.";
            if (t.glued(i - 1)) {
                prevClass += "g";
            }
            long[] f = new long[3];
            int m = 0;
            if (rule != null) {
                f[m++] = key(E_RULE, RefLabel.NAMES.get(rule[i - 1]), RefLabel.NAMES.get(rule[i]));
            }
            f[m++] = key(E_PREV_CUR, prevClass, curClass);
            String lp = prev.toLowerCase(Locale.ROOT);
            String lpBare = lp.endsWith(".") ? lp.substring(0, lp.length() - 1) : lp;
            if (isSep(prev) || KEYWORDS.contains(lpBare)) {
                f[m++] = key(E_PREV_WORD, lp, curClass);
            }
            out[i] = m == f.length ? f : java.util.Arrays.copyOf(f, m);
        }
        return out;
    }

    private static boolean isSep(String w) {
        return w.length() == 1 && ".,:;()[]\"'".indexOf(w.charAt(0)) >= 0;
    }

    /** A word that ends a sentence: "setting.", "Systems."; not an initial or a journal abbreviation ("J.", "Phys."). */
    private static boolean sentenceEnd(String w) {
        int len = w.length();
        if (len < 4 || w.charAt(len - 1) != '.') {
            return false;
        }
        String bare = w.substring(0, len - 1).toLowerCase(Locale.ROOT);
        return Character.isLowerCase(w.charAt(0)) || len >= 6 && !Abbreviations.isJournalWord(bare);
    }

    /** What kind of token follows a separator: digits, a capitalised word, a lower-case word, punctuation. */
    private static String sepClass(String w) {
        char c = w.charAt(0);
        return Character.isDigit(c) ? "d" : Character.isUpperCase(c) ? "X" : Character.isLetter(c) ? "x" : "p";
    }

    private static int parse4(String w) {
        int y = 0;
        for (int k = 0; k < 4; k++) {
            char c = w.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + (c - '0');
        }
        return y;
    }

    /** "Smith" -> "Xx", "J." -> "X.", "2005" -> "dddd", "e1234" -> "xd", "Phys." -> "Xx."; punctuation as is. */
    static String shape(String w) {
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        int digits = 0;
        boolean allDigits = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char s;
            if (Character.isUpperCase(c)) {
                s = 'X';
            } else if (c >= '\uac00' && c <= '\ud7a3') {
                s = 'h'; // Hangul
            } else if (c >= '\u3040' && c <= '\u9fff') {
                s = 'c'; // Kana and Han
            } else if (Character.isLetter(c)) {
                s = 'x';
            } else if (Character.isDigit(c)) {
                s = 'd';
                digits++;
            } else {
                s = c;
            }
            if (s != 'd') {
                allDigits = false;
            }
            if (s != last || s == '.') {
                b.append(s);
            }
            last = s;
        }
        if (allDigits) {
            return digits <= 4 ? "d".repeat(digits) : "d5+";
        }
        if (b.length() > 6) {
            b.setLength(6);
        }
        return b.toString();
    }
}
