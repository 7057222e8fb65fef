package org.citemeta.kb;

/** A ROR dump that cannot be read: not JSON, not ROR records, or a record without what every record has. */
public class RorFormatException extends RuntimeException {
    public RorFormatException(String message) {
        super(message);
    }

    public RorFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
