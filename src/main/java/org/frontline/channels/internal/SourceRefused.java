package org.frontline.channels.internal;

/** A source a user tried to add or change that cannot be accepted; the message says why, for that user. */
public class SourceRefused extends RuntimeException {

    public SourceRefused(String reason) {
        super(reason);
    }
}
