-- channels module: signed inbound webhooks, one per workspace and source name.
create table webhook_source (
    id              uuid primary key,
    workspace_id    uuid          not null,
    name            varchar(64)   not null,
    secret          varchar(200)  not null,
    text_pointer    varchar(200)  not null,
    id_pointer      varchar(200),
    author_pointer  varchar(200),
    url_pointer     varchar(200),
    time_pointer    varchar(200),
    created_at      timestamp with time zone not null,
    constraint webhook_source_unique_name unique (workspace_id, name)
);

-- Delivery ids already accepted: a replayed delivery stores nothing new.
create table webhook_delivery (
    source_id    uuid         not null references webhook_source (id) on delete cascade,
    delivery_id  varchar(200) not null,
    received_at  timestamp with time zone not null,
    primary key (source_id, delivery_id)
);
