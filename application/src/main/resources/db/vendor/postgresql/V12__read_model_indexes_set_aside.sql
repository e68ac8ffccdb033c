-- A rebuild of a large read model writes a row per event into tables whose secondary indexes
-- are keyed at random (development ids, investigations, subjects, editors): most of PostgreSQL's
-- work in a rebuild was keeping those indexes, and most of its WAL the pages they touched. A
-- rebuild from a large store therefore sets the timeline's and the audit's secondary indexes
-- aside when it empties them (ReadModelIndexes, in the reset's transaction) and builds them once
-- at its end, before the rebuild counts as done (Projections). Reads of a projection are refused
-- while it rebuilds, so no read goes without them; the projections' own statements use only the
-- primary keys, which stay. What was set aside is kept here, so a tracker stopped mid-rebuild
-- builds the indexes when it finishes after its restart.
create table read_model_index_set_aside (
    index_name   varchar(63)  not null,
    table_name   varchar(63)  not null,
    definition   text         not null,
    set_aside_at timestamp with time zone not null default now(),
    constraint pk_read_model_index_set_aside primary key (index_name)
);

-- The runtime role may not drop or create indexes of tables it does not own; these two functions
-- do it for it, on these two tables only, with the definitions the migrations gave the indexes.
create function set_aside_read_model_indexes(read_model text) returns integer
language plpgsql security definer as $$
declare
    found record;
    done integer := 0;
begin
    if read_model not in ('rm_timeline', 'rm_audit') then
        raise exception 'the indexes of % are never set aside', read_model using errcode = '42501';
    end if;
    for found in
        select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
        from pg_index x join pg_class i on i.oid = x.indexrelid
        where x.indrelid = read_model::regclass and not x.indisunique and not x.indisprimary
        order by i.relname
    loop
        insert into read_model_index_set_aside (index_name, table_name, definition)
            values (found.name, read_model, found.definition) on conflict (index_name) do nothing;
        execute format('drop index %I', found.name);
        done := done + 1;
    end loop;
    return done;
end
$$;

create function restore_read_model_indexes(read_model text) returns integer
language plpgsql security definer as $$
declare
    kept record;
    done integer := 0;
begin
    for kept in
        select index_name, definition from read_model_index_set_aside where table_name = read_model
        order by index_name for update
    loop
        if to_regclass(quote_ident(kept.index_name)) is null then
            execute kept.definition;
            done := done + 1;
        end if;
        delete from read_model_index_set_aside where index_name = kept.index_name;
    end loop;
    return done;
end
$$;

do $$
declare
    runtime text := '${runtime_user}';
begin
    -- Both run with the owner's rights, so they resolve names in this schema only.
    execute format('alter function set_aside_read_model_indexes(text) set search_path = %I, pg_temp', current_schema());
    execute format('alter function restore_read_model_indexes(text) set search_path = %I, pg_temp', current_schema());
    revoke execute on function set_aside_read_model_indexes(text), restore_read_model_indexes(text) from public;
    if runtime <> '' and runtime <> current_user then
        execute format('grant execute on function set_aside_read_model_indexes(text), restore_read_model_indexes(text) to %I', runtime);
        execute format('revoke insert, update, delete, truncate on read_model_index_set_aside from %I', runtime);
        execute format('grant select on read_model_index_set_aside to %I', runtime);
    end if;
end
$$;
