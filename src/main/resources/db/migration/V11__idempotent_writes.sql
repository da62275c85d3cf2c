-- A POST sent with an Idempotency-Key: a retry with the same key and body answers what the first one did.
CREATE TABLE idempotent_write (
    idempotency_key VARCHAR(255)             NOT NULL PRIMARY KEY,
    body_sha256     VARCHAR(64)              NOT NULL,
    article_id      BIGINT                   NOT NULL,
    created         BOOLEAN                  NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
