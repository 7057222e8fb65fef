package org.citemeta.extract;

/** Relation kinds read from the text. */
public enum RelationType {
    /** person -> organisation */
    AFFILIATED_WITH,
    /** organisation/facility/place -> place */
    LOCATED_IN
}
