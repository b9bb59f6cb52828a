-- H2 serves prefix LIKEs on the materialised paths from plain indexes; infix search is a scan.
CREATE INDEX organization_path ON organization (path);
CREATE INDEX campaign_path ON campaign (path);
