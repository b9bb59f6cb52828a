-- The audit trail as GET /audit serves it: each entry also says through which channel the change
-- came and the organization it belongs to (which decides who may read it). Entries made before
-- channels were kept are marked SYSTEM; a refused sign-in may name an account that does not exist
-- (up to 100 characters); the system's own changes (timers) have no actor.
ALTER TABLE audit_event ADD COLUMN channel VARCHAR(10) DEFAULT 'SYSTEM' NOT NULL;
ALTER TABLE audit_event ALTER COLUMN channel DROP DEFAULT;
ALTER TABLE audit_event ADD COLUMN organization_code VARCHAR(40);
ALTER TABLE audit_event ALTER COLUMN actor DROP NOT NULL;
ALTER TABLE audit_event ALTER COLUMN actor SET DATA TYPE VARCHAR(100);

UPDATE audit_event SET entity_type = CASE entity_type WHEN 'ManualScore' THEN 'PACT' ELSE UPPER(entity_type) END;
-- A lock was recorded without actor: it is the account's.
UPDATE audit_event SET actor = entity_key WHERE actor = '-';
UPDATE audit_event SET organization_code = CASE entity_type
    WHEN 'ORGANIZATION' THEN entity_key
    WHEN 'USER' THEN (SELECT o.code FROM app_user u JOIN organization o ON o.id = u.organization_id
                      WHERE u.username = audit_event.entity_key)
    WHEN 'SESSION' THEN (SELECT o.code FROM app_user u JOIN organization o ON o.id = u.organization_id
                         WHERE u.username = audit_event.entity_key)
    WHEN 'CAMPAIGN' THEN (SELECT o.code FROM campaign c JOIN organization o ON o.id = c.organizer_id
                          WHERE c.code = audit_event.entity_key)
    WHEN 'CLUSTER' THEN (SELECT o.code FROM emulation_cluster c JOIN organization o ON o.id = c.organizer_id
                         WHERE c.code = audit_event.entity_key)
    WHEN 'PACT' THEN (SELECT MIN(o.code) FROM emulation_cluster c JOIN organization o ON o.id = c.organizer_id
                      WHERE audit_event.entity_key LIKE (c.code || '/%'))
    WHEN 'INITIATIVE' THEN (SELECT o.code FROM initiative i JOIN organization o ON o.id = i.unit_id
                            WHERE CAST(i.id AS VARCHAR(20)) = audit_event.entity_key)
    END;

-- Newest first, in all or by one user; by thing (audit_event_entity) was there already.
CREATE INDEX audit_event_at ON audit_event (happened_at, id);
CREATE INDEX audit_event_actor ON audit_event (actor, happened_at, id);
CREATE INDEX audit_event_organization ON audit_event (organization_code, happened_at, id);
