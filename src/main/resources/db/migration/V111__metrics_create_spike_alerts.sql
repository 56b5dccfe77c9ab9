-- metrics module: spike and crisis alerts per tracking query.

-- Where a workspace's alerts go, and its thresholds (see docs/alerts.md).
create table metrics_alert_settings (
    workspace_id   uuid             not null,
    email          varchar(320),
    webhook_url    varchar(2000),
    constraint metrics_alert_settings_pk primary key (workspace_id)
);

-- Which posts matched which query in which hour: the "top posts driving it" of an alert.
create table metrics_query_mention (
    workspace_id uuid        not null,
    query_id     uuid        not null,
    bucket       timestamp with time zone not null,
    post_id      uuid        not null,
    constraint metrics_query_mention_pk primary key (workspace_id, query_id, bucket, post_id)
);

-- An alert, claimed once per query, kind and hour: the insert that wins sends it.
create table metrics_alert (
    id            uuid             not null,
    workspace_id  uuid             not null,
    query_id      uuid             not null,
    kind          varchar(16)      not null,
    bucket        timestamp with time zone not null,
    observed      bigint           not null,
    usual         double precision not null,
    negative      bigint           not null,
    usual_negative_share double precision not null,
    summary       varchar(4000)    not null,
    continues     boolean          not null,
    raised_at     timestamp with time zone not null,
    seen_at       timestamp with time zone,
    constraint metrics_alert_pk primary key (id),
    constraint metrics_alert_once unique (workspace_id, query_id, kind, bucket)
);

create index metrics_alert_by_time on metrics_alert (workspace_id, raised_at);

-- The spike watch reads the latest hours across workspaces.
create index metrics_mention_hourly_by_bucket on metrics_mention_hourly (bucket);
