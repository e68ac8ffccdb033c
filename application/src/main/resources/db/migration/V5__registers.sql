-- Parties, sources, client relationships, proceedings and figures, kept by the "registers" projection.
create table rm_party (
    party_id varchar(36)  not null,
    name     varchar(300) not null,
    kind     varchar(20)  not null,
    country  varchar(2),
    constraint pk_rm_party primary key (party_id)
);

create table rm_source (
    source_id          varchar(36)   not null,
    kind               varchar(20)   not null,
    title              varchar(500)  not null,
    url                varchar(2048),
    publisher_party_id varchar(36),
    published_on       varchar(10),
    confidential       boolean       not null,
    constraint pk_rm_source primary key (source_id)
);

create table rm_client (
    vendor_id        varchar(36) not null,
    client_id        varchar(36) not null,
    status           varchar(20) not null,
    investigation_id varchar(36) not null,
    since            varchar(40) not null,
    updated_at       timestamp with time zone not null,
    constraint pk_rm_client primary key (vendor_id, client_id)
);

create table rm_proceeding (
    proceeding_id       varchar(36)   not null,
    investigation_id    varchar(36)   not null,
    kind                varchar(40)   not null,
    title               varchar(300)  not null,
    venue               varchar(300),
    initiator_party_ids varchar(4000) not null,
    target_party_ids    varchar(4000) not null,
    opened_on           varchar(40)   not null,
    closed_on           varchar(40),
    outcome             varchar(1000),
    constraint pk_rm_proceeding primary key (proceeding_id)
);
create index ix_rm_proceeding_investigation on rm_proceeding (investigation_id);

create table rm_figure (
    development_id   varchar(36)    not null,
    position         integer        not null,
    investigation_id varchar(36)    not null,
    subject_id       varchar(80)    not null,
    figure_value     decimal(38, 10) not null,
    unit             varchar(100),
    label            varchar(300),
    approximate      boolean        not null,
    party_ids        varchar(4000)  not null,
    source_ids       varchar(4000)  not null,
    occurred_on      varchar(40)    not null,
    recorded_at      timestamp with time zone not null,
    struck           boolean        not null,
    constraint pk_rm_figure primary key (development_id, position)
);
create index ix_rm_figure_investigation on rm_figure (investigation_id);
