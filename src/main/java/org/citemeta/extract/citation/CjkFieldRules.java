package org.citemeta.extract.citation;

/**
 * Post-processing rules of {@link ModelFieldLabeller#assemble} for Chinese, Japanese and Korean references written
 * with commas between their fields ("저자, 제목, 학술지, 제19권 제7호, 86-87쪽"): where the journal is, when the model ran
 * it into the title or left it without a field. Each rule relabels the model's token labels {@code y} in place.
 */
final class CjkFieldRules {
    private CjkFieldRules() {
    }

    /**
     * In a reference written "author, title, journal, numbers", the journal is the one word between the last comma and
     * the comma before the numbers: where the model ran title and journal into one field, title or container ("論文題目,
     * 學報名, 2017年第5期", "물, 물이 죽어가고 있다, 공해대책, 제19권"), that word is the container and what comes before it
     * the title. Only a Chinese, Japanese or Korean word, with no other title or container in the reference, and not
     * after a quoted title (which ends at its quote).
     */
    static void commaJournal(ModelTokens t, int[] y) {
        int e = -1;
        for (int k = t.count - 1; k >= 0; k--) {
            if (y[k] == RefLabel.TITLE || y[k] == RefLabel.CONTAINER) {
                e = k;
                break;
            }
        }
        if (e < 2 || e + 2 >= t.count || !t.word[e + 1].equals(",") || !numberStart(t.word[e + 2])
                || !CjkRules.cjk(t.word[e]) || !t.word[e - 1].equals(",")) {
            return;
        }
        int r0 = e - 2;
        while (r0 >= 0 && (y[r0] == RefLabel.TITLE || y[r0] == RefLabel.CONTAINER
                || y[r0] == RefLabel.O && t.word[r0].equals(",") && r0 > 0
                && (y[r0 - 1] == RefLabel.TITLE || y[r0 - 1] == RefLabel.CONTAINER))) {
            r0--;
        }
        r0++;
        if (r0 > e - 2 || !(y[r0] == RefLabel.TITLE || y[r0] == RefLabel.CONTAINER) || !CjkRules.cjk(t.word[r0])) {
            return;
        }
        for (int k = 0; k < r0; k++) {
            if (y[k] == RefLabel.TITLE || y[k] == RefLabel.CONTAINER) {
                return; // a title or container elsewhere
            }
        }
        for (int k = r0; k < e; k++) {
            char c = t.word[k].charAt(t.word[k].length() - 1);
            if (c == '\'' || c == '’' || c == '"' || c == '”') {
                return; // a quoted title ends at its quote: "'제목', 학회, 학회지"
            }
        }
        for (int k = r0; k <= e - 2; k++) {
            y[k] = RefLabel.TITLE;
        }
        y[e - 1] = RefLabel.O;
        y[e] = RefLabel.CONTAINER;
    }

