/**
 * Bluesky: posts heard on Jetstream (WebSocket, {@code app.bsky.feed.post} only) with a durable cursor in
 * unix microseconds, kept when they concern the connected account or the workspace's tracked terms; answers
 * written with an app-password session and {@code com.atproto.repo.createRecord} with {@code reply.root} and
 * {@code reply.parent}. Post identity is the record's {@code at://} URI.
 */
@NullMarked
package org.frontline.channels.bluesky;

import org.jspecify.annotations.NullMarked;
