-- matching module: a paused query is kept but matches nothing until resumed.
alter table tracking_query add column paused boolean default false not null;

-- Bumped with every change to a workspace's queries, so that every node of a scaled deployment notices the change
-- and rebuilds its live index (within a second), not only the node that served the request.
create table tracking_query_revision (
    workspace_id uuid   primary key,
    revision     bigint not null
);
