package org.frontline.channels.importer;

/** A line of a backfill file that was not imported, and why ("has no text (column 'text')"). */
public record ImportLineError(long line, String reason) {}
