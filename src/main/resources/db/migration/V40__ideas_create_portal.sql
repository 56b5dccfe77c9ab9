-- ideas module: the public portal of a workspace, its customers' accounts and their sign-in links.
-- A workspace has a portal only once an admin opens it: nothing about a workspace is public before that.
create table idea_portal (
    workspace_id uuid primary key,
    slug         varchar(64)  not null unique,
    title        varchar(200) not null,
    tagline      varchar(300),
    accent_color varchar(7)   not null,
    logo         bytea,
    logo_type    varchar(32),
    opened_at    timestamp with time zone not null
);

-- Customers who post and vote: a separate kind of account from agents (app_user), one per workspace and
-- e-mail address. customer_value weighs their votes in the company's ranking (1 = ordinary).
create table portal_user (
    id             uuid primary key,
    workspace_id   uuid          not null,
    email          varchar(320)  not null,
    display_name   varchar(80)   not null,
    customer_value double precision not null,
    created_at     timestamp with time zone not null,
    constraint portal_user_unique_email unique (workspace_id, email)
);

-- E-mailed sign-in links: only a SHA-256 digest of the token is stored; a link works once, until it expires.
create table portal_sign_in (
    token_hash   varchar(64)  primary key,
    workspace_id uuid         not null,
    email        varchar(320) not null,
    display_name varchar(80),
    next_path    varchar(500),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
