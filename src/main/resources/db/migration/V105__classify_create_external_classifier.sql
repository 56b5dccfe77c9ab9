-- classify module: a workspace's optional external classifier (an OpenAI-compatible chat-completions server).
-- Off unless a row says enabled; the API key is sealed with the secrets key (AES-GCM, bound to the workspace).
create table classify_external_classifier (
    workspace_id   uuid          not null,
    enabled        boolean       not null,
    base_url       varchar(2000) not null,
    model          varchar(200)  not null,
    api_key_sealed varchar(2000),
    timeout_ms     integer       not null,
    updated_at     timestamp with time zone not null,
    constraint classify_external_classifier_pk primary key (workspace_id),
    constraint classify_external_classifier_timeout check (timeout_ms between 100 and 30000)
);
