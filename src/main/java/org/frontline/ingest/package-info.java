/**
 * Ingest: takes posts from channels and the API, normalizes them, stores them durably before anyone is told
 * (the durable inbox), and announces each new post with {@link org.frontline.ingest.PostIngested}. Owns the
 * post table. Posts are unique per workspace by (channel, external id): the same post twice is stored once.
 */
@NullMarked
package org.frontline.ingest;

import org.jspecify.annotations.NullMarked;
