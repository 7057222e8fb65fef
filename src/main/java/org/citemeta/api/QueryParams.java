package org.citemeta.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.error.ServiceException;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Strict reading of query parameters: unknown, repeated or malformed parameters are a 400, never ignored. */
final class QueryParams {

    private final MultivaluedMap<String, String> params;

    private QueryParams(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    static QueryParams of(UriInfo uri, Set<String> allowed) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw ServiceException.invalid("Unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; this endpoint takes " + String.join(", ", new TreeSet<>(allowed)) + ".");
        }
        for (var e : params.entrySet()) {
            if (e.getValue().size() > 1) {
                throw ServiceException.invalid("Query parameter " + e.getKey() + " is given more than once.");
            }
        }
        return new QueryParams(params);
    }

    String string(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** An integer within [min, max], or the default when absent. */
    long integer(String name, long min, long max, long dflt) {
        String v = string(name);
        if (v == null) {
            return dflt;
        }
        return parseInteger(name, v, min, max);
    }

    /** true or false (case-insensitive), or the default when absent. */
    boolean bool(String name, boolean dflt) {
        String v = string(name);
        if (v == null) {
            return dflt;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ServiceException.invalid(name + " takes true or false, not '" + abbreviate(v) + "'.");
        };
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    static long parseInteger(String name, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(name + " must be an integer from " + min + " to " + max + ", not '"
                    + abbreviate(value) + "'.");
        }
        if (n < min || n > max) {
            throw ServiceException.invalid(name + " must be from " + min + " to " + max + ", not " + n + ".");
        }
        return n;
    }

    /**
     * The bare ROR id of a value a client wrote as "034t30j35" or "https://ror.org/034t30j35", or null when it is
     * neither.
     */
    static String bareRorId(String value) {
        String bare = value.startsWith("https://ror.org/") ? value.substring("https://ror.org/".length()) : value;
        return org.citemeta.kb.RorDumpReader.isRorId(bare) ? bare : null;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
