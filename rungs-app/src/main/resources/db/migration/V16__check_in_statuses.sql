-- History (issue 10): the statuses a check-in's agreement recorded, kept with the check-in so that
-- a past check-in can be opened to see what was agreed, even after later check-ins changed them.
-- Check-ins agreed before this migration have no rows here; their page says so.
-- Written for both H2 (MODE=PostgreSQL) and PostgreSQL.
create table check_in_status (
  check_in_id  bigint       not null references check_in (id) on delete cascade,
  criterion_id varchar(130) not null,
  status       varchar(20)  not null,
  primary key (check_in_id, criterion_id)
);
