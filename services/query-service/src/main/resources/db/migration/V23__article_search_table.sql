-- The full-text vector leaves the article row for a narrow table of its own, written only by the
-- article upsert (ArticleWriter), one row per article whose article event was projected.
-- Why: a classification that reports something changes an indexed column of its article row
-- (actor_keys), so its update cannot be HOT and every index of the row gets a new entry — the
-- full-text GIN index all ~250 lexemes of the body again. Measured with psql on PostgreSQL 17.6
-- (12,000 articles of ~250 words, 4,000 relevant classifications upserted, load ~7): 708 ms with
-- the GIN index on the row, 111 ms without it; irrelevant ones (HOT) 35 ms. In the service's mix
-- (1 in 4 relevant) that was ~0.3–0.4 of PostgreSQL's ~1.0 CPU-s per 10,000 classifications
-- (docs/query-service.md, "Fifth round"). The article row also loses the vector's ~3 KB, which
-- leaves more room on its page for HOT updates.
CREATE TABLE article_search (
    article_id text PRIMARY KEY REFERENCES article (article_id) ON DELETE CASCADE,
    search     tsvector NOT NULL
);

INSERT INTO article_search (article_id, search)
SELECT article_id, search FROM article WHERE feed_id IS NOT NULL;

ALTER TABLE article DROP COLUMN search; -- and its index, article_search_idx

CREATE INDEX article_search_idx ON article_search USING gin (search);
