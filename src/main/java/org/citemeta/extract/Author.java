package org.citemeta.extract;

import java.util.List;

/**
 * An author read from the byline, author list or biography.
 *
 * @param name        as written
 * @param role        "professor", "senior lecturer" ... from the biography, or null
 * @param affiliations organisation names
 * @param location    location of the (first) affiliation as written in the bio ("Zhejiang, China"), or null
 * @param emails      e-mail addresses attributed to the author
 */
public record Author(String name, String role, List<String> affiliations, String location, List<String> emails) {
    public Author {
        affiliations = List.copyOf(affiliations);
        emails = List.copyOf(emails);
    }
}
