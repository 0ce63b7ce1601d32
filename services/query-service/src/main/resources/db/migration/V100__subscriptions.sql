-- Subscribers, their API keys, their webhook subscriptions, and the webhook outbox.
-- Unlike the read models, these tables are NOT derived from the topics: a rebuild of the read
-- models must leave them alone (the outbox's unique key is what keeps a replay from alerting twice).
CREATE TABLE subscriber (
    subscriber_id   text PRIMARY KEY,
    name            text NOT NULL,
    created_at      timestamptz NOT NULL
);

-- Only the SHA-256 of a key is stored: the key itself is shown once, at creation.
CREATE TABLE api_key (
    key_id          text PRIMARY KEY,
    subscriber_id   text NOT NULL REFERENCES subscriber (subscriber_id) ON DELETE CASCADE,
    key_hash        text NOT NULL UNIQUE,
    created_at      timestamptz NOT NULL,
    revoked_at      timestamptz
);

CREATE TABLE subscription (
    subscription_id text PRIMARY KEY,
    subscriber_id   text NOT NULL REFERENCES subscriber (subscriber_id) ON DELETE CASCADE,
    url             text NOT NULL,
    filters         jsonb NOT NULL,
    query           text,
    mode            text NOT NULL,
    active          boolean NOT NULL,
    secret          text NOT NULL,
    -- during a rotation the previous secret still signs (both signatures are sent) until this time
    previous_secret text,
    previous_until  timestamptz,
    -- 'enabled', or 'disabled' by a 410 or by failing for days; status_reason says which
    endpoint_status text NOT NULL DEFAULT 'enabled',
    status_reason   text,
    failing_since   timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX subscription_owner_idx ON subscription (subscriber_id);

-- Last status seen per lineage (kind, actor, subject, scope), to recognise transitions such as
-- moratorium announced -> extended, which are two developments in the read model.
CREATE TABLE alert_lineage (
    lineage_key     text PRIMARY KEY,
    status          text NOT NULL,
    development_id  text NOT NULL,
    -- a replay of an older development must not move the lineage back in time
    occurred_at     date NOT NULL
);

-- One row per (subscription, development change), written in the projection's transaction.
CREATE TABLE webhook_outbox (
    message_id      text PRIMARY KEY,
    subscription_id text NOT NULL REFERENCES subscription (subscription_id) ON DELETE CASCADE,
    development_id  text NOT NULL,
    development_version integer NOT NULL,
    event_type      text NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL,
    -- 'pending', 'delivered', or 'failed' once the retry schedule is exhausted
    state           text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_status     integer,
    delivered_at    timestamptz,
    UNIQUE (subscription_id, development_id, development_version)
);

CREATE INDEX webhook_outbox_due_idx ON webhook_outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_outbox_sub_idx ON webhook_outbox (subscription_id, created_at);

CREATE TABLE webhook_attempt (
    message_id      text NOT NULL REFERENCES webhook_outbox (message_id) ON DELETE CASCADE,
    attempt         integer NOT NULL,
    at              timestamptz NOT NULL,
    status_code     integer,
    latency_ms      integer NOT NULL,
    error           text,
    response_snippet text,
    PRIMARY KEY (message_id, attempt)
);
