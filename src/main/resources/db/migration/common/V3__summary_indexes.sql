-- Summaries count registered initiatives per unit of a campaign's subtree (reporting/SummaryQueries):
-- with the unit in the index, both the campaign's figures and a cluster's member figures are read
-- from the index alone. These replace the two-column indexes they extend, which served the same
-- filters of the initiative list.
DROP INDEX initiative_campaign_status;
CREATE INDEX initiative_campaign_status_unit ON initiative (campaign_id, status, unit_id);
DROP INDEX initiative_unit_status;
CREATE INDEX initiative_unit_campaign_status ON initiative (unit_id, campaign_id, status);
