-- Signed checkpoints: each seals the Merkle root over the hashes of the first tree_size events
-- of the store, the last of them at last_global_index. Rows are only ever added.
create table integrity_checkpoint (
    tree_size         bigint        not null,
    last_global_index bigint        not null,
    root_hash         bytea         not null,
    note              varchar(4000) not null,
    sealed_at         timestamp with time zone not null,
    constraint pk_integrity_checkpoint primary key (tree_size)
);
