/**
 * What the social network adapters ({@code mastodon}, {@code bluesky}, {@code hackernews}) share: connected
 * accounts with sealed credentials, durable cursors, per-connection health and rate-limit state, and an HTTP
 * client that checks every address it connects to.
 */
@NullMarked
package org.frontline.channels.social;

import org.jspecify.annotations.NullMarked;
