-- ingest module: a post's search keys move out of the post row into a narrow table of their own, so that counting a
-- query's matches reads only the keys and the time of each post, not its text and raw payload (H2 reads whole rows).
-- Every post has a row; search_keys null means "unknown" (stored before V131, or keys too long to keep or that cannot
-- be told apart), and such a post is a candidate for every search. The row goes with its post; whoever changes a
-- post's text or facts must rewrite or clear its keys.
create table post_search_keys (
    post_id      uuid primary key references post (id) on delete cascade,
    workspace_id uuid not null,
    received_at  timestamp with time zone not null,
    search_keys  varchar(65536)
);

insert into post_search_keys (post_id, workspace_id, received_at, search_keys)
select id, workspace_id, received_at, search_keys from post;

-- Scans page newest first by (received_at, post_id), as over post_by_workspace_received_id.
create index post_search_keys_by_workspace_received on post_search_keys (workspace_id, received_at, post_id);

alter table post drop column search_keys;
