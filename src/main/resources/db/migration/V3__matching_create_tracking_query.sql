-- matching module: the saved boolean queries a workspace listens for.
create table tracking_query (
    id           uuid primary key,
    workspace_id uuid          not null,
    name         varchar(200)  not null,
    query        varchar(4096) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint tracking_query_unique_name unique (workspace_id, name)
);
