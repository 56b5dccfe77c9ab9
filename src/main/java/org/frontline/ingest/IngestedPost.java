package org.frontline.ingest;

/** The outcome for one post: its stored id, and whether this call stored it or it was there already. */
public record IngestedPost(PostId id, Channel channel, String externalId, boolean created) {}
