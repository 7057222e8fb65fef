package org.citemeta.ingest;

/**
 * What an import of a ROR dump did.
 *
 * @param source        file name or "upload"
 * @param records       records read
 * @param v2            schema-v2 records imported
 * @param v1            schema-v1 records imported
 * @param skipped       schema-v1 records that could not be mapped (never fatal)
 * @param organizations ROR organisations in the knowledge base after the import
 * @param linkedEntities organisation and facility entities carrying a ROR id after re-linking
 * @param seconds       wall time of the import and re-linking
 */
public record ImportReport(String source, long records, long v2, long v1, long skipped, long organizations,
                           long linkedEntities, double seconds) {
}
