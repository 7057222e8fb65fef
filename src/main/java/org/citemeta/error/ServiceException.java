package org.citemeta.error;

/** A failure with a kind and a message written for the client (no internals in it). */
public class ServiceException extends RuntimeException {

    private final ErrorKind kind;
    /** Seconds after which a retry may succeed (the Retry-After of a 503), or 0. */
    private int retryAfterSeconds;

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

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Something needed is still being prepared: a retry after {@code seconds} may succeed. */
    public static ServiceException unavailable(String detail, int seconds) {
        ServiceException e = new ServiceException(ErrorKind.UNAVAILABLE, detail);
        e.retryAfterSeconds = seconds;
        return e;
    }

    public static ServiceException invalid(String detail) {
        return new ServiceException(ErrorKind.INVALID_INPUT, detail);
    }

    public static ServiceException notFound(String detail) {
        return new ServiceException(ErrorKind.NOT_FOUND, detail);
    }
}
