-- The changes feed (GET /initiatives/changes): every change of an initiative (registered, edited,
-- moved) gives it the next position of one counter. The counter's row stays locked by the changing
-- transaction until it commits, so positions are committed in their order: a reader that has seen
-- position p has seen every position below it, and following positions never misses a change, even
-- one whose transaction committed late.
CREATE TABLE change_counter (
    name      VARCHAR(40) PRIMARY KEY,
    position  BIGINT NOT NULL
);
INSERT INTO change_counter (name, position) VALUES ('initiative', 0);
ALTER TABLE initiative ADD COLUMN change_position BIGINT;
CREATE INDEX initiative_change_position ON initiative (change_position);
-- What was there before the feed gets positions in the order of its ids, below every later change.
UPDATE initiative SET change_position = id;
UPDATE change_counter SET position = COALESCE((SELECT MAX(id) FROM initiative), 0) WHERE name = 'initiative';
ALTER TABLE initiative ALTER COLUMN change_position SET NOT NULL;
