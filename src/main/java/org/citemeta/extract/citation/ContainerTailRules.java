package org.citemeta.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on the end of the container (and on what was read as the container after it), written from the AnyStyle
 * corpus's development errors: what follows a container's name in a reference and is no part of it.
 */
final class ContainerTailRules {

    private ContainerTailRules() {
    }

    private static final Pattern ACCESS_IN = Pattern.compile("(?i)[.,]\\s*(retrieved\\s+from|available\\s+(?:from|at))\\b");
    private static final Pattern ACCESS_END = Pattern.compile("(?i)(retrieved\\s+from|available\\s+(?:from|at))\\s*:?\\s*$");

    /**
     * Where a reference says where it was found on line ("Retrieved from EBL", "Available at SSRN 2247043", "Available
     * from: http://..."), the words after that phrase name a database, a server or an address, not a container: a
     * container that runs on, after a period or a comma, into "Retrieved from" / "Available at" / "Available from" ends
     * before it ("Quiet Cranes of the Harbour. | Retrieved from EBL"), and a container that the reference writes right
     * after the phrase is none ("Available at | QRN 12345"). On the assembled container (the model's labels and the
     * rule-based parser's fallback alike).
     */
    static String retrievedFromIsNoContainer(String s, String container) {
        if (container == null) {
            return null;
        }
        Matcher m = ACCESS_IN.matcher(container);
        if (m.find() && m.start() > 0) {
            return container.substring(0, m.start()).trim();
        }
        int at = s.indexOf(container);
        if (at > 0 && ACCESS_END.matcher(s.substring(0, at)).find()) {
            return null;
        }
        return container;
    }

    private static final Pattern ROMAN_VOLUME = Pattern.compile(
            "(?=[IVXLC]{2})M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})");
    private static final Pattern MEETING = Pattern.compile(
            "(?i)^(proc|conf|symp|workshop|congress|meeting|colloq|convegno|kongress|tagung)");
    private static final Pattern NOT_A_VOLUME_BEFORE = Pattern.compile(
            "(?i)part|pt\\.?|series|ser\\.?|section|sect\\.?|sec\\.?|war|vol\\.?|volume|tome|band|bd\\.?|no\\.?|nr\\.?|heft|suppl\\.?|supplement");

