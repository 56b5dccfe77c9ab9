-- channels module, e-mail: one IMAP mailbox per row, its sealed (AES-GCM) password and its UID cursor.
create table mailbox (
    id              uuid primary key,
    workspace_id    uuid          not null,
    address         varchar(320)  not null,
    imap_host       varchar(253)  not null,
    imap_port       integer       not null,
    tls             boolean       not null,
    username        varchar(320)  not null,
    password_sealed varchar(2000) not null,
    folder          varchar(200)  not null,
    smtp_host       varchar(253)  not null,
    smtp_port       integer       not null,
    uid_validity    bigint,
    last_uid        bigint        not null,
    idle            boolean,
    last_message_at timestamp with time zone,
    malformed       bigint        not null,
    created_at      timestamp with time zone not null,
    constraint mailbox_unique_folder unique (workspace_id, imap_host, username, folder)
);

-- What a reply needs of each customer message: where it came in, who wrote it, its subject and thread.
create table email_message (
    workspace_id  uuid          not null,
    message_id    varchar(512)  not null,
    mailbox_id    uuid          not null,
    from_address  varchar(320)  not null,
    subject       varchar(1000) not null,
    reference_ids varchar(8000),
    primary key (workspace_id, message_id)
);
