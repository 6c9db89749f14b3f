-- Indexes that a large organisation (100,000 people) needs.

-- A standing page lists the person's latest evidence: without this, every page view scanned all
-- evidence of everyone (90 ms with 224,000 items).
create index evidence_person on evidence (person_id, happened_on);

-- Pages about thousands of people keep everyone's agreed statuses in memory and, on each request,
-- re-read only the people whose assessments changed lately (AgreedStatuses): this makes "what
-- changed in the last minutes" one short range scan instead of a pass over every assessment.
create index assessment_updated_at on assessment (updated_at);

-- The pay gap report keeps everyone's unsealed sex in memory until one changes: a change deletes
-- the row and inserts another, so the newest time tells that something changed (OrganisationReports).
alter table pay_sex add column changed_at timestamp with time zone default current_timestamp not null;
