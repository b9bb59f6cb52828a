-- The idempotency keys of registrations (the Idempotency-Key header, a batch item's clientReference),
-- written with their initiative in the same statement or transaction. Unique per user: of two sends
-- of one key at once, one stores the initiative and the other finds it. The fingerprint is a hash of
-- what the registration said, to tell a repeat from another registration under the same key. Kept
-- as long as their initiatives.
CREATE TABLE registration_key (
    username          VARCHAR(60)  NOT NULL,
    client_reference  VARCHAR(100) NOT NULL,
    fingerprint       VARCHAR(64)  NOT NULL,
    initiative_id     BIGINT NOT NULL REFERENCES initiative (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, client_reference)
);
