-- ingest module: what a post can be found by (its folded words in text order, then its hashtags, mentions and facts),
-- space-separated with a space at each end, so that a scan can select candidate posts in SQL. Written with the post
-- and rewritten with every edit; null (rows stored before this column, or keys too long to keep) means "unknown", and
-- such a post is a candidate for every search. Whoever changes a post's text or facts must rewrite or clear it.
alter table post add column search_keys varchar(65536);
