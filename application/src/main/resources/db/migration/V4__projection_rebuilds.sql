-- Rebuilds in progress, visible to every node: a projection is rebuilding from the moment its
-- tokens are reset until its position reaches the head the store had at that moment.
create table projection_rebuild (
    processor_name varchar(255) not null,
    started_at     timestamp with time zone not null,
    head_at_start  bigint       not null,
    completed_at   timestamp with time zone,
    constraint pk_projection_rebuild primary key (processor_name)
);
