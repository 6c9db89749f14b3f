-- Frameworks change. Rungs keeps the criteria of each framework as it last saw them, so that when a
-- file changes, assessments of a reworded criterion are carried to its new id (see CriterionCarryOver).
create table framework_snapshot (
  framework   varchar(300) primary key,
  fingerprint varchar(64)  not null,
  seen_at     timestamp with time zone not null default current_timestamp
);

create table framework_criterion (
  framework    varchar(300)   not null references framework_snapshot (framework) on delete cascade,
  position     integer        not null,
  criterion_id varchar(130)   not null,
  topic        varchar(300)   not null,
  level        integer        not null,
  text         varchar(20000) not null,
  primary key (framework, position)
);

-- The manager records the agreement in the meeting; the person then confirms it is what they
-- agreed, or says where it is not. Either way it stays on the timeline.
alter table check_in add column confirmation varchar(20);
alter table check_in add column confirmation_note varchar(2000);
alter table check_in add column confirmed_at timestamp with time zone;

-- A criterion's wording has no length limit in the format; keep as much of it as a snapshot does.
alter table assessment alter column criterion_text set data type varchar(20000);
