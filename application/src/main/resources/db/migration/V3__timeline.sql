-- Every development of an investigation's claims, proceedings and client relationships, with
-- corrections applied (and counted) and strikes marked.
create table rm_timeline (
    entry_id               varchar(36)   not null,
    investigation_id       varchar(36)   not null,
    subject_type           varchar(20)   not null,
    subject_id             varchar(80)   not null,
    type                   varchar(100)  not null,
    occurred_on            varchar(40)   not null,
    occurred_start         timestamp with time zone not null,
    recorded_at            timestamp with time zone not null,
    recorded_by            varchar(255),
    summary                varchar(4000),
    party_ids              varchar(4000) not null,
    source_ids             varchar(4000) not null,
    detail                 varchar(4000),
    target_id              varchar(36),
    struck                 boolean       not null,
    struck_reason          varchar(4000),
    corrections            integer       not null,
    last_correction_reason varchar(4000),
    constraint pk_rm_timeline primary key (entry_id)
);
create index ix_rm_timeline_investigation on rm_timeline (investigation_id, occurred_start);
create index ix_rm_timeline_subject on rm_timeline (subject_id);
