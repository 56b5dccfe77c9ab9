-- classify module: retraining the intent and rudeness models from a workspace's corrections.
-- A job's progress and before/after figures are kept, so any node and any restart shows them.
create table classify_retraining_job (
    id                   uuid          not null,
    workspace_id         uuid          not null,
    -- Set to workspace_id while the job runs, null once it ends: the unique constraint refuses a second running
    -- job of the same workspace on every node (several nulls are allowed on both databases).
    running_workspace_id uuid,
    status               varchar(16)   not null,
    step                 varchar(200)  not null,
    percent              integer       not null,
    started_by           varchar(320)  not null,
    intent_corrections   integer       not null,
    rudeness_corrections integer       not null,
    message              varchar(2000),
    started_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    finished_at          timestamp with time zone,
    constraint classify_retraining_job_pk primary key (id),
    constraint classify_retraining_job_one_running unique (running_workspace_id),
    constraint classify_retraining_job_status check (status in ('RUNNING', 'DONE', 'FAILED')),
    constraint classify_retraining_job_percent check (percent between 0 and 100)
);

create index classify_retraining_job_workspace on classify_retraining_job (workspace_id, started_at);

-- Before/after figures of one job, one row per evaluation set, in the order shown.
create table classify_retraining_figure (
    job_id           uuid         not null,
    position         integer      not null,
    set_name         varchar(200) not null,
    corrections      boolean      not null,
    posts            integer      not null,
    macro_f1_before  double precision not null,
    macro_f1_after   double precision not null,
    accuracy_before  double precision not null,
    accuracy_after   double precision not null,
    constraint classify_retraining_figure_pk primary key (job_id, position),
    constraint classify_retraining_figure_job foreign key (job_id) references classify_retraining_job (id)
);

-- The model a workspace uses instead of the shipped one, as LinearModel.save writes it (gzipped).
create table classify_workspace_model (
    workspace_id uuid  not null,
    job_id       uuid  not null,
    intent       bytea not null,
    rudeness     bytea not null,
    trained_at   timestamp with time zone not null,
    constraint classify_workspace_model_pk primary key (workspace_id)
);
