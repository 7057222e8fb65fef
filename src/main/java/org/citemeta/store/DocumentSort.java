package org.citemeta.store;

/** Orders a document list can be read in; every order ends with the id, so paging is stable. */
public enum DocumentSort {
    ID_ASC("id", false),
    ID_DESC("id", true),
    CREATED_ASC("created_at", false),
    CREATED_DESC("created_at", true);

    private final String field;
    private final boolean descending;

    DocumentSort(String field, boolean descending) {
        this.field = field;
        this.descending = descending;
    }

    public String field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    public boolean byCreated() {
        return field.equals("created_at");
    }
}
