-- The event table and the checkpoints are append-only for everyone, the owner included: a
-- trigger refuses UPDATE, DELETE and TRUNCATE. The tracker's runtime role (TRACKER_DB_USER)
-- may only read and add events and checkpoints; it keeps full use of the read models and tokens.
create or replace function refuse_record_change() returns trigger language plpgsql as $$
begin
    raise exception 'the event store is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = '42501', hint = 'record a correction or a strike instead';
end
$$;

create trigger domain_event_entry_append_only before update or delete on domain_event_entry
    for each row execute function refuse_record_change();
create trigger domain_event_entry_no_truncate before truncate on domain_event_entry
    for each statement execute function refuse_record_change();
create trigger integrity_checkpoint_append_only before update or delete on integrity_checkpoint
    for each row execute function refuse_record_change();
create trigger integrity_checkpoint_no_truncate before truncate on integrity_checkpoint
    for each statement execute function refuse_record_change();

revoke update, delete, truncate on domain_event_entry, integrity_checkpoint from public;

do $$
declare
    runtime text := '${runtime_user}';
begin
    if runtime <> '' and runtime <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), runtime);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), runtime);
        execute format('revoke update, delete, truncate on domain_event_entry, integrity_checkpoint from %I', runtime);
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), runtime);
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
            current_schema(), runtime);
        execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
            current_schema(), runtime);
    end if;
end
$$;
