-- When an endpoint was disabled (by a 410 or by days of failures), and the notices that tell its
-- subscriber. The endpoint is the one channel known to be dead, so notices are read through the
-- API (GET /api/subscriptions/{id}/notices) rather than sent to it.
ALTER TABLE subscription ADD COLUMN disabled_at timestamptz;

CREATE TABLE subscription_notice (
    notice_id       text PRIMARY KEY,
    subscription_id text NOT NULL REFERENCES subscription (subscription_id) ON DELETE CASCADE,
    -- 'subscription.disabled'
    type            text NOT NULL,
    at              timestamptz NOT NULL,
    -- the notice as JSON {type, timestamp, data}, like a webhook payload
    body            jsonb NOT NULL
);

CREATE INDEX subscription_notice_sub_idx ON subscription_notice (subscription_id, at);
