-- Notices are also published as events (org.regwatch.subscription.disabled on
-- regwatch.subscription-notices). The row is written in the transaction that disables the
-- endpoint; NoticeRelay publishes it after the commit and sets published_at once the broker
-- acknowledged it, so a crash at any point leaves it to be (re)published, never lost.
-- Notices from before this column existed were never published: they are relayed too.
ALTER TABLE subscription_notice ADD COLUMN published_at timestamptz;

CREATE INDEX subscription_notice_unpublished_idx ON subscription_notice (at)
    WHERE published_at IS NULL;
