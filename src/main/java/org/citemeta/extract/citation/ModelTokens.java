package org.citemeta.extract.citation;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens seen by the trained labeller: an identifier (URL, DOI, arXiv id) is one token, a word keeps its trailing
 * period ("J.", "Lett."), a number keeps a lower-case prefix or suffix ("e1234", "2005a"), a single capital glued to
 * a number is a token of its own ("D46" is "D" "46": a journal section and a volume), every other character is a
 * token of its own. Offsets index the string given to {@link #of(String)}.
 */
final class ModelTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:https?://|www\\.)\\S+|(?i:doi:?\\s?)?10\\.\\d{4,9}/\\S+|(?i:arxiv):\\s?\\S+"
                    + "|\\p{Lu}(?=\\d{1,5}(?![\\p{L}\\d]))"
                    + "|[a-z]{0,2}\\d+[a-z]?(?![\\p{L}\\d])|[A-Z]{2}\\d+[a-z]?(?![\\p{L}\\d])"
                    + "|" + RefTokens.WORD + "|\\d+|\\S");

    final String text;
    final String[] word;
    final int[] start;
    final int[] end;
    final int count;

    private ModelTokens(String text, String[] word, int[] start, int[] end, int count) {
        this.text = text;
        this.word = word;
        this.start = start;
        this.end = end;
        this.count = count;
    }

    static ModelTokens of(String text) {
        int cap = 16;
        int[] st = new int[cap];
        int[] en = new int[cap];
        int n = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (n == st.length) {
                st = Arrays.copyOf(st, n * 2);
                en = Arrays.copyOf(en, n * 2);
            }
            int b = m.start();
            int e = m.end();
            // a final period or comma of an identifier is punctuation, not part of it
            if (e - m.start() > 8 && (m.group().startsWith("http") || m.group().startsWith("10.")
                    || m.group().regionMatches(true, 0, "doi", 0, 3) || m.group().regionMatches(true, 0, "arxiv", 0, 5)
                    || m.group().startsWith("www."))) {
                while (e > b + 1 && ".,;)]".indexOf(text.charAt(e - 1)) >= 0) {
                    e--;
                }
                if (e < m.end()) {
                    m.region(e, text.length());
                }
            }
            st[n] = b;
            en[n] = e;
            n++;
        }
        String[] w = new String[n];
        for (int i = 0; i < n; i++) {
            w[i] = text.substring(st[i], en[i]);
        }
        return new ModelTokens(text, w, st, en, n);
    }

    /** No space between token i and token i+1. */
    boolean glued(int i) {
        return i + 1 < count && end[i] == start[i + 1];
    }
}
