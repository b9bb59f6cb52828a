-- The hand-written aggregate SQL the application's summaries are measured against (psql).
--
--   psql -X -v campaign=P01-CAO-DIEM -v cluster=P01-CUM-IV -f bench/summary/hand.sql sangkien_national
--
-- Set :campaign and :cluster; :only chooses what runs: 'campaign' (the campaign's own figures),
-- 'clusters' (the member figures of every cluster with a pact on the campaign, which the
-- application's campaign summary also holds), 'campaign_full' (both of those: what the
-- application's campaign summary computes), 'cluster' (one cluster's member figures) or 'all'
-- (default). One lookup (codes to materialised paths, as the application also does first) and then
-- ONE aggregate statement per summary, with the paths as literal prefixes so that the planner sees
-- constant LIKE patterns (organization_path / campaign_path are varchar_pattern_ops btrees).
--
-- Campaign summary of C organized by O (over O's subtree):
--   registered   initiatives of C's campaign subtree whose unit lies in O's subtree, status not
--                DRAFT or WITHDRAWN;  recognized: of those, status RECOGNIZED;
--   grassroots   active GRASSROOTS organizations of O's subtree;
--   covered      of those, the ones with at least one registered initiative;
--   grassroots_all / covered_all: the same without the "active" condition (for diagnosis).
-- Cluster summary: per member m of the cluster (DISTRICT or GRASSROOTS, never nested) the same
--   figures over m's subtree (a grassroots member counts itself); coverage_percent rounded half up
--   to one decimal; rank by registered desc, coverage_percent desc, code asc.
--   grassroots / covered count active GRASSROOTS organizations here too (the application's rule:
--   a dissolved union leaves coverage, its initiatives still count); grassroots_all / covered_all
--   are the same without the "active" condition (for diagnosis).

\if :{?only}
\else
\set only all
\endif
SELECT :'only' IN ('all', 'campaign', 'campaign_full') AS do_campaign,
       :'only' IN ('all', 'clusters', 'campaign_full') AS do_clusters,
       :'only' IN ('all', 'cluster') AS do_cluster \gset

-- Lookup: the campaign's and its organizer's paths.
SELECT c.id AS campaign_id, c.path || '%' AS campaign_prefix, o.path || '%' AS organizer_prefix
FROM campaign c JOIN organization o ON o.id = c.organizer_id
WHERE c.code = :'campaign' \gset

\if :do_campaign
\echo '#campaign'
-- Campaign summary: initiatives of the campaign subtree (by campaign_id via
-- initiative_campaign_status), registered ones only, grouped by unit; units filtered to the
-- organizer's subtree; grassroots counted by the path index.
WITH per_unit AS (
    SELECT i.unit_id,
           count(*) AS registered,
           count(*) FILTER (WHERE i.status = 'RECOGNIZED') AS recognized
    FROM initiative i
    WHERE i.campaign_id IN (SELECT c.id FROM campaign c WHERE c.path LIKE :'campaign_prefix')
      AND i.status NOT IN ('DRAFT', 'WITHDRAWN')
    GROUP BY i.unit_id
), scope AS (
    SELECT count(*) FILTER (WHERE g.active) AS grassroots, count(*) AS grassroots_all
    FROM organization g
    WHERE g.path LIKE :'organizer_prefix' AND g.org_level = 'GRASSROOTS'
)
SELECT coalesce(sum(x.registered), 0) AS registered,
       coalesce(sum(x.recognized), 0) AS recognized,
       (SELECT grassroots FROM scope) AS grassroots,
       count(*) FILTER (WHERE u.active) AS covered,
       (SELECT grassroots_all FROM scope) AS grassroots_all,
       count(*) AS covered_all
FROM per_unit x
JOIN organization u ON u.id = x.unit_id
WHERE u.path LIKE :'organizer_prefix' AND u.org_level = 'GRASSROOTS';
\endif

\if :do_cluster
\echo '#cluster'
-- Cluster summary, per member: the member's grassroots unions by a range scan of the path index
-- (every path that starts with m.path lies in [m.path, m.path minus its last '/' plus '0'),
-- since '0' follows '/' bytewise), their registered initiatives of the campaign subtree through
-- initiative_unit_status, grouped per unit, then per member.
WITH member AS (
    SELECT o.id, o.code, o.path
    FROM emulation_cluster k
    JOIN cluster_member cm ON cm.cluster_id = k.id
    JOIN organization o ON o.id = cm.organization_id
    WHERE k.code = :'cluster'
), unit AS (
    SELECT m.code AS member_code, g.id, g.active
    FROM member m
    JOIN organization g ON g.path ~>=~ m.path AND g.path ~<~ (left(m.path, -1) || '0')
                        AND g.path LIKE m.path || '%' AND g.org_level = 'GRASSROOTS'
), per_unit AS (
    SELECT i.unit_id,
           count(*) AS registered,
           count(*) FILTER (WHERE i.status = 'RECOGNIZED') AS recognized
    FROM initiative i
    WHERE i.unit_id IN (SELECT id FROM unit)
      AND i.campaign_id IN (SELECT c.id FROM campaign c WHERE c.path LIKE :'campaign_prefix')
      AND i.status NOT IN ('DRAFT', 'WITHDRAWN')
    GROUP BY i.unit_id
), per_member AS (
    SELECT m.code,
           coalesce(sum(x.registered), 0) AS registered,
           coalesce(sum(x.recognized), 0) AS recognized,
           count(u.id) FILTER (WHERE u.active) AS grassroots,
           count(x.unit_id) FILTER (WHERE u.active) AS covered,
           count(u.id) AS grassroots_all,
           count(x.unit_id) AS covered_all
    FROM member m
    LEFT JOIN unit u ON u.member_code = m.code
    LEFT JOIN per_unit x ON x.unit_id = u.id
    GROUP BY m.code
)
SELECT code, registered, recognized, grassroots, covered,
       CASE WHEN grassroots = 0 THEN NULL ELSE round(covered * 100.0 / grassroots, 1) END AS coverage_percent,
       rank() OVER (ORDER BY registered DESC,
                             CASE WHEN grassroots = 0 THEN NULL ELSE round(covered * 100.0 / grassroots, 1) END
                                 DESC NULLS LAST,
                             code) AS rank,
       grassroots_all, covered_all
FROM per_member
ORDER BY rank;
\endif

\if :do_clusters
\echo '#clusters'
-- Every cluster (not block: a block's members are its cluster's) with a pact on the campaign: the
-- same per-member figures as above, ranked within each cluster.
WITH member AS (
    SELECT k.code AS cluster_code, o.id, o.code, o.path
    FROM emulation_cluster k
    JOIN cluster_member cm ON cm.cluster_id = k.id
    JOIN organization o ON o.id = cm.organization_id
    WHERE k.parent_id IS NULL AND k.id IN (SELECT pa.cluster_id FROM pact pa WHERE pa.campaign_id = :campaign_id)
), unit AS (
    SELECT DISTINCT m.code AS member_code, g.id, g.active
    FROM member m
    JOIN organization g ON g.path ~>=~ m.path AND g.path ~<~ (left(m.path, -1) || '0')
                        AND g.path LIKE m.path || '%' AND g.org_level = 'GRASSROOTS'
), per_unit AS (
    SELECT i.unit_id,
           count(*) AS registered,
           count(*) FILTER (WHERE i.status = 'RECOGNIZED') AS recognized
    FROM initiative i
    WHERE i.unit_id IN (SELECT id FROM unit)
      AND i.campaign_id IN (SELECT c.id FROM campaign c WHERE c.path LIKE :'campaign_prefix')
      AND i.status NOT IN ('DRAFT', 'WITHDRAWN')
    GROUP BY i.unit_id
), per_member AS (
    SELECT u.member_code,
           coalesce(sum(x.registered), 0) AS registered,
           coalesce(sum(x.recognized), 0) AS recognized,
           count(*) FILTER (WHERE u.active) AS grassroots,
           count(x.unit_id) FILTER (WHERE u.active) AS covered
    FROM unit u
    LEFT JOIN per_unit x ON x.unit_id = u.id
    GROUP BY u.member_code
), figures AS (
    SELECT m.cluster_code, m.code,
           coalesce(p.registered, 0) AS registered, coalesce(p.recognized, 0) AS recognized,
           coalesce(p.grassroots, 0) AS grassroots, coalesce(p.covered, 0) AS covered,
           CASE WHEN coalesce(p.grassroots, 0) = 0 THEN NULL ELSE round(p.covered * 100.0 / p.grassroots, 1) END AS coverage_percent
    FROM member m LEFT JOIN per_member p ON p.member_code = m.code
)
SELECT cluster_code, code, registered, recognized, grassroots, covered, coverage_percent,
       rank() OVER (PARTITION BY cluster_code ORDER BY registered DESC, coverage_percent DESC NULLS LAST, code) AS rank
FROM figures
ORDER BY cluster_code, rank;
\endif
