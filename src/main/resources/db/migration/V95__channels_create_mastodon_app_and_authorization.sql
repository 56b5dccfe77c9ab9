-- channels module: the OAuth application Frontline registered on a Mastodon instance for a workspace
-- (POST /api/v1/apps). Client id and secret are sealed together by the channels' SecretBox.
create table mastodon_app (
    id           uuid primary key,
    workspace_id uuid          not null,
    base_url     varchar(2048) not null,
    redirect_uri varchar(2048) not null,
    secret       varchar(8000) not null,
    created_at   timestamp with time zone not null
);

create index mastodon_app_by_instance on mastodon_app (workspace_id, base_url);

-- An authorization under way: the state sent to /oauth/authorize, who started it, and the PKCE verifier
-- (sealed). Used once by the callback; useless after expires_at.
create table mastodon_authorization (
    state        varchar(100)  primary key,
    workspace_id uuid          not null,
    app_id       uuid          not null,
    started_by   varchar(320)  not null,
    verifier     varchar(1000) not null,
    expires_at   timestamp with time zone not null
);
