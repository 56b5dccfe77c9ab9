-- cases module: contacts, the people behind posts, and their identities on channels.
create table contact (
    id           uuid primary key,
    workspace_id uuid         not null,
    name         varchar(320) not null,
    created_at   timestamp with time zone not null
);

-- One identity per channel handle. Profile link and e-mail address tie identities of one person together.
create table contact_identity (
    workspace_id uuid          not null,
    channel      varchar(32)   not null,
    handle       varchar(320)  not null,
    contact_id   uuid          not null references contact (id) on delete cascade,
    profile_url  varchar(2048),
    email        varchar(320),
    primary key (workspace_id, channel, handle)
);

create index contact_identity_by_contact on contact_identity (contact_id);
create index contact_identity_by_profile on contact_identity (workspace_id, profile_url);
create index contact_identity_by_email on contact_identity (workspace_id, email);

alter table support_case add column contact_id uuid;
create index support_case_by_contact_id on support_case (workspace_id, contact_id, opened_at);
