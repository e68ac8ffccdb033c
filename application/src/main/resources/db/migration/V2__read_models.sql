-- Read models kept by Axon streaming event processors. Each processor's token lives in token_entry
-- and is updated in the same transaction as these rows, so every event is applied exactly once.

create table rm_investigation (
    investigation_id varchar(36)   not null,
    title            varchar(300)  not null,
    summary          varchar(4000),
    closed           boolean       not null,
    opened_at        timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint pk_rm_investigation primary key (investigation_id)
);

-- The claim board: one row per claim, its status folded from the claim's events.
create table rm_claim (
    claim_id          varchar(36)   not null,
    investigation_id  varchar(36)   not null,
    statement         varchar(1000) not null,
    status            varchar(20)   not null,
    verdict           varchar(20),
    alleged_by        varchar(4000) not null,
    denied_by         varchar(4000) not null,
    developments      integer       not null,
    evidence          integer       not null,
    last_occurred_on  varchar(40),
    last_occurred_end timestamp with time zone,
    version           bigint        not null,
    status_path       varchar(1000) not null,
    registered_at     timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint pk_rm_claim primary key (claim_id)
);
create index ix_rm_claim_investigation on rm_claim (investigation_id);

-- The raw event log with its metadata, for auditors.
create table rm_audit (
    global_index         bigint        not null,
    event_identifier     varchar(255)  not null,
    aggregate_identifier varchar(255)  not null,
    aggregate_type       varchar(255),
    sequence_number      bigint        not null,
    event_type           varchar(255)  not null,
    recorded_at          timestamp with time zone not null,
    recorded_by          varchar(255),
    investigation_id     varchar(36),
    development_id       varchar(36),
    correlation_id       varchar(255),
    request_id           varchar(255),
    constraint pk_rm_audit primary key (global_index)
);
create index ix_rm_audit_recorded_by on rm_audit (recorded_by, global_index);
create index ix_rm_audit_recorded_at on rm_audit (recorded_at);
create index ix_rm_audit_investigation on rm_audit (investigation_id, global_index);
