package org.citemeta.error;

/**
 * What went wrong, independent of the transport. The API layer maps each kind to an HTTP status and a
 * problem type in exactly one place ({@code org.citemeta.api.ProblemMapper}).
 */
public enum ErrorKind {
    /** The input is malformed: empty, binary, undecodable, invalid JSON, an invalid parameter. */
    INVALID_INPUT,
    /** The input is well-formed but cannot be processed within the service's limits (extraction time). */
    UNPROCESSABLE,
    /** The request carries no API key, or one that is not known. */
    UNAUTHENTICATED,
    /** The API key is known but may not do this, or the operation is disabled. */
    FORBIDDEN,
    /** The input is larger than a configured limit. */
    TOO_LARGE,
    /** The input's media type or charset is not one that is read. */
    UNSUPPORTED_MEDIA_TYPE,
    /** None of the representations the client accepts can be produced. */
    NOT_ACCEPTABLE,
    /** The thing asked for does not exist. */
    NOT_FOUND,
    /** A dependency (the database) cannot be reached. */
    UNAVAILABLE
}
