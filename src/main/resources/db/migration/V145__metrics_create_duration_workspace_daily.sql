-- The time histograms per local day for the whole workspace (all channels, teams and languages): the service
-- dashboard without a filter reads one row set per day here instead of one per channel, team and language.
-- Kept next to metrics_duration_daily by DurationHistogram and rebuilt with it by DailyBackfill; filled here
-- from it (a workspace-wide bin is the sum of its parts, its smallest and largest times theirs).
create table metrics_duration_workspace_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    kind         varchar(16) not null,
    bin          integer     not null,
    cases        bigint      not null,
    min_seconds  bigint      not null,
    max_seconds  bigint      not null,
    constraint metrics_duration_workspace_daily_pk primary key (workspace_id, bucket, kind, bin)
);

insert into metrics_duration_workspace_daily (workspace_id, bucket, kind, bin, cases, min_seconds, max_seconds)
select workspace_id, bucket, kind, bin, sum(cases), min(min_seconds), max(max_seconds)
from metrics_duration_daily
group by workspace_id, bucket, kind, bin;
