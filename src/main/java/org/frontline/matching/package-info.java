/**
 * Matching: the tracking-query language, its parser, and the matcher that runs every stored post against
 * the live queries of its workspace. Owns the tracking_query table. A match is announced with
 * {@link org.frontline.matching.MentionMatched}; a workspace's queries never match another workspace's posts.
 */
@NullMarked
package org.frontline.matching;

import org.jspecify.annotations.NullMarked;