    /**
     * A volume in Roman numerals of two letters at least written right after the journal's or the proceedings' name,
     * with no comma between, before a comma, a colon or a period that the pages, a number or the year follow ("Quiet
     * Harbour Science XXVI, pp. 12-13", "Crane & Harbour XIV:4 (1994)"), is the volume, not the end of the name: the
     * volume where the reference has none, else no field's. Not after "Part", "Series", "Section", "Vol." or "War"
     * ("Deep Harbour Research Part II", "Quiet Annals, Series II"), nor after a word in capitals, nor in a container
     * that names a meeting ("Proc.", "Conference", "Symposium", "Workshop", ...): a meeting's edition is written so and
     * kept in its name ("In HARBCONF IV, pages 1-9").
     */
    static void romanVolumeEndsContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] == c[0] || c[1] + 2 >= t.count) {
            return;
        }
        int r = c[1];
        if (!ROMAN_VOLUME.matcher(t.word[r]).matches() || NOT_A_VOLUME_BEFORE.matcher(t.word[r - 1]).matches()
                || !Character.isLetter(t.word[r - 1].charAt(t.word[r - 1].length() - 1)) && !t.word[r - 1].equals("&")) {
            return;
        }
        if (t.word[r - 1].chars().noneMatch(Character::isLowerCase)) {
            return; // a meeting's edition after its acronym: "HARBCONF IV"
        }
        for (int k = c[0]; k < r; k++) {
            if (MEETING.matcher(t.word[k]).find()) {
                return; // "Proceedings of the Second Conference on Quiet Harbours II"
            }
        }
        String sep = t.word[r + 1];
        if (!sep.equals(",") && !sep.equals(":") && !sep.equals(".")) {
            return;
        }
        String w = t.word[r + 2];
        if (!(Character.isDigit(w.charAt(0)) || w.toLowerCase(java.util.Locale.ROOT).matches("pp?\\.?|pages?|s\\."))) {
            return;
        }
        boolean volume = false;
        for (int k = 0; k < t.count; k++) {
            volume |= y[k] == RefLabel.VOLUME;
        }
        y[r] = volume ? RefLabel.O : RefLabel.VOLUME;
    }
    private static final Pattern REPORT_HEAD = Pattern.compile(
            "(?i)^(?:TR|Tech\\.?\\s*(?:Rep|Rpt)\\.?|Technical\\s+Report)(?:\\s+No\\.?)?\\s+[A-Z0-9]");
    private static final Pattern REPORT_BEFORE = Pattern.compile(
            "(?i)\\b(?:report|rep\\.|rpt\\.)\\s*(?:no\\.?\\s*)?$");

    /**
     * A report's number is no container: a container that opens with the report's word and its number ("TR 1069",
     * "Tech. Rpt. QRN-12-3") or that is the first letters of a number written right after "Report" ("Technical
     * Report QRB/HL M90/36": the model's container "QRB/HL M", glued to the digits that follow) is none. On the
     * assembled container.
     */
    static String reportNumberIsNoContainer(String s, String container) {
        if (container == null) {
            return null;
        }
        if (REPORT_HEAD.matcher(container).find() && container.matches("(?s).*\\d.*|.*-$")) {
            return null;
        }
        int at = s.indexOf(container);
        if (at > 0 && REPORT_BEFORE.matcher(s.substring(0, at)).find()) {
            int end = at + container.length();
            if (end < s.length() && Character.isDigit(s.charAt(end))) {
                return null;
            }
        }
        return container;
    }

    private static final Pattern THESIS_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:thesis|diss\\.|dissertation|th[eè]se|diplomarbeit|doktorarbeit|tesis|tesi)(?![\\p{L}])");

    private static final Pattern THESIS_HEAD = Pattern.compile(
            "(?i)[^,]{0,20}(?<![\\p{L}])(?:thesis|diss\\.|dissertation|th[eè]se)\\s*,");

    /**
     * A thesis has a university, not a container: a container that the reference writes in the sentence of "thesis",
     * "diss.", "dissertation" or "thèse", after that word ("PhD thesis, Université Quiet 7, 1992", "PhD thesis, Dept. of
     * Harbours, University of Quarry, Quarry, Canada.") or opening with it ("Ph.D. diss., University of Quarry"), is none.
     * Not "Dissertation Abstracts" (a journal, which the AnyStyle gold writes as its {@code <source>}).
     */
    static String thesisHasNoContainer(String s, String container) {
        if (container == null || container.regionMatches(true, 0, "Dissertation Abstracts", 0, 22)) {
            return container;
        }
        int at = s.indexOf(container);
        if (at < 0) {
            return container;
        }
        String before = s.substring(0, at);
        int dot = before.lastIndexOf(". ");
        String sentence = before.substring(dot < 0 ? 0 : dot + 1);
        if (THESIS_WORD.matcher(sentence).find() || THESIS_HEAD.matcher(container).lookingAt()) {
            return null;
        }
        return container;
    }
    private static final Pattern CITY = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?");
    private static final Pattern STATE_AFTER = Pattern.compile(
            "\\s*,\\s*(\\p{Lu}{2}|\\p{Lu}\\.\\s?\\p{Lu}\\.|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)\\s*[.:,;]");
    /** US states, a few other regions and the countries' English names (also read by {@link SeriesAndBookRules}). */
    static final java.util.Set<String> REGIONS = regions();

    private static java.util.Set<String> regions() {
        java.util.Set<String> r = new java.util.HashSet<>(java.util.List.of("Alabama", "Alaska", "Arizona", "Arkansas",
                "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
                "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
                "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
                "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
                "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
                "Washington", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec", "England", "Scotland", "Wales",
                "UK", "USA"));
        for (String iso : java.util.Locale.getISOCountries()) {
            r.add(new java.util.Locale("", iso).getDisplayCountry(java.util.Locale.ENGLISH));
        }
        return r;
    }

    /**
     * A city is no container: a container of one or two capitalised words that the reference follows with a comma and
     * a state or a country, then a period, a colon or a comma ("Quarry Falls, MI. Retrieved from ...", "Quarryford,
     * California: Quarryford University") is the place of a report or a book, not the container.
     */
    static String cityBeforeStateIsNoContainer(String s, String container) {
        if (container == null || !CITY.matcher(container).matches()) {
            return container;
        }
        int at = s.indexOf(container);
        if (at < 0) {
            return container;
        }
        Matcher m = STATE_AFTER.matcher(s.substring(at + container.length()));
        if (!m.lookingAt()) {
            return container;
        }
        String region = m.group(1);
        if (region.length() == 2 && Character.isUpperCase(region.charAt(1)) || region.contains(".") || REGIONS.contains(region)) {
            return null;
        }
        return container;
    }
    /**
     * The number sign "n°" ("N°", "nº"), which the tokens split into "n" and "°", is no part of the container: where
     * the container ends with the "n" (or with "n" "°") before the number ("Annales de la Quiétude n°95, 1988", "Notas
     * del Puerto N° 63"), those tokens leave it. (The volume-word rule of {@code ContainerBoundaryRules} knows "n°" as
     * one word only.)
     */
    static void numberSignTail(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] - c[0] < 1 || c[1] + 1 >= t.count) {
            return;
        }
        int e = c[1];
        int n;
        if (sign(t.word[e]) && e - 1 > c[0] && t.word[e - 1].equalsIgnoreCase("n") && t.glued(e - 1)) {
            n = e - 1;
        } else if (t.word[e].equalsIgnoreCase("n") && sign(t.word[e + 1]) && t.glued(e)) {
            n = e;
        } else {
            return;
        }
        int after = n + 2;
        if (after >= t.count || !Character.isDigit(t.word[after].charAt(0))) {
            return;
        }
        for (int k = n; k <= e; k++) {
            y[k] = RefLabel.O;
        }
    }

    private static boolean sign(String w) {
        return w.equals("\u00b0") || w.equals("\u00ba");
    }
}
