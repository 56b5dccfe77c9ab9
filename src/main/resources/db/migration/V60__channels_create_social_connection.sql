-- channels module: one row per connected social account (Mastodon, Bluesky, Hacker News, ...), with its
-- encrypted credentials and the health the Channels page shows.
create table social_connection (
    id                   uuid primary key,
    workspace_id         uuid          not null,
    network              varchar(16)   not null,
    label                varchar(300)  not null,
    base_url             varchar(2048) not null,
    account_id           varchar(300),
    secret               varchar(8000),
    connected            boolean       not null,
    last_event_at        timestamp with time zone,
    last_error           varchar(1000),
    last_error_at        timestamp with time zone,
    items                bigint        not null,
    rate_limit_limit     integer,
    rate_limit_remaining integer,
    rate_limit_reset_at  timestamp with time zone,
    created_at           timestamp with time zone not null
);

create index social_connection_by_workspace on social_connection (workspace_id, network);

-- Where each stream of a connection stopped (a since_id, a time in microseconds, ...): a restart resumes here.
create table social_cursor (
    connection_id uuid         not null,
    stream        varchar(300) not null,
    position      varchar(200) not null,
    updated_at    timestamp with time zone not null,
    primary key (connection_id, stream)
);

-- Bluesky replies need the parent's content id and its thread root, which the post itself does not keep.
create table bluesky_post_ref (
    workspace_id uuid          not null,
    uri          varchar(500)  not null,
    cid          varchar(200)  not null,
    root_uri     varchar(500)  not null,
    root_cid     varchar(200)  not null,
    primary key (workspace_id, uri)
);
