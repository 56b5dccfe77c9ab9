/**
 * The tracking-query language: parsing query text into a {@link org.frontline.matching.query.Query}, folding and
 * tokenizing text the same way on both sides, and evaluating a {@link org.frontline.matching.query.CompiledQuery}
 * against one post's tokens.
 *
 * <p>Pure Java without Spring, so the matcher can run anywhere (in-process, in a Kafka worker, in a benchmark). It
 * never runs user-supplied regular expressions or anything else whose cost is not bounded by the query limits.
 */
@NullMarked
package org.frontline.matching.query;

import org.jspecify.annotations.NullMarked;
