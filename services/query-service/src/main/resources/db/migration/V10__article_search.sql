-- Full-text search over articles (GET /api/articles?q=, and developments through their sources).
-- body = the text the classifier read (full text or the feed's summary); evidence spans are
-- quotes of the title or of this text, so searching title + body also searches the evidence.
ALTER TABLE article ADD COLUMN body text;

-- A generated column keeps the index in step with every upsert without any writer knowing about
-- it. English configuration (stemming, stop words); the title weighs more (A) than the body (B),
-- so an article whose headline names the words ranks above one that mentions them in passing.
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED;

CREATE INDEX article_search_idx ON article USING gin (search);

-- Keyset order for sort=firstSeen / -firstSeen, and developments by known-at.
CREATE INDEX article_first_seen_idx ON article (first_seen_at, article_id);
CREATE INDEX development_known_idx ON development (known_at, development_id);
