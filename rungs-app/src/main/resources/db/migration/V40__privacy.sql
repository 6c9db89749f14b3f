-- Personal data (issue 15): when a person left, who recorded it, and when their personal data was
-- erased. "if not exists": deactivation is also being added by another change, with the same
-- columns; whichever runs first adds them.
alter table person add column if not exists deactivated_at timestamp with time zone;
alter table person add column if not exists deactivated_by bigint references person (id);
alter table person add column if not exists erased_at timestamp with time zone;
