package org.frontline.metrics;

/** One named part of a whole: an intent's share of mentions, a response-time band's share of cases. */
public record Slice(String name, long value) {}
