-- One real-world development reported by many articles is ONE row, with its sources.
-- Derived from the article rows (themselves derived from the topics), recomputed per article
-- whenever its classification or its metadata changes; see docs/query-service.md for the
-- grouping rule.
CREATE TABLE development (
    development_id  text PRIMARY KEY,
    kind            text NOT NULL,
    status          text NOT NULL,
    actor           text,
    -- grouping key: lower-cased actor and technology ('' when the classifier gave none)
    actor_key       text NOT NULL,
    subject_key     text NOT NULL,
    technology      text,
    product         text,
    scope           text,
    jurisdiction    text,
    duration        text,
    effective_date  date,
    expiry_date     date,
    -- when it happened (effective date from the text, else the first report's publication date)
    occurred_at     date NOT NULL,
    -- when we first saw a report of it
    known_at        timestamptz NOT NULL,
    title           text NOT NULL,
    confidence      double precision NOT NULL,
    source_count    integer NOT NULL,
    -- MinHash of the union of the sources' shingles (element-wise minimum of their signatures)
    signature       integer[] NOT NULL,
    version         integer NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX development_group_idx ON development (kind, status, actor_key, subject_key, occurred_at);
CREATE INDEX development_order_idx ON development (occurred_at DESC, development_id DESC);

CREATE TABLE development_source (
    article_id      text NOT NULL,
    -- position of the development in the article's classification
    dev_index       integer NOT NULL,
    development_id  text NOT NULL REFERENCES development (development_id) ON DELETE CASCADE,
    feed_id         text,
    url             text,
    title           text,
    published       timestamptz,
    first_seen_at   timestamptz,
    occurred_at     date NOT NULL,
    effective_date  date,
    expiry_date     date,
    duration        text,
    headline        boolean NOT NULL,
    confidence      double precision NOT NULL,
    evidence        jsonb NOT NULL,
    signature       integer[] NOT NULL,
    PRIMARY KEY (article_id, dev_index)
);

CREATE INDEX development_source_dev_idx ON development_source (development_id);

-- The history of a development: opened, sources joining and leaving, corrected fields. Kept
-- without a foreign key so that the history of a development that lost all its sources remains.
CREATE TABLE development_change (
    development_id  text NOT NULL,
    seq             integer NOT NULL,
    at              timestamptz NOT NULL,
    change          text NOT NULL,
    article_id      text,
    field           text,
    old_value       text,
    new_value       text,
    PRIMARY KEY (development_id, seq)
);
