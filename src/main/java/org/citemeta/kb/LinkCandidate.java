package org.citemeta.kb;

/**
 * One organisation a text may refer to.
 *
 * @param org          the organisation
 * @param score        0..1, higher is better
 * @param matchingType how it was found
 * @param substring    the part of the text that matched
 * @param chosen       true for at most one candidate: the link the linker stands by
 */
public record LinkCandidate(OrgRecord org, double score, MatchingType matchingType, String substring, boolean chosen) {
}
