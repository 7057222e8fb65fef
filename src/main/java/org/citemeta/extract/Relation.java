package org.citemeta.extract;

/**
 * A relation stated in the text.
 *
 * @param type       relation type
 * @param subjectKey entity key of the subject
 * @param subject    subject display name
 * @param objectKey  entity key of the object
 * @param object     object display name
 * @param evidence   the sentence stating it (normalised)
 * @param start      start of the evidence in the ORIGINAL text
 * @param end        end of the evidence in the ORIGINAL text
 * @param confidence 0..1
 */
public record Relation(RelationType type, String subjectKey, String subject, String objectKey, String object,
                       String evidence, int start, int end, double confidence) {
}
