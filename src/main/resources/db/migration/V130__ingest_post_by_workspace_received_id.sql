-- ingest module: scans of a workspace's recent posts page by (received_at, id), newest first; the id tie-break in the
-- index lets each page start where the last one stopped instead of re-sorting its range. It covers every use of the
-- narrower index it replaces.
create index post_by_workspace_received_id on post (workspace_id, received_at, id);
drop index post_by_workspace_received;
