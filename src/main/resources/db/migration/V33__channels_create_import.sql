-- channels module: CSV/JSONL backfills. A job remembers how far it got, so it resumes after a crash.
create table import_job (
    id            uuid primary key,
    workspace_id  uuid          not null,
    file_name     varchar(500)  not null,
    file_path     varchar(2000) not null,
    format        varchar(8)    not null,
    status        varchar(16)   not null,
    bytes_total   bigint        not null,
    bytes_done    bigint        not null,
    lines_done    bigint        not null,
    posts_stored  bigint        not null,
    errors        bigint        not null,
    message       varchar(1000),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create index import_job_by_workspace on import_job (workspace_id, created_at desc);

-- Every line that could not be imported, and why: nothing is dropped silently.
create table import_error (
    job_id      uuid          not null references import_job (id) on delete cascade,
    line_number bigint        not null,
    reason      varchar(1000) not null,
    primary key (job_id, line_number)
);
