package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Token features of the trained reference labeller: the word, its shape, affixes, dictionaries (given names,
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

    /** The feature strings of every token. */
    static List<String[]> extract(ModelTokens t, byte[] rule) {
        int n = t.count;
        String[] lower = new String[n];
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = t.word[i].toLowerCase(Locale.ROOT);
            shape[i] = shape(t.word[i]);
        }
        List<String[]> out = new ArrayList<>(n);
        int paren = 0;
        boolean quote = false;
        int periods = 0;
        int commas = 0;
        boolean yearSeen = false;
        boolean inSeen = false;
        for (int i = 0; i < n; i++) {
            String w = t.word[i];
            String lw = lower[i];
            List<String> f = new ArrayList<>(40);
            f.add("b");
            f.add("w=" + lw);
            f.add("s=" + shape[i]);
            String bare = lw.endsWith(".") ? lw.substring(0, lw.length() - 1) : lw;
            char c0 = w.charAt(0);
            if (Character.isLetter(c0) && bare.length() > 3) {
                f.add("p3=" + bare.substring(0, 3));
                f.add("x3=" + bare.substring(bare.length() - 3));
            }
            if (Character.isLetter(c0)) {
                if (AuthorScanner.GIVEN_NAMES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)) {
                    f.add("given");
                }
                if (Abbreviations.isJournalWord(bare)) {
                    f.add("jword" + (w.endsWith(".") ? "." : ""));
                }
                if (MONTHS.contains(bare)) {
                    f.add("month");
                }
                if (KEYWORDS.contains(bare)) {
                    f.add("kw=" + bare);
                }
                if (Abbreviations.PUBLISHER_WORDS.contains(bare)) {
                    f.add("pubword");
                }
                if (AuthorScanner.PARTICLES.contains(w)) {
                    f.add("particle");
                }
                if (Abbreviations.CONNECTORS.contains(bare)) {
                    f.add("conn");
                }
            } else if (Character.isDigit(c0)) {
                int len = w.length();
                f.add("nd=" + Math.min(len, 7));
                if (len == 4 || (len == 5 && Character.isLetter(w.charAt(4)))) {
                    int y = parse4(w);
                    if (y >= 1600 && y <= 2030) {
                        f.add("yearlike");
                    }
                }
            } else if (w.length() > 6) {
                f.add("ident=" + (lw.startsWith("10.") || lw.startsWith("doi") ? "doi" : lw.startsWith("arxiv") ? "arxiv" : "url"));
            }
            // position and context
            f.add("pos=" + (10 * i / Math.max(1, n)));
            int fromEnd = n - 1 - i;
            f.add("end=" + (fromEnd < 3 ? fromEnd : fromEnd < 6 ? 4 : fromEnd < 12 ? 7 : 12));
            f.add("per=" + Math.min(periods, 6));
            f.add("com=" + Math.min(commas, 6));
            if (paren > 0) {
                f.add("inparen");
            }
            if (quote) {
                f.add("inquote");
            }
            if (yearSeen) {
                f.add("yearbefore");
            }
            if (inSeen) {
                f.add("inbefore");
            }
            f.add("g=" + (i > 0 && t.glued(i - 1) ? "L" : "-") + (t.glued(i) ? "R" : "-"));
            // window
            f.add("w-1=" + (i > 0 ? lower[i - 1] : "<s>"));
            f.add("w+1=" + (i + 1 < n ? lower[i + 1] : "</s>"));
            f.add("w-2=" + (i > 1 ? lower[i - 2] : "<s>"));
            f.add("w+2=" + (i + 2 < n ? lower[i + 2] : "</s>"));
            f.add("s-1=" + (i > 0 ? shape[i - 1] : "<s>"));
            f.add("s+1=" + (i + 1 < n ? shape[i + 1] : "</s>"));
            f.add("s-1s+1=" + (i > 0 ? shape[i - 1] : "<s>") + "|" + shape[i] + "|" + (i + 1 < n ? shape[i + 1] : "</s>"));
            f.add("w-1w=" + (i > 0 ? lower[i - 1] : "<s>") + "|" + lw);
            f.add("ww+1=" + lw + "|" + (i + 1 < n ? lower[i + 1] : "</s>"));
            if (rule != null) {
                String r = RefLabel.NAMES.get(rule[i]);
                f.add("r=" + r);
                f.add("r-1=" + (i > 0 ? RefLabel.NAMES.get(rule[i - 1]) : "<s>") + "|" + r);
                f.add("r+1=" + r + "|" + (i + 1 < n ? RefLabel.NAMES.get(rule[i + 1]) : "</s>"));
                f.add("rs=" + r + "|" + shape[i]);
            }
            out.add(f.toArray(new String[0]));
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
            if (f.contains("yearlike")) {
                yearSeen = true;
            }
            if (lw.equals("in") || lw.equals("in:")) {
                inSeen = true;
            }
        }
        return out;
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
