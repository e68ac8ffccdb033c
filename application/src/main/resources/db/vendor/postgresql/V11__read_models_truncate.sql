-- A rebuild empties its read models with TRUNCATE where the role may (ReadModelTables): a
-- DELETE of every row leaves them dead in the tables and their indexes until a vacuum. The
-- runtime role (TRACKER_DB_USER) is granted TRUNCATE on the read models' tables, and only
-- on them: the event table and the checkpoints refuse it to everyone (V7).
do $$
declare
    runtime text := '${runtime_user}';
    read_model text;
begin
    if runtime <> '' and runtime <> current_user then
        for read_model in
            select tablename from pg_tables where schemaname = current_schema() and tablename like 'rm\_%'
        loop
            execute format('grant truncate on %I to %I', read_model, runtime);
        end loop;
    end if;
end
$$;
