-- routing module: agents and their teams, the team's calendar, ordered rules, SLA policies and timers.
alter table team add column time_zone varchar(64) default 'UTC' not null;
-- Weekly hours and holidays as JSON; null means around the clock.
alter table team add column hours varchar(4000);
alter table team add column strategy varchar(16) default 'LEAST_LOADED' not null;
alter table team add column last_assigned_agent uuid;
-- Where SLA escalations of the team are announced: a Slack-compatible incoming webhook and an e-mail address.
alter table team add column escalation_webhook varchar(2048);
alter table team add column escalation_email varchar(320);

create table agent (
    id           uuid primary key,
    workspace_id uuid          not null,
    name         varchar(200)  not null,
    email        varchar(320),
    languages    varchar(400)  not null,
    skills       varchar(1000) not null,
    time_zone    varchar(64)   not null,
    hours        varchar(4000) not null,
    capacity     integer       not null,
    created_at   timestamp with time zone not null,
    constraint agent_unique_name unique (workspace_id, name)
);

create table team_member (
    team_id  uuid not null references team (id) on delete cascade,
    agent_id uuid not null references agent (id) on delete cascade,
    primary key (team_id, agent_id)
);

create table routing_rule (
    id              uuid primary key,
    workspace_id    uuid          not null,
    position        integer       not null,
    name            varchar(200)  not null,
    conditions      varchar(8000) not null,
    team_id         uuid          not null references team (id) on delete cascade,
    priority        varchar(16),
    tags            varchar(1000) not null,
    required_skills varchar(1000) not null,
    created_at      timestamp with time zone not null
);

create index routing_rule_by_position on routing_rule (workspace_id, position);

-- Targets in minutes per team (null: every team) and priority; business_hours false means 24x7.
create table sla_policy (
    id                       uuid primary key,
    workspace_id             uuid        not null,
    team_id                  uuid references team (id) on delete cascade,
    priority                 varchar(16) not null,
    first_response_minutes   integer,
    next_response_minutes    integer,
    resolution_minutes       integer,
    business_hours           boolean     not null,
    created_at               timestamp with time zone not null
);

-- One row per running or finished SLA target of a case. Deadlines are stored so a restart neither loses
-- nor repeats them; the *_fired_at columns make each escalation fire exactly once, also across nodes.
create table sla_timer (
    case_id           uuid        not null,
    kind              varchar(16) not null,
    workspace_id      uuid        not null,
    team_id           uuid,
    priority          varchar(16) not null,
    business_hours    boolean     not null,
    target_seconds    bigint      not null,
    consumed_seconds  bigint      not null,
    running_since     timestamp with time zone,
    at_risk_at        timestamp with time zone,
    due_at            timestamp with time zone,
    met_at            timestamp with time zone,
    at_risk_fired_at  timestamp with time zone,
    breached_fired_at timestamp with time zone,
    primary key (case_id, kind)
);

create index sla_timer_at_risk on sla_timer (at_risk_at);
create index sla_timer_due on sla_timer (due_at);
