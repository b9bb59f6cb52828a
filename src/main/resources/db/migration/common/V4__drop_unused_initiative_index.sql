-- Nothing looks initiatives up by who registered them: the list filters by campaign, unit, status,
-- field and title words, and a member's own-initiative check reads the row already found by id.
-- The index cost every registration a B-tree insert for no query.
DROP INDEX initiative_registered_by;
