package org.frontline.channels.social;

import java.util.Locale;
import org.frontline.ingest.Channel;

/** The social networks a workspace can connect. */
public enum Network {
    MASTODON(Channel.MASTODON),
    BLUESKY(Channel.BLUESKY),
    REDDIT(Channel.REDDIT),
    X(Channel.X),
    HACKERNEWS(Channel.HACKERNEWS);

    private final Channel channel;

    Network(Channel channel) {
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
