package org.citemeta.extract;

/** Coarse type of an entity mention. */
public enum EntityType {
    PERSON, ORGANIZATION, FACILITY, LOCATION, OTHER
}
