-- ingest module: posts exactly as the channel gave them, normalized.
create table post (
    id                  uuid primary key,
    workspace_id        uuid          not null,
    channel             varchar(32)   not null,
    external_id         varchar(512)  not null,
    url                 varchar(2048),
    author_handle       varchar(320)  not null,
    author_display_name varchar(320),
    author_profile_url  varchar(2048),
    author_followers    bigint,
    text                varchar(65536) not null,
    lang                varchar(16),
    in_reply_to         varchar(512),
    created_at          timestamp with time zone not null,
    received_at         timestamp with time zone not null,
    raw_payload         varchar(1048576),
    constraint post_unique_per_channel unique (workspace_id, channel, external_id)
);

create index post_by_workspace_received on post (workspace_id, received_at);
