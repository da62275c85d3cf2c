-- When an article was first stored and when its content or facts last changed, so a client can poll for changes;
-- and a tombstone for each deleted article, so such a client also learns what is gone.
ALTER TABLE article ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE article SET created_at = ingested_at, updated_at = ingested_at;
ALTER TABLE article ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE article ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX article_updated_at ON article (updated_at);

CREATE TABLE article_deletion (
    article_id BIGINT                   NOT NULL PRIMARY KEY,
    slug       VARCHAR(255)             NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_deletion_deleted_at ON article_deletion (deleted_at);
