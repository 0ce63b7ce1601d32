-- Daily digests: a daily_digest subscription's alerts are written 'collected' (never claimed for
-- delivery on their own); after 00:00 UTC the day's collected alerts are bundled into ONE outbox
-- message (development_id 'digest:<day>'), which is delivered, signed and retried like any other.
ALTER TABLE webhook_outbox ADD COLUMN bundled_into text;

CREATE INDEX webhook_outbox_collected_idx ON webhook_outbox (subscription_id, created_at)
    WHERE state = 'collected';
