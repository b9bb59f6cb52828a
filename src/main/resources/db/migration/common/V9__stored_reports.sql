-- The reports stored on SANGKIEN_REPORT_SCHEDULE: one xlsx review of every open campaign each time,
-- kept for the retention (SANGKIEN_REPORT_RETENTION_DAYS) and never changed.
CREATE SEQUENCE stored_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE stored_report (
    id            BIGINT PRIMARY KEY,
    campaign_id   BIGINT NOT NULL REFERENCES campaign (id),
    kind          VARCHAR(20) NOT NULL,
    format        VARCHAR(10) NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    body          BYTEA NOT NULL  -- H2 knows BYTEA as VARBINARY
);
CREATE INDEX stored_report_campaign ON stored_report (campaign_id, generated_at);
CREATE INDEX stored_report_generated ON stored_report (generated_at);

-- The row that instances lock to store each scheduled round once: when the next round is due.
INSERT INTO system_setting (name, text_value) VALUES ('report.next-due', NULL);
