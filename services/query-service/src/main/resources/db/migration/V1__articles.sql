-- Read model of articles. Derived from regwatch.articles and regwatch.classifications only:
-- the table can be dropped and refilled by replaying both topics from offset 0.
-- The two topics arrive in any order for one article, so both halves of a row are nullable and
-- each half is written by its own natural-key upsert on article_id.
CREATE TABLE article (
    article_id              text PRIMARY KEY,

    -- from ArticleDiscovered / ArticleRevised (null until the article event arrives)
    feed_id                 text,
    url                     text,
    title                   text,
    summary                 text,
    content_kind            text,
    published               timestamptz,
    content_hash            text,
    tags                    varchar[] NOT NULL DEFAULT '{}',
    article_event_id        text,
    article_event_time      timestamptz,
    first_seen_at           timestamptz,

    -- from ArticleClassified (null until a classification arrives)
    classification_event_id text,
    classification_time     timestamptz,
    classified_content_hash text,
    rule_packs              varchar[] NOT NULL DEFAULT '{}',
    -- versions of rule_packs ordered by pack name: a classification replaces the stored one only
    -- when (rule_pack_rank, classification_time) is not smaller, so an older rule pack arriving
    -- late never overwrites a newer one.
    rule_pack_rank          bigint[],
    relevant                boolean,
    moratorium              text,
    legislation             text,
    actors                  varchar[] NOT NULL DEFAULT '{}',
    -- lower-cased actors of the labels and of every development, for the actor filter
    actor_keys              varchar[] NOT NULL DEFAULT '{}',
    subject_tech            text,
    language                text,
    note                    text,
    truncated               boolean,
    developments            jsonb NOT NULL DEFAULT '[]',

    -- newest-first order and cursor: publication time, else when we first saw it
    sort_time               timestamptz GENERATED ALWAYS AS
                                (coalesce(published, first_seen_at, classification_time)) STORED,
    updated_at              timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX article_sort_idx ON article (sort_time DESC, article_id DESC);
CREATE INDEX article_feed_idx ON article (feed_id, sort_time DESC);
CREATE INDEX article_tags_idx ON article USING gin (tags);
CREATE INDEX article_actor_keys_idx ON article USING gin (actor_keys);
