-- ingest module: a post edited at its source keeps its id and records when the edit arrived.
alter table post add column edited_at timestamp with time zone;
