package org.citemeta.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Rules of {@link OrgLinker}'s choice added in precision pass 5 (twelfth session of 7 Dec 2026): each reads how
 * an affiliation is written, on the folded words of the string (lower case, Latin letters, one spelling of words
 * written two ways: "centre" is "center"). What each rule moved on the affiliation gold is in the package README.
 */
final class LinkChoiceRules {

    private LinkChoiceRules() {
    }

    /** The last word of a research arm's name after "Research" ("… Research Institute", "… Research Centre"). */
    private static final Set<String> RESEARCH_ARM_ENDS = Set.of("institute", "center");

    /**
     * The research arm of an organisation, named after it: the child's matched name is its parent's whole name
     * followed only by "Research Institute" or "Research Centre" ("Ottawa Hospital Research Institute" of the
     * Ottawa Hospital). The arm is written for the organisation that runs it, as a school is for its university, and
     * the parent is linked. Reads {@code after}: the words of the child's matched name after its parent's name (the
     * parent's name opening it).
     */
    static boolean researchArm(List<String> after) {
        return after.size() == 2 && after.get(0).equals("research") && RESEARCH_ARM_ENDS.contains(after.get(1));
    }

    /**
     * The English forms of a folded name of an organisation in its country's language, written word for word
     * ({@link #universityOfStudies}, {@link #germanInEnglish}); each becomes a name of the organisation only when no
     * other organisation has it or would get it too.
     */
    static List<String> englishForms(String form) {
        List<String> out = new java.util.ArrayList<>(universityOfStudies(form));
        out.addAll(germanInEnglish(form));
        return out;
    }

    /** The formal Italian name of a university ("Università degli Studi di …", the university of studies of …). */
    private static final String STUDIES = "universita degli studi ";
    /** "di" with an article ("dell'Aquila", folded "dell aquila"). */
    private static final Set<String> ARTICLED_DI = Set.of("d", "del", "dell", "della", "dello", "dei", "degli", "delle");

    /**
     * An Italian university's formal name, "Università degli Studi di C …" (folded), is written in English as
     * "University of C …", keeping the Italian name of the city ("University of Firenze", "University of Napoli
     * Federico II"), or word for word as "University of Studies of C …"; "Università degli Studi X" (a person's name,
     * no "di") as "University of Studies X". Reads a folded name; returns its English forms (none for other names).
     */
    static List<String> universityOfStudies(String form) {
        if (!form.startsWith(STUDIES) || form.length() == STUDIES.length()) {
            return List.of();
        }
        String rest = form.substring(STUDIES.length());
        if (rest.startsWith("di ") && rest.length() > 3) {
            String place = rest.substring(3);
            return List.of("university of " + place, "university of studies of " + place);
        }
        if (ARTICLED_DI.contains(rest.split(" ")[0])) {
            return List.of(); // "dell'Aquila", "della …": the forms of "di" with an article are left alone
        }
        return List.of("university of studies " + rest);
    }

    private static final String TECHNISCHE = "technische universitat ";
    private static final String KLINIKUM = "universitatsklinikum ";

    /**
     * A German university of technology or university hospital named with one word after its kind, "Technische
     * Universität C" or "Universitätsklinikum C" (folded), is written in English "Technical University C" or
     * "Technical University of C", and "University Medical Center C" (or Centre). Reads a folded name; returns its
     * English forms (none for other names).
     */
    static List<String> germanInEnglish(String form) {
        if (form.startsWith(TECHNISCHE) && oneWord(form.substring(TECHNISCHE.length()))) {
            String c = form.substring(TECHNISCHE.length());
            return List.of("technical university " + c, "technical university of " + c);
        }
        if (form.startsWith(KLINIKUM) && oneWord(form.substring(KLINIKUM.length()))) {
            return List.of("university medical center " + form.substring(KLINIKUM.length()));
        }
        return List.of();
    }

    private static boolean oneWord(String s) {
        return !s.isEmpty() && s.indexOf(' ') < 0;
    }

    /**
     * Names without their city that several organisations share, each having the name with its own city ("Swiss
     * Federal Institute of Technology" of "… in Zurich" and "… in Lausanne"): such a name is not distinctive, so it is
     * no alias of one of them, but it names them all, and the text tells which only by a parent or child of one of
     * them named with it ({@link #sharedNameChosen}). Reads the city-less names the builder collected and their
     * organisations ({@code heads.get(k)} of {@code orgs.get(k)}), keeping the active ones; returns each name shared
     * by two active organisations or more, with them.
     */
    static Map<String, Set<Integer>> sharedCityLessNames(List<String> heads, List<Integer> orgs, IntPredicate active) {
        Map<String, Set<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < heads.size(); k++) {
            if (active.test(orgs.get(k))) {
                groups.computeIfAbsent(heads.get(k), x -> new TreeSet<>()).add(orgs.get(k));
            }
        }
        groups.values().removeIf(g -> g.size() < 2);
        return groups;
    }

    /**
     * A name shared by several organisations without their cities ({@link #sharedCityLessNames}) is chosen for the
     * one the text supports, only when a parent or child of it is named too ("Institute of X, Swiss Federal Institute
     * of Technology", the institute a child of ETH Zurich): a country or a city in the string does not decide, as a
     * city may be a partner's ("Bernstein Center for Computational Neuroscience" is a centre of several cities). Reads
     * the organisation's parents and children and the organisations named in the string.
     */
    static boolean sharedNameChosen(int[] parents, int[] children, Set<Integer> named) {
        for (int p : parents) {
            if (named.contains(p)) {
                return true;
            }
        }
        for (int c : children) {
            if (named.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
