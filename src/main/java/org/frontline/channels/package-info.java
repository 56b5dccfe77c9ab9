/**
 * Channels: listens to the places customers speak and hands what it hears to {@code ingest} as
 * {@link org.frontline.ingest.NewPost}s. One sub-package per source: {@code feed} (RSS, Atom, RDF, JSON Feed),
 * {@code email} (IMAP in, SMTP out), {@code webhook} (signed JSON pushes), {@code importer} (CSV/JSONL
 * backfill); {@code internal} holds what they share (the SSRF-safe fetcher, health); {@code web} serves
 * the Channels page. Owns the feed, webhook, mailbox, import and channel health tables. Everything a source
 * sends is untrusted: sizes are capped, XML never expands a DTD, and no URL a user types can reach a
 * private address.
 */
@NullMarked
package org.frontline.channels;

import org.jspecify.annotations.NullMarked;
