package org.lskg.store;

/**
 * A store problem the user can act on (directory locked by another process, not a TDB2 store, unknown graph).
 * The message is meant to be shown as is, without a stack trace.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
