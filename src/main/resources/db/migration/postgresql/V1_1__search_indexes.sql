-- Subtree filters are prefix LIKEs on the materialised paths: pattern-ops btrees serve them
-- whatever the database's collation.
CREATE INDEX organization_path ON organization (path varchar_pattern_ops);
CREATE INDEX campaign_path ON campaign (path varchar_pattern_ops);
-- The diacritics-insensitive title search is an infix LIKE: trigram indexes serve it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX initiative_title_search ON initiative USING gin (title_search gin_trgm_ops);
CREATE INDEX organization_name_search ON organization USING gin (name_search gin_trgm_ops);
