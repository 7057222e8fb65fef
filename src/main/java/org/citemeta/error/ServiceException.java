package org.citemeta.error;

/** A failure with a kind and a message written for the client (no internals in it). */
public class ServiceException extends RuntimeException {

    private final ErrorKind kind;

    public ServiceException(ErrorKind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public ServiceException(ErrorKind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    public static ServiceException invalid(String detail) {
        return new ServiceException(ErrorKind.INVALID_INPUT, detail);
    }

    public static ServiceException notFound(String detail) {
        return new ServiceException(ErrorKind.NOT_FOUND, detail);
    }
}
