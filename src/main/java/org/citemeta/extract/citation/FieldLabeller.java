package org.citemeta.extract.citation;

/**
 * Second stage of reference parsing: cuts a cleaned reference string into labelled field strings. The rule-based
 * {@link RuleFieldLabeller} is the only implementation today; a trained sequence labeller (CRF, transformer) can
 * replace it behind this interface while the {@link ReferenceParser} keeps cleaning and assembling.
 * Implementations must be thread-safe and keep no state between calls.
 */
interface FieldLabeller {
    LabelledFields label(String cleaned);
}
