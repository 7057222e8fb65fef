package org.citemeta.extract.citation;

/**
 * Post-processing rules of {@link ModelFieldLabeller#assemble} for Chinese, Japanese and Korean references: the units
 * written after numbers, titles and journals written as sentences. Each rule relabels the model's token labels
 * {@code y} in place; {@code assemble} calls them in a fixed order.
 */
final class CjkRules {
    private CjkRules() {
    }

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
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int j = number - 1;
        while (j >= 0 && (t.word[j].equals(",") || t.word[j].equals("."))) {
            j--;
        }
        int b = LabelSpans.wordBefore(t, j);
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
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
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
        int title = LabelSpans.last(t, y, RefLabel.TITLE);
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

    /** The word starts with a Han, Hiragana, Katakana or Hangul character. */
    static boolean cjk(String w) {
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
}
