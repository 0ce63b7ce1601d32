-- `search` stops being a STORED generated column: the article upsert (ArticleWriter) now writes it
-- from the same expression, and only the article half of a row ever changes it.
-- Why: on PostgreSQL 15 an INSERT … ON CONFLICT DO UPDATE recomputes every stored generated
-- column, whatever columns its SET names, so each classification upsert ran to_tsvector over the
-- article's title and body again (measured with psql on 10,000 articles of ~250 words,
-- PostgreSQL 15.18: a classification-only upsert 4.7 s with the generated column, 0.1 s without;
-- a probe function in the expression was called once per row for a plain UPDATE of other columns
-- — no recompute — but twice per row for the upsert). PostgreSQL 17 skips the recompute when
-- no referenced column is set (0.24 s vs 0.20 s), but the service must not depend on which one it
-- is given. An article event that conflicts also computed it twice (for the proposed row, then
-- again for the update); the upsert now computes it once per row.
ALTER TABLE article ALTER COLUMN search DROP EXPRESSION;
-- what the expression gave a row without title or body (a classification that came first)
ALTER TABLE article ALTER COLUMN search SET DEFAULT ''::tsvector;
ALTER TABLE article ALTER COLUMN search SET NOT NULL;
