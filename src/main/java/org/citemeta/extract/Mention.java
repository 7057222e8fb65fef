package org.citemeta.extract;

/**
 * One occurrence of an entity in the text.
 *
 * @param type        entity type
 * @param text        surface as read after normalisation (markdown, hyphenation and quotes cleaned)
 * @param start       start offset in the ORIGINAL text (inclusive)
 * @param end         end offset in the ORIGINAL text (exclusive)
 * @param sentence    the sentence it occurs in (normalised text; spliced PDF blocks rejoined)
 * @param method      how it was found
 * @param confidence  0..1, a per-method prior adjusted by context
 * @param entityKey   key of the {@link Entity} it belongs to
 * @param countryCode ISO 3166-1 alpha-2 code for countries (and places whose country is known), else null
 */
public record Mention(EntityType type, String text, int start, int end, String sentence,
                      ExtractionMethod method, double confidence, String entityKey, String countryCode) {
}