    /**
     * In a reference written "author, title, journal number", the Chinese, Japanese or Korean words between the comma
     * after the title and the number (or the end) that the model gave no field are the journal ("..., 고찰, 무용역사기록학
     * 제32집", "..., 학보 4."), when the reference has no container; a bare number right after them, left without a field,
     * is its volume.
     */
    static void journalAfterTitleComma(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int b = LabelSpans.last(t, y, RefLabel.TITLE);
        if (b < 0 || b + 2 >= t.count || !t.word[b + 1].equals(",") || y[b + 1] != RefLabel.O) {
            return;
        }
        int s = b + 2;
        int e = s;
        while (e < t.count && e < s + 3 && y[e] == RefLabel.O && CjkRules.cjk(t.word[e]) && !numberStart(t.word[e])) {
            e++;
        }
        e--;
        if (e < s) {
            return;
        }
        boolean end = e + 1 == t.count || e + 2 == t.count && t.word[e + 1].equals(".");
        boolean number = e + 1 < t.count && numberStart(t.word[e + 1]);
        if (!end && !number) {
            return;
        }
        for (int k = s; k <= e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
        int n = e + 1;
        if (number && y[n] == RefLabel.O && LabelSpans.digits(t.word[n]) && LabelSpans.first(t, y, RefLabel.VOLUME) < 0
                && (n + 1 == t.count || t.word[n + 1].equals(".") || t.word[n + 1].equals(","))) {
            y[n] = RefLabel.VOLUME; // "학보 4."
        }
    }

    /**
     * A word of the model's names glued by a period to the first word of the title, after a comma, is the head of the
     * title ("김철수, 고려말.조선초 도자기" has the title "고려말.조선초 도자기"): names are not glued to the title. Runs before
     * the names are read.
     */
    static void titleHeadGluedByPeriod(ModelTokens t, int[] y) {
        for (int k = 1; k + 1 < t.count; k++) {
            if (y[k] == RefLabel.AUTHOR && y[k + 1] == RefLabel.TITLE && t.glued(k) && t.word[k].endsWith(".")
                    && t.word[k].length() > 1 && t.word[k - 1].equals(",") && CjkRules.cjk(t.word[k]) && CjkRules.cjk(t.word[k + 1])) {
                y[k] = RefLabel.TITLE;
                y[k - 1] = RefLabel.O;
                return;
            }
        }
    }

    /**
     * A journal glued by a dash to its number at the end of the reference, after a title it is written after with a
     * space ("..., 1990, 성곽의 구조에 대하여 고고연구-3."): the last word of the model's title is the journal and the number
     * its volume, when the reference has no container and no volume.
     */
    static void journalDashNumber(ModelTokens t, int[] y) {
        int b = LabelSpans.last(t, y, RefLabel.TITLE);
        if (b < 1 || b + 2 >= t.count || y[b - 1] != RefLabel.TITLE || t.glued(b - 1) || !CjkRules.cjk(t.word[b])
                || !t.glued(b) || !t.word[b + 1].equals("-") || !t.glued(b + 1) || !LabelSpans.digits(t.word[b + 2])
                || y[b + 1] != RefLabel.O || y[b + 2] != RefLabel.O) {
            return;
        }
        int n = b + 3;
        if (!(n == t.count || n + 1 == t.count && t.word[n].equals(".") || t.word[n].equals(","))
                || LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0 || LabelSpans.first(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        y[b] = RefLabel.CONTAINER;
        y[b + 2] = RefLabel.VOLUME;
    }

    /**
     * Four digits glued to "년대" or "年代" are a decade ("1930년대", "the 1930s"), a word of the title that the model
     * read as the year: they go back to the title they start or sit in when another year is labelled.
     */
    static void decadeNotYear(ModelTokens t, int[] y) {
        for (int k = 0; k + 1 < t.count; k++) {
            if (y[k] == RefLabel.YEAR && t.glued(k) && y[k + 1] == RefLabel.TITLE && t.word[k].length() == 4
                    && LabelSpans.digits(t.word[k]) && (t.word[k + 1].startsWith("년대") || t.word[k + 1].startsWith("年代"))) {
                for (int j = k + 2; j < t.count; j++) {
                    if (y[j] == RefLabel.YEAR) {
                        y[k] = RefLabel.TITLE;
                        return;
                    }
                }
            }
        }
    }

    /**
     * "外 3人" / "외 3인" after the names is "and three others" (et al.), no name and no title: its words get no field,
     * and the words before it, at the start of the reference, are the names ("王明 外 5人. 论文题目. 学报" has the author
     * 王明 and the title 论文题目). Runs before the names are read.
     */
    static void othersCount(ModelTokens t, int[] y) {
        for (int k = 1; k + 2 < t.count && k <= 6; k++) {
            String w = t.word[k];
            String u = t.word[k + 2];
            if ((w.equals("外") || w.equals("외")) && !t.glued(k - 1) && LabelSpans.digits(t.word[k + 1]) && t.glued(k + 1)
                    && (u.startsWith("人") || u.startsWith("인") || u.startsWith("名") || u.startsWith("명"))
                    && u.length() <= 2 && CjkRules.cjk(t.word[0])) {
                for (int j = 0; j < k; j++) {
                    if (Character.isLetter(t.word[j].charAt(0))) {
                        y[j] = RefLabel.AUTHOR;
                    }
                }
                y[k] = RefLabel.O;
                y[k + 1] = RefLabel.O;
                y[k + 2] = RefLabel.O;
                return;
            }
        }
    }

    /** A number or the ordinal prefix of one ("19", "제", "第", "總第"). */
    private static boolean numberStart(String w) {
        return Character.isDigit(w.charAt(0)) || w.equals("제") || w.equals("第") || w.equals("總第") || w.equals("통권");
    }
}
