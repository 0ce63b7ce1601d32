-- Moratoria whose expected expiry passed without news, as the service's own
-- org.regwatch.moratorium.expiry-lapsed events on regwatch.developments said (one row per event:
-- the key is what the event id is derived from, so a re-emitted event changes nothing).
-- Derived from that topic like every other table from its topic: a rebuild replays it.
CREATE TABLE moratorium_lapse (
    development_id  text NOT NULL,
    expected_expiry date NOT NULL,
    event_id        text NOT NULL,
    lapsed_at       timestamptz NOT NULL,
    PRIMARY KEY (development_id, expected_expiry)
);
