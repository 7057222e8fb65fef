package org.citemeta.kb;

import java.util.List;

/**
 * One organisation of the knowledge base, as read from a ROR record (schema v2 or v1) or from the built-in base.
 *
 * @param id          bare ROR id ("034t30j35"), or "kb:..." for a built-in organisation without one
 * @param name        display name (ROR's {@code ror_display})
 * @param status      active, inactive or withdrawn
 * @param country     ISO 3166-1 alpha-2 code or null
 * @param countryName country name as the record gives it, or null
 * @param city        city of the first location, or null
 * @param established year or null
 * @param types       education, facility, government, funder ... (lower case)
 * @param names       every name with its kind and language
 * @param externalIds Wikidata, GRID, ISNI, FundRef ids
 * @param relations   parent, child, related, predecessor, successor
 * @param schema      "2" or "1" (the record's schema), "builtin" for the built-in base
 */
public record OrgRecord(String id, String name, String status, String country, String countryName, String city,
                        Integer established, List<String> types, List<Name> names, List<ExternalId> externalIds,
                        List<Relation> relations, String schema) {

    public OrgRecord {
        types = List.copyOf(types);
        names = List.copyOf(names);
        externalIds = List.copyOf(externalIds);
        relations = List.copyOf(relations);
    }

    /** A name: {@code kind} is label, alias or acronym; {@code lang} an ISO 639 code or null. */
    public record Name(String value, String kind, String lang) {
    }

    /** An external id: {@code scheme} is wikidata, grid, isni or fundref. */
    public record ExternalId(String scheme, String value, boolean preferred) {
    }

    /** A relation to another ROR organisation (which may be absent from the base). */
    public record Relation(String type, String id, String label) {
    }

    public boolean active() {
        return "active".equals(status);
    }

    /** The preferred (else first) id of a scheme, or null. */
    public String externalId(String scheme) {
        String first = null;
        for (ExternalId e : externalIds) {
            if (e.scheme().equals(scheme)) {
                if (e.preferred()) {
                    return e.value();
                }
                if (first == null) {
                    first = e.value();
                }
            }
        }
        return first;
    }
}
