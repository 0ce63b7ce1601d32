-- What grouping needs of a placed report, on its source row, so that a batch reads the reports
-- placed around its own (the window's pool) from development_source alone instead of reading
-- both article tables again per neighbouring article and decoding its classification's
-- developments (docs/query-service.md, "Eighth round"). The other facts the rule compares
-- (occurred-at, duration, bill, signature) were on the row already; the key is the development's.
-- actor and technology as the article writes them: what a development founded by this report
-- takes. (Its evidence was on the row already: a report that moves keeps its row, only its
-- development_id changes.)
-- Written with every source (the source row is rewritten whenever its article changes, so it is
-- in step with the article rows like the rest of the development tables).
-- facts = false: a row written before this migration that it could not fill (no classification
-- row: not expected); grouping reads such an article's reports from the article tables as before.
ALTER TABLE development_source
    ADD COLUMN actor text,
    ADD COLUMN technology text,
    ADD COLUMN product text,
    ADD COLUMN scope text,
    ADD COLUMN jurisdiction text,
    ADD COLUMN facts boolean NOT NULL DEFAULT false;

UPDATE development_source s
SET actor = c.developments -> s.dev_index ->> 'actor',
    technology = c.developments -> s.dev_index ->> 'technology',
    product = c.developments -> s.dev_index ->> 'product',
    scope = c.developments -> s.dev_index ->> 'scope',
    jurisdiction = c.developments -> s.dev_index ->> 'jurisdiction',
    facts = true
FROM article_classification c
WHERE c.article_id = s.article_id
  AND jsonb_typeof(c.developments -> s.dev_index) = 'object';
