-- Events typed as ACLED and CAMEO type them, the words that name their actor and target (entities or not: "civilians"),
-- and the casualties their sentence reports. Rows stored before stay valid (the new columns are null) until the
-- next extractor version re-extracts their articles.
ALTER TABLE event_fact ADD COLUMN acled_event_type VARCHAR(64);
ALTER TABLE event_fact ADD COLUMN acled_sub_event_type VARCHAR(64);
ALTER TABLE event_fact ADD COLUMN cameo VARCHAR(8);
ALTER TABLE event_fact ADD COLUMN actor_start INTEGER;
ALTER TABLE event_fact ADD COLUMN actor_end INTEGER;
ALTER TABLE event_fact ADD COLUMN target_start INTEGER;
ALTER TABLE event_fact ADD COLUMN target_end INTEGER;

CREATE TABLE event_casualty (
    event_id       BIGINT      NOT NULL REFERENCES event_fact (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    victim_count   INTEGER,
    victims        VARCHAR(255),
    evidence_start INTEGER     NOT NULL,
    evidence_end   INTEGER     NOT NULL,
    PRIMARY KEY (event_id, position)
);
