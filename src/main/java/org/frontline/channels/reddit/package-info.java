/**
 * Reddit: a script app's credentials (client id and secret, the account's username and password) for an
 * OAuth token; new posts matching the tracked terms polled through search with a {@code before} cursor,
 * within Reddit's 100 requests per minute; answers with {@code POST /api/comment}. Post identity is the
 * thing's fullname ({@code t3_…}, {@code t1_…}).
 */
@NullMarked
package org.frontline.channels.reddit;

import org.jspecify.annotations.NullMarked;
