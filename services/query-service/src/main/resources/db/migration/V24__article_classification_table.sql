-- The classification half of the article row moves to a narrow table of its own, written only by
-- the classification upsert (ArticleWriter); the article row keeps the metadata the article events
-- write, and exists only once an article event was projected.
-- Why: PostgreSQL's biggest share of a classification's cost was its upsert into the wide article
-- row (title, summary, url, tags, body; ~2 KB): each one wrote a new version of the whole row, and a
-- relevant one (actor_keys, an indexed column, changes) a new entry in every index of the row — the
-- primary key, two sort indexes, the first-seen index, the tags and actor GIN indexes. Now a
-- classification inserts one narrow row, and a newer one updates only that row.
-- (docs/query-service.md, "Sixth round".)
CREATE TABLE article_classification (
    article_id              text PRIMARY KEY,
    classification_event_id text NOT NULL,
    classification_time     timestamptz NOT NULL,
    classified_content_hash text,
    rule_packs              varchar[] NOT NULL DEFAULT '{}',
    -- see V1: a classification replaces the stored one only when (rule_pack_rank,
    -- classification_time) is not smaller
    rule_pack_rank          bigint[],
    relevant                boolean,
    moratorium              text,
    legislation             text,
    actors                  varchar[] NOT NULL DEFAULT '{}',
    actor_keys              varchar[] NOT NULL DEFAULT '{}',
    subject_tech            text,
    language                text,
    note                    text,
    truncated               boolean,
    developments            jsonb NOT NULL DEFAULT '[]',
    updated_at              timestamptz NOT NULL DEFAULT now()
);

INSERT INTO article_classification (article_id, classification_event_id, classification_time,
    classified_content_hash, rule_packs, rule_pack_rank, relevant, moratorium, legislation, actors,
    actor_keys, subject_tech, language, note, truncated, developments, updated_at)
SELECT article_id, classification_event_id, classification_time, classified_content_hash,
       rule_packs, rule_pack_rank, relevant, moratorium, legislation, actors, actor_keys,
       subject_tech, language, note, truncated, developments, updated_at
FROM article WHERE classification_time IS NOT NULL;

-- A row that only a classification had created (its article event not projected yet) now lives in
-- article_classification alone; the article event creates its article row.
DELETE FROM article WHERE article_event_time IS NULL;

-- sort_time was generated from (published, first_seen_at, classification_time); the last one only
-- mattered for rows without an article event, which are gone. It stays a plain column, written by
-- the article upsert (no table rewrite, its indexes stay).
ALTER TABLE article ALTER COLUMN sort_time DROP EXPRESSION;

ALTER TABLE article
    DROP COLUMN classification_event_id,
    DROP COLUMN classification_time,
    DROP COLUMN classified_content_hash,
    DROP COLUMN rule_packs,
    DROP COLUMN rule_pack_rank,
    DROP COLUMN relevant,
    DROP COLUMN moratorium,
    DROP COLUMN legislation,
    DROP COLUMN actors,
    DROP COLUMN actor_keys, -- and its index, article_actor_keys_idx
    DROP COLUMN subject_tech,
    DROP COLUMN language,
    DROP COLUMN note,
    DROP COLUMN truncated,
    DROP COLUMN developments;

-- The actor filter of /api/articles. Only rows that name an actor: three in four classifications
-- name none, and an empty array would still cost each of their inserts a GIN entry. The listing
-- query states the predicate so the planner can use it.
CREATE INDEX article_classification_actor_keys_idx ON article_classification USING gin (actor_keys)
    WHERE actor_keys <> '{}';

-- Statistics for the planner right away when rows were moved. Not for empty tables (a new
-- database): an analyzed empty table is planned as one page, and a plan cached then (the
-- grouping's per-id probes, DevelopmentStore.completeArticles) scans it whole for every id once it
-- has grown, until autovacuum analyzes it again — measured: 44.6 PostgreSQL CPU-s for the first
-- 20,000 classifications instead of ~2. Never analyzed, it is planned as at least ten pages, which
-- an index probe beats, and autovacuum analyzes it as soon as it fills.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM article_classification) THEN
        ANALYZE article_classification;
        ANALYZE article;
    END IF;
END $$;
