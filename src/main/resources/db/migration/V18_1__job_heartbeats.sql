-- Background jobs that are queued or running keep a heartbeat (platform's JobHeartbeats): a job whose process died
-- (kill -9, out of memory) stops beating, and the sweeper tells its owner, which marks it interrupted.
create table job_heartbeat (
    kind       varchar(32) not null,
    ref_id     bigint      not null,
    node       varchar(64) not null,
    started_at timestamp with time zone not null,
    beat_at    timestamp with time zone not null,
    constraint job_heartbeat_pk primary key (kind, ref_id)
);

-- Imports wait in a queue, one at a time.
alter table import_job drop constraint import_job_status_check;
alter table import_job add constraint import_job_status_check
    check (status in ('QUEUED', 'RUNNING', 'APPLIED', 'REJECTED', 'DRY_RUN', 'FAILED'));
