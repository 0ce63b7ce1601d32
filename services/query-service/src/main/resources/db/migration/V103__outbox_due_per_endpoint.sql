-- The delivery claim takes each endpoint's oldest due messages (fair across endpoints): an index
-- per endpoint on the due time of pending messages.
CREATE INDEX webhook_outbox_pending_sub_due_idx ON webhook_outbox (subscription_id, next_attempt_at)
    WHERE state = 'pending';
