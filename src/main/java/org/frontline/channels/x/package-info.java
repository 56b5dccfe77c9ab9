/**
 * X (API v2): an app's bearer token for the filtered stream and its rules, and a user's OAuth 2.0 token for the
 * mentions timeline and for answering. Rules are compiled from the tracking queries
 * ({@link org.frontline.matching.NativeFilters}) within the access level's rule count and length; the matcher still
 * checks every post. Replies carry {@code reply.in_reply_to_tweet_id}; X has no idempotency key, so a reply whose
 * answer was lost is looked for on the account's timeline before it is sent again. Post identity is the post id.
 */
@NullMarked
package org.frontline.channels.x;

import org.jspecify.annotations.NullMarked;
