-- Emulation clusters and blocks, pacts with targets and criteria, manual points, the reviewers'
-- rubric, and summary snapshots. The unique keys make scheduled work happen once per cluster of
-- instances: whoever inserts a snapshot first wins, the others find the key taken.

CREATE INDEX campaign_due_open ON campaign (status, opens_at);
CREATE INDEX campaign_due_close ON campaign (status, closes_at);

-- The rubric reviewers score with (DESIGN.md defaults), configurable per campaign.
ALTER TABLE campaign ADD COLUMN rubric_novelty_max INTEGER DEFAULT 40 NOT NULL;
ALTER TABLE campaign ADD COLUMN rubric_applicability_max INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE campaign ADD COLUMN rubric_benefit_max INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE campaign ADD COLUMN rubric_pass_total INTEGER DEFAULT 50 NOT NULL;
ALTER TABLE campaign ADD COLUMN rubric_criterion_min INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE campaign ADD COLUMN rubric_grade_a INTEGER DEFAULT 85 NOT NULL;
ALTER TABLE campaign ADD COLUMN rubric_grade_b INTEGER DEFAULT 70 NOT NULL;
ALTER TABLE campaign ADD COLUMN rubric_grade_c INTEGER DEFAULT 50 NOT NULL;

CREATE TABLE initiative_review (
    initiative_id   BIGINT PRIMARY KEY REFERENCES initiative (id),
    reviewer        VARCHAR(60) NOT NULL,
    novelty         INTEGER NOT NULL,
    applicability   INTEGER NOT NULL,
    benefit         INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    grade           VARCHAR(2),
    decision        VARCHAR(20) NOT NULL,
    reviewed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE emulation_cluster_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE emulation_cluster (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    organizer_id  BIGINT NOT NULL REFERENCES organization (id),
    parent_id     BIGINT REFERENCES emulation_cluster (id),
    head_unit_id  BIGINT REFERENCES organization (id),
    version       BIGINT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT emulation_cluster_code_unique UNIQUE (code)
);
CREATE INDEX emulation_cluster_organizer ON emulation_cluster (organizer_id, code);
CREATE INDEX emulation_cluster_parent ON emulation_cluster (parent_id);

CREATE TABLE cluster_member (
    cluster_id       BIGINT NOT NULL REFERENCES emulation_cluster (id),
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    PRIMARY KEY (cluster_id, organization_id)
);
CREATE INDEX cluster_member_organization ON cluster_member (organization_id);

CREATE SEQUENCE pact_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pact (
    id                       BIGINT PRIMARY KEY,
    cluster_id               BIGINT NOT NULL REFERENCES emulation_cluster (id),
    campaign_id              BIGINT NOT NULL REFERENCES campaign (id),
    signed_on                DATE NOT NULL,
    target_initiatives       INTEGER NOT NULL,
    target_coverage_percent  NUMERIC(5, 2),
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pact_cluster_campaign_unique UNIQUE (cluster_id, campaign_id)
);
CREATE INDEX pact_campaign ON pact (campaign_id);

CREATE TABLE pact_member_target (
    pact_id             BIGINT NOT NULL REFERENCES pact (id),
    organization_id     BIGINT NOT NULL REFERENCES organization (id),
    target_initiatives  INTEGER NOT NULL,
    PRIMARY KEY (pact_id, organization_id)
);

CREATE TABLE pact_criterion (
    pact_id    BIGINT NOT NULL REFERENCES pact (id),
    criterion  VARCHAR(30) NOT NULL,
    weight     NUMERIC(6, 2) NOT NULL,
    PRIMARY KEY (pact_id, criterion)
);

-- Points from cross-scoring, one entry per evaluator and member; a new entry replaces the old.
CREATE TABLE manual_score (
    pact_id          BIGINT NOT NULL REFERENCES pact (id),
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    evaluator        VARCHAR(60) NOT NULL,
    points           NUMERIC(5, 2) NOT NULL,
    note             VARCHAR(1000),
    entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pact_id, organization_id, evaluator)
);

CREATE SEQUENCE summary_snapshot_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE summary_snapshot (
    id            BIGINT PRIMARY KEY,
    campaign_id   BIGINT NOT NULL REFERENCES campaign (id),
    kind          VARCHAR(20) NOT NULL,
    -- FINAL for the closing snapshot; the scheduled instant (UTC, ISO) for a SCHEDULED one.
    period_key    VARCHAR(40) NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    body          VARCHAR(1000000) NOT NULL,
    CONSTRAINT summary_snapshot_once UNIQUE (campaign_id, kind, period_key)
);
CREATE INDEX summary_snapshot_campaign ON summary_snapshot (campaign_id, generated_at);

-- The row that instances lock to take each scheduled round of snapshots once.
INSERT INTO system_setting (name, text_value) VALUES ('summary.last-run', NULL);
