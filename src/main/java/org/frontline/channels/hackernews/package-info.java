/**
 * Hacker News, read-only: the Algolia HN Search API polled for the workspace's tracked terms (newest first,
 * from a per-term cursor in unix seconds), and the official Firebase API for an item and its replies. Post
 * identity is the HN item id; nothing is ever posted (HN has no API for writing).
 */
@NullMarked
package org.frontline.channels.hackernews;

import org.jspecify.annotations.NullMarked;
