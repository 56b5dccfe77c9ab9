-- workspaces module: tenants, people, and machine access.
create table workspace (
    id          uuid primary key,
    slug        varchar(64)  not null unique,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null
);

create table app_user (
    id            uuid primary key,
    email         varchar(320) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    created_at    timestamp with time zone not null
);

create table membership (
    user_id      uuid        not null references app_user (id) on delete cascade,
    workspace_id uuid        not null references workspace (id) on delete cascade,
    role         varchar(16) not null,
    primary key (user_id, workspace_id)
);

-- Tokens are stored as SHA-256 digests: the plain token is shown once and never again.
create table api_token (
    id           uuid primary key,
    workspace_id uuid         not null references workspace (id) on delete cascade,
    name         varchar(200) not null,
    token_hash   varchar(64)  not null unique,
    role         varchar(16)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone
);
