package org.citemeta.extract;

/**
 * Lets a caller stop a long extraction: the engine calls {@link #check()} at its loop boundaries (per block, per
 * sentence, per reference) and gives up with {@link Cancelled} once its thread has been interrupted, so that a
 * time limit enforced by interrupting the thread also frees the thread.
 */
public final class Cancellation {

    /** The extraction was abandoned because its thread was interrupted. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("extraction cancelled", null, false, false);
        }
    }

    private Cancellation() {
    }

    /** Throws {@link Cancelled} when the current thread has been interrupted (the flag stays set). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }
}
