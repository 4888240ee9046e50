-- Data migration records (seed S2 step 4, playbook P5): per data source, the method, the data sets and
-- the evidence of the gate "organised and backed up, tested before and after". A record belongs to a
-- wave unit or, without one, to every unit of the program.

create table rollout_migration (
    id                     bigint generated always as identity primary key,
    organization_id        bigint      not null references organization (id),
    program_id             bigint      not null references program (id) on delete cascade,
    wave_unit_id           bigint references rollout_wave_unit (id) on delete cascade,
    source_system          text        not null check (length(source_system) between 1 and 200),
    method                 text        not null check (method in ('BUILT_IN_IMPORT', 'TOOL', 'CUSTOM')),
    data_sets              text check (data_sets is null or length(data_sets) <= 2000),
    backup_note            text check (backup_note is null or length(backup_note) <= 2000),
    backup_file_id         bigint references stored_file (id),
    backup_at              timestamptz,
    backup_by_name         text,
    test_before_result     text check (test_before_result in ('PASSED', 'FAILED')),
    test_before_note       text check (test_before_note is null or length(test_before_note) <= 2000),
    test_before_file_id    bigint references stored_file (id),
    test_before_at         timestamptz,
    test_before_by_name    text,
    migrated_note          text check (migrated_note is null or length(migrated_note) <= 2000),
    records_migrated       bigint check (records_migrated is null or records_migrated >= 0),
    migrated_at            timestamptz,
    migrated_by_name       text,
    test_after_result      text check (test_after_result in ('PASSED', 'FAILED')),
    test_after_note        text check (test_after_note is null or length(test_after_note) <= 2000),
    test_after_file_id     bigint references stored_file (id),
    test_after_at          timestamptz,
    test_after_by_name     text,
    version                int         not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);
create index rollout_migration_program on rollout_migration (organization_id, program_id, id);
create index rollout_migration_unit on rollout_migration (wave_unit_id) where wave_unit_id is not null;
