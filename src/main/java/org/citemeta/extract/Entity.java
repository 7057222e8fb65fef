package org.citemeta.extract;

import java.util.List;

/**
 * One real-world thing mentioned in a document.
 *
 * @param key          normalised canonical key, unique within the extraction ("org:cern", "person:cong cao")
 * @param type         entity type
 * @param name         display name (knowledge-base name when linked, else the longest surface)
 * @param aliases      other names: surfaces seen, acronyms defined in the text, knowledge-base aliases, initialisms
 * @param countryCode  ISO 3166-1 alpha-2, from the knowledge base, the name or a LOCATED_IN relation; may be null
 * @param kbId         id in the built-in knowledge base, or null
 * @param mentionCount number of mentions
 */
public record Entity(String key, EntityType type, String name, List<String> aliases, String countryCode,
                     String kbId, int mentionCount) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
