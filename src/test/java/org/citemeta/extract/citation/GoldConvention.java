package org.citemeta.extract.citation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A DIAGNOSTIC of the evaluation harness, not part of its figures: the conventions of the gold corpora that the parser
 * reads otherwise, each a disagreement about where a string belongs rather than a wrong string, counted as agreement.
 * {@link ReferenceEvaluationTest} prints the micro F1 this gives next to the strict one, so that readers see how much
 * of the gap to the target is the gold's way of tagging (the floors and every other figure are strict):
 * <ul>
 * <li>{@link #SECTION_LETTER}: a journal's section letter in the journal's name or in the volume ("Phys. Rev. D" /
 * "66" against "Phys. Rev." / "D66"); GROBID's gold does both;</li>
 * <li>{@link #PAGE_COUNT}: a book's number of pages ("272 pp.", "518 p.") that the gold tags as pages and the parser
 * leaves out (AnyStyle);</li>
 * <li>{@link #VOLUME_COUNT}: a number of volumes ("2 vols.") that the gold tags as the volume and the parser leaves
 * out (AnyStyle);</li>
 * <li>{@link #PLACE_AFTER_JOURNAL}: a place written on after a journal's name with no separator, so part of it
 * ("Proc Natl Acad Sci USA"), that GROBID's gold tags as the place of publication;</li>
 * <li>{@link #MONOGRAPH_AS_TITLE}: a reference whose only title GROBID's gold tags as monographic ({@code level="m"}),
 * which the harness scores as the title, where it names proceedings or a series ("Proc. 30th ICRC, Merida 2007", "IAU
 * Symposium, 261, 183"), which the parser reads as the container of an untitled paper.</li>
 * </ul>
 */
enum GoldConvention {
    SECTION_LETTER, PAGE_COUNT, VOLUME_COUNT, PLACE_AFTER_JOURNAL, MONOGRAPH_AS_TITLE;

    private static final Pattern TRAILING_LETTER = Pattern.compile("[\\s.,]+[A-Z]\\.?\\s*$");
    private static final Pattern LEADING_LETTER = Pattern.compile("^\\s*[A-Z]\\s*(?=\\d)");
    private static final Pattern COUNT_OF_PAGES = Pattern.compile(
            "(?i)^\\s*(?:[ivxlc]+\\s*[+,]\\s*)?\\d+\\s*(?:p|pp|pages|s|seiten)\\.?\\s*$");
    /** A monographic title that names a meeting's proceedings or a series, which hold papers, not a book cited whole. */
    private static final Pattern MEETING_OR_SERIES = Pattern.compile(
            "(?i)\\b(?:proc|proceedings|conf|conference|symp|symposium|workshop|meeting|congress|colloquium|series|ser)\\b");
    private static final Pattern COUNT_OF_VOLUMES = Pattern.compile("(?i)^\\s*\\d+\\s*vols?\\.?\\s*$");

    /**
     * The counts of one reference's fields under the conventions: where a field's strict comparison fails and one
     * convention explains it, the field counts as agreeing (a true positive), or as absent from both where the gold's
     * value is no value of that field (a page count, a volume count, a container the gold calls the title); each such
     * field is counted in {@code seen}. Otherwise the strict counts. Each field's counts are also added to
     * {@code perField} (keyed by field, entries created as needed).
     */
    static ReferenceEvaluationTest.Counts counts(Map<String, String> gold, Map<String, String> pred, List<String> fields,
            Map<GoldConvention, Integer> seen, Map<String, ReferenceEvaluationTest.Counts> perField) {
        ReferenceEvaluationTest.Counts c = new ReferenceEvaluationTest.Counts();
        boolean monographAsTitle = monographAsTitle(gold, pred);
        for (String f : fields) {
            ReferenceEvaluationTest.Counts one = new ReferenceEvaluationTest.Counts();
            String gv = ReferenceEvaluationTest.norm(f, gold.get(f));
            String pv = ReferenceEvaluationTest.norm(f, pred.get(f));
            GoldConvention k = gv != null && gv.equals(pv) ? null
                    : monographAsTitle && (f.equals("title") || f.equals("container")) ? MONOGRAPH_AS_TITLE
                    : of(f, gold, pred);
            if (gv != null && gv.equals(pv)) {
                one.tp++;
            } else if (k != null) {
                seen.merge(k, 1, Integer::sum);
                boolean agree = k == SECTION_LETTER || k == PLACE_AFTER_JOURNAL || k == MONOGRAPH_AS_TITLE && f.equals("title");
                one.tp += agree ? 1 : 0;
            } else {
                one.fp += pv != null ? 1 : 0;
                one.fn += gv != null ? 1 : 0;
            }
            c.add(one);
            perField.computeIfAbsent(f, x -> new ReferenceEvaluationTest.Counts()).add(one);
        }
        return c;
    }

    static Map<GoldConvention, Integer> tally() {
        return new EnumMap<>(GoldConvention.class);
    }

    /** The convention that explains the disagreement of field {@code f}, or null (MONOGRAPH_AS_TITLE aside). */
    static GoldConvention of(String f, Map<String, String> gold, Map<String, String> pred) {
        String g = gold.get(f);
        String p = pred.get(f);
        switch (f) {
            case "container":
                // the letter the one side has in the journal's name, the other has in its volume
                if (g != null && p != null && (same(f, strip(TRAILING_LETTER, g), p) && startsWith(pred.get("volume"), letter(g))
                        || same(f, g, strip(TRAILING_LETTER, p)) && startsWith(gold.get("volume"), letter(p)))) {
                    return SECTION_LETTER;
                }
                String place = gold.get(ReferenceEvaluationTest.PLACE);
                // written on with no separator, the place is part of the name ("Proc Natl Acad Sci USA"); after a
                // comma ("Essays on the Verbal Arts, Seattle") the parser ran the container on into the place
                if (g != null && p != null && place != null && same(f, g + " " + place, p) && p.trim().endsWith(place.trim())
                        && !p.trim().substring(0, p.trim().length() - place.trim().length()).trim().endsWith(",")) {
                    return PLACE_AFTER_JOURNAL;
                }
                return null;
            case "volume":
                if (g != null && p != null && (same(f, strip(LEADING_LETTER, g), p) && endsWith(pred.get("container"), g.trim().charAt(0))
                        || same(f, g, strip(LEADING_LETTER, p)) && endsWith(gold.get("container"), p.trim().charAt(0)))) {
                    return SECTION_LETTER;
                }
                return g != null && p == null && COUNT_OF_VOLUMES.matcher(g).matches() ? VOLUME_COUNT : null;
            case "pages":
                return g != null && p == null && COUNT_OF_PAGES.matcher(g).matches() ? PAGE_COUNT : null;
            default:
                return null;
        }
    }

    /** GROBID's gold has a monographic title only, the parser no title and that title as the container. */
    static boolean monographAsTitle(Map<String, String> gold, Map<String, String> pred) {
        return gold.containsKey(ReferenceEvaluationTest.MONOGRAPH_ONLY) && ReferenceEvaluationTest.norm("title", pred.get("title")) == null
                && gold.get("title") != null && MEETING_OR_SERIES.matcher(gold.get("title")).find()
                && gold.get("title") != null && pred.get("container") != null && same("container", gold.get("title"), pred.get("container"));
    }

    private static boolean same(String f, String a, String b) {
        String x = ReferenceEvaluationTest.norm(f, a);
        return x != null && x.equals(ReferenceEvaluationTest.norm(f, b));
    }

    /** The section letter ending a journal's name ("Phys. Rev. D" gives 'D'), or 0. */
    private static char letter(String container) {
        java.util.regex.Matcher m = TRAILING_LETTER.matcher(container);
        return m.find() ? m.group().replaceAll("[^A-Z]", "").charAt(0) : 0;
    }

    private static boolean startsWith(String volume, char letter) {
        return volume != null && letter != 0 && !volume.isBlank() && volume.trim().charAt(0) == letter;
    }

    private static boolean endsWith(String container, char letter) {
        return container != null && letter(container) == letter && letter != 0;
    }

    private static String strip(Pattern p, String s) {
        return p.matcher(s).replaceFirst("");
    }
}
