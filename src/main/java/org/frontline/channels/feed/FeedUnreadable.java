package org.frontline.channels.feed;

/** A document that is not a feed Frontline can read, or one it refuses (a DTD). The message is for people. */
class FeedUnreadable extends RuntimeException {

    FeedUnreadable(String reason) {
        super(reason);
    }

    FeedUnreadable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
