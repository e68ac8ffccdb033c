-- The identities behind confidential sources, never in an event: each is encrypted (AES-GCM)
-- with a key of its own, and that key is kept only wrapped by the master key. Forgetting an
-- identity destroys its key and its ciphertext; the row stays to say who forgot it and when.
create table source_identity_vault (
    source_id      varchar(64)  not null,
    master_key_id  varchar(64)  not null,
    key_nonce      bytea,
    wrapped_key    bytea,
    identity_nonce bytea,
    identity       bytea,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(255) not null,
    forgotten_at   timestamp with time zone,
    forgotten_by   varchar(255),
    constraint pk_source_identity_vault primary key (source_id)
);
