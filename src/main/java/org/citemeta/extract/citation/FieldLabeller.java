package org.citemeta.extract.citation;

/**
 * Second stage of reference parsing: cuts a cleaned reference string into labelled field strings. Two
 * implementations: the trained {@link ModelFieldLabeller} (the default; it reads the rules' answer as features) and
 * the rule-based {@link RuleFieldLabeller}; the {@link ReferenceParser} keeps cleaning and assembling.
 * Implementations must be thread-safe and keep no state between calls.
 */
interface FieldLabeller {
    LabelledFields label(String cleaned);
}
