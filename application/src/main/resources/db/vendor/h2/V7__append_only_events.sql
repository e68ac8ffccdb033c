-- On the embedded H2 store nothing but the tracker touches the file, and the tracker only ever
-- appends events; the hash chain and the checkpoints show any change made behind its back.
-- PostgreSQL adds a trigger that refuses changes (db/vendor/postgresql).
values (1);
