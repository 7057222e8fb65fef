package org.citemeta.ingest;

/**
 * What an import of a ROR dump did.
 *
 * @param source              file name or "upload"
 * @param full                whether the dump was taken for the whole registry (absent organisations withdrawn)
 * @param records             records read
 * @param v2                  schema-v2 records imported
 * @param v1                  schema-v1 records imported
 * @param skipped             schema-v1 records that could not be mapped (never fatal)
 * @param inserted            organisations new to the knowledge base
 * @param updated             organisations already in it whose record changed, updated in place
 * @param unchanged           organisations already in it whose record did not change, left as they were
 * @param withdrawn           organisations absent from a full dump, now withdrawn (0 for a partial dump)
 * @param organizations       ROR organisations in the knowledge base after the import, whatever their status
 * @param activeOrganizations of which active (the only ones the linker chooses)
 * @param linkedEntities      organisation and facility entities carrying a ROR id after re-linking
 * @param seconds             wall time of the import and re-linking
 */
public record ImportReport(String source, boolean full, long records, long v2, long v1, long skipped, long inserted,
                           long updated, long unchanged, long withdrawn, long organizations, long activeOrganizations,
                           long linkedEntities, double seconds) {
}
