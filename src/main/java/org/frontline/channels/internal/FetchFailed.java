package org.frontline.channels.internal;

/**
 * A fetch that did not produce a usable body. {@link #reason()} is written for the person who added the URL
 * ("address 10.0.0.5 is a private address"), never a stack trace.
 */
public class FetchFailed extends RuntimeException {

    /** Why: a blocked target is the user's to fix; the others may pass on a retry. */
    public enum Kind {
        BLOCKED,
        TOO_LARGE,
        TIMEOUT,
        HTTP_STATUS,
        NETWORK,
        UNREADABLE
    }

    private final Kind kind;

    public FetchFailed(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public FetchFailed(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return getMessage();
    }
}
