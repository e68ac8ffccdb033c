-- A rebuild of a large read model writes a row per event into tables whose secondary indexes
-- (investigations, subjects, editors, times) take those rows at scattered places: at a million
-- events, keeping them row by row cost PostgreSQL about a tenth more CPU, and the rebuild about a
-- fifth more time, than building them once at the end (docs/performance.md). A rebuild from a
-- large store therefore sets the timeline's and the audit's secondary indexes aside when it
-- empties them (ReadModelIndexes, in the reset's transaction) and builds them once at its end,
-- before the rebuild counts as done (Projections). Reads of a projection are refused while it
-- rebuilds; the projections' own statements use only the primary keys, which stay. What was set
-- aside is kept here, so a tracker stopped mid-rebuild builds the indexes when the rebuild
-- finishes after its restart. A later migration that changes one of these indexes must allow
-- for its being set aside (absent, its definition in this table).
create table read_model_index_set_aside (
    index_name   varchar(63)  not null,
    table_name   varchar(63)  not null,
    definition   text         not null,
    set_aside_at timestamp with time zone not null default now(),
    constraint pk_read_model_index_set_aside primary key (index_name)
);

-- The runtime role may not drop or create indexes of tables it does not own; these two functions
-- do it for it, on these two tables only, with the definitions the migrations gave the indexes.
-- They run with the owner's rights, so they look in pg_catalog first and compare only values of
-- one type: nothing another role could create in the schema is called in their place.
create function set_aside_read_model_indexes(read_model text) returns integer
language plpgsql security definer as $$
declare
    target oid;
    schema_name text;
    found record;
    done integer := 0;
begin
    if read_model::text not in ('rm_timeline'::text, 'rm_audit'::text) then
        raise exception 'the indexes of % are never set aside', read_model using errcode = '42501';
    end if;
    target := read_model::regclass::oid;
    select n.nspname::text into schema_name
        from pg_catalog.pg_class t join pg_catalog.pg_namespace n on n.oid = t.relnamespace where t.oid = target;
    for found in
        select i.relname::text as name, pg_catalog.pg_get_indexdef(x.indexrelid) as definition
        from pg_catalog.pg_index x join pg_catalog.pg_class i on i.oid = x.indexrelid
        where x.indrelid = target and not x.indisunique and not x.indisprimary
        order by i.relname::text
    loop
        insert into read_model_index_set_aside (index_name, table_name, definition)
            values (found.name, read_model, found.definition) on conflict (index_name) do nothing;
        execute pg_catalog.format('drop index %I.%I', schema_name, found.name);
        done := done + 1;
    end loop;
    return done;
end
$$;

create function restore_read_model_indexes(read_model text) returns integer
language plpgsql security definer as $$
declare
    target oid;
    kept record;
    done integer := 0;
begin
    target := read_model::regclass::oid;
    for kept in
        select index_name::text as name, definition::text as definition from read_model_index_set_aside
        where table_name::text = read_model::text order by index_name::text for update
    loop
        if not exists (select from pg_catalog.pg_index x join pg_catalog.pg_class i on i.oid = x.indexrelid
                where x.indrelid = target and i.relname::text = kept.name) then
            execute kept.definition;
            done := done + 1;
        end if;
        delete from read_model_index_set_aside where index_name::text = kept.name;
    end loop;
    return done;
end
$$;

do $$
declare
    runtime text := '${runtime_user}';
begin
    execute format('alter function set_aside_read_model_indexes(text) set search_path = pg_catalog, %I, pg_temp',
        current_schema());
    execute format('alter function restore_read_model_indexes(text) set search_path = pg_catalog, %I, pg_temp',
        current_schema());
    revoke execute on function set_aside_read_model_indexes(text), restore_read_model_indexes(text) from public;
    if runtime <> '' and runtime <> current_user then
        execute format('grant execute on function set_aside_read_model_indexes(text), restore_read_model_indexes(text) to %I', runtime);
        execute format('revoke insert, update, delete, truncate on read_model_index_set_aside from %I', runtime);
        execute format('grant select on read_model_index_set_aside to %I', runtime);
    end if;
end
$$;
