package org.frontline.matching.query;

/**
 * Where a positional query stands in a text: tokens {@code [firstToken, lastToken]} and the UTF-16 offsets
 * {@code [start, end)} in the original (for a hashtag, including its {@code #}).
 */
record Occurrence(int firstToken, int lastToken, int start, int end) {}
