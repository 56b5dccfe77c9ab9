package org.frontline.matching.query;

/**
 * A hashtag or mention in a text: {@code key} is its sigil and folded name ({@code "#refund"}, {@code "@acme"}),
 * {@code [start, end)} its place in the original text including the sigil, and {@code [firstToken, lastToken]} the
 * word tokens it covers, so proximity can measure from it.
 */
record TagOccurrence(String key, int start, int end, int firstToken, int lastToken) {}
