/**
 * Mastodon: an account on any instance (instance URL + access token), heard through the streaming API
 * (mentions, and hashtags from the tracking queries) with gaps filled through the REST API, answered with
 * {@code POST /api/v1/statuses} and {@code in_reply_to_id}. Post identity is {@code <instance host>/<status id>}:
 * status ids are local to the instance that served them.
 */
@NullMarked
package org.frontline.channels.mastodon;

import org.jspecify.annotations.NullMarked;
