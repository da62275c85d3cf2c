-- The JSON of each article resource as served with UTF-16 offsets, rendered once when the article's facts are
-- stored, with its ETag: a read that misses the memory cache is one lookup by primary key. format says which
-- rendering made the row; rows of another format are rendered again at startup. The body is the UTF-8 bytes as
-- sent (BYTEA on PostgreSQL, BINARY VARYING on H2): no conversion on the way out, and H2 does not hash it as it
-- does a string.
CREATE TABLE representation (
    article_id BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    resource   VARCHAR(32) NOT NULL,
    format     INTEGER     NOT NULL,
    etag       VARCHAR(64) NOT NULL,
    body       BYTEA       NOT NULL,
    CONSTRAINT pk_representation PRIMARY KEY (article_id, resource)
);
