-- channels module: how each source is doing, whatever its kind.
create table channel_health (
    workspace_id    uuid         not null,
    kind            varchar(16)  not null,
    source_id       uuid         not null,
    last_success_at timestamp with time zone,
    last_error      varchar(1000),
    last_error_at   timestamp with time zone,
    items           bigint       not null,
    primary key (kind, source_id)
);

create index channel_health_by_workspace on channel_health (workspace_id);

-- Blogs and news: one row per subscribed feed, with what conditional GET and back-off need.
create table feed_source (
    id               uuid primary key,
    workspace_id     uuid          not null,
    url              varchar(2048) not null,
    title            varchar(500),
    site_url         varchar(2048),
    interval_seconds integer       not null,
    etag             varchar(500),
    last_modified    varchar(100),
    failures         integer       not null,
    next_poll_at     timestamp with time zone not null,
    blocked_reason   varchar(1000),
    flagged_entries  bigint        not null,
    created_at       timestamp with time zone not null,
    constraint feed_source_unique_url unique (workspace_id, url)
);

create index feed_source_due on feed_source (next_poll_at);
