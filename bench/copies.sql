-- Adds @COPIES@ copies of article 1 with all its facts, numbered after the @FROM@ articles already stored: the
-- growth benchmark's way to many extracted articles without extracting each (bench/run.sh fills the numbers).
CREATE TEMPORARY TABLE copy_map AS
SELECT x AS n FROM SYSTEM_RANGE(@FROM@ + 1, @FROM@ + @COPIES@);

INSERT INTO article (version, slug, title, standfirst, published_on, reading_time_minutes, image_caption,
                     image_credit, source_name, sha256, body, ingested_at, created_at, updated_at,
                     extractor_version)
SELECT 0, a.slug || '-copy-' || c.n, a.title, a.standfirst, DATEADD(DAY, -MOD(c.n, 700), a.published_on),
       a.reading_time_minutes, a.image_caption, a.image_credit, 'copy-' || c.n || '.txt',
       'c0' || LPAD(CAST(c.n AS VARCHAR), 62, '0'), a.body, a.ingested_at, a.created_at, a.updated_at,
       a.extractor_version
FROM article a CROSS JOIN copy_map c WHERE a.id = 1;

INSERT INTO paragraph (article_id, number, start_offset, end_offset)
SELECT t.id, p.number, p.start_offset, p.end_offset
FROM paragraph p JOIN article t ON t.source_name LIKE 'copy-%' JOIN copy_map c ON t.source_name = 'copy-' || c.n || '.txt'
WHERE p.article_id = 1;

INSERT INTO mention (article_id, entity_id, start_offset, end_offset, paragraph, sentence, nominal, actor, source)
SELECT t.id, m.entity_id, m.start_offset, m.end_offset, m.paragraph, m.sentence, m.nominal, m.actor, m.source
FROM mention m JOIN article t ON t.source_name LIKE 'copy-%' JOIN copy_map c ON t.source_name = 'copy-' || c.n || '.txt'
WHERE m.article_id = 1;

INSERT INTO date_fact (article_id, start_offset, end_offset, kind, date_value, granularity, part_of_day,
                       interval_start, interval_end, anchor)
SELECT t.id, d.start_offset, d.end_offset, d.kind, d.date_value, d.granularity, d.part_of_day, d.interval_start,
       d.interval_end, d.anchor
FROM date_fact d JOIN article t ON t.source_name LIKE 'copy-%' JOIN copy_map c ON t.source_name = 'copy-' || c.n || '.txt'
WHERE d.article_id = 1;

INSERT INTO attribution_fact (article_id, local_id, source, source_is_entity, cue_start, cue_end, claim_start,
                              claim_end, medium, direct_quote)
SELECT t.id, a.local_id, a.source, a.source_is_entity, a.cue_start, a.cue_end, a.claim_start, a.claim_end, a.medium,
       a.direct_quote
FROM attribution_fact a JOIN article t ON t.source_name LIKE 'copy-%' JOIN copy_map c ON t.source_name = 'copy-' || c.n || '.txt'
WHERE a.article_id = 1;

INSERT INTO event_fact (article_id, local_id, event_type, actor, target, place, date_value, happened_from,
                        happened_to, trigger_start, trigger_end, evidence_start, evidence_end, attribution_id,
                        certainty)
SELECT t.id, e.local_id, e.event_type, e.actor, e.target, e.place, e.date_value, e.happened_from, e.happened_to,
       e.trigger_start, e.trigger_end, e.evidence_start, e.evidence_end,
       (SELECT ca.id FROM attribution_fact ca JOIN attribution_fact oa ON oa.id = e.attribution_id
        WHERE ca.article_id = t.id AND ca.local_id = oa.local_id),
       e.certainty
FROM event_fact e JOIN article t ON t.source_name LIKE 'copy-%' JOIN copy_map c ON t.source_name = 'copy-' || c.n || '.txt'
WHERE e.article_id = 1;

-- The stored representations too, with the copy's id, slug and address written in; the ETag is article 1's, which only
-- this benchmark's database ever serves (events and attributions keep article 1's ids in their bodies as well).
INSERT INTO representation (id, article_id, resource, format, etag, body, article_updated_at)
SELECT t.id * 8 + MOD(r.id, 8), t.id, r.resource, r.format, r.etag,
       CAST(REPLACE(REPLACE(REPLACE(REPLACE(UTF8TOSTRING(r.body), '"articleId":1,', '"articleId":' || t.id || ','),
                                    '{"id":1,', '{"id":' || t.id || ','),
                            '"slug":"' || a.slug || '"', '"slug":"' || t.slug || '"'),
                    '"/api/articles/1"', '"/api/articles/' || t.id || '"') AS VARBINARY), t.updated_at
FROM representation r JOIN article a ON a.id = r.article_id
JOIN article t ON t.source_name LIKE 'copy-%' JOIN copy_map c ON t.source_name = 'copy-' || c.n || '.txt'
WHERE r.article_id = 1;

DROP TABLE copy_map;

-- bench/run.sh compacts the file after this (copy_articles): a bulk insert leaves it far larger than its live pages.
SHUTDOWN;
