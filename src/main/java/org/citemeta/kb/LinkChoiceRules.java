package org.citemeta.kb;

import java.util.List;
import java.util.Set;

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
}
