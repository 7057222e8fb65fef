package org.citemeta.extract.kb;

import java.util.List;
import org.citemeta.extract.EntityType;

/**
 * One thing in the built-in knowledge base.
 *
 * @param id        stable id ("org:cern", "country:CH", "place:zhejiang", "geo:AT:innsbruck" for a name of the
 *                  gazetteer)
 * @param type      entity type
 * @param kind      finer kind: organization, facility, other, journal, country, subdivision, city, region,
 *                  demonym, prefix
 * @param name      canonical name
 * @param country   ISO 3166-1 alpha-2 code or null
 * @param aliases   other names (acronyms, other languages)
 * @param ambiguous true if a bare match needs context ("Jordan", "Science", "Sirius")
 */
public record KbEntry(String id, EntityType type, String kind, String name, String country, List<String> aliases,
                      boolean ambiguous) {
    public KbEntry {
        aliases = List.copyOf(aliases);
    }

    public boolean isJournal() {
        return "journal".equals(kind);
    }

    public boolean isNonMention() {
        return "demonym".equals(kind) || "prefix".equals(kind);
    }

    public boolean isCountry() {
        return "country".equals(kind);
    }
}
