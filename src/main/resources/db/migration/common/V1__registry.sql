-- The initiative registry: organizations, users, campaigns, fields, initiatives and their history.
-- Written in the SQL that H2 2.x and PostgreSQL share; vendor-only indexes live in db/migration/{h2,postgresql}.
-- Ids come from sequences that step by 50 so that JPA allocates them in blocks; EclipseLink takes
-- a drawn value as the last of its block, so the first value is 50 (block 1..50).

CREATE TABLE system_setting (
    name        VARCHAR(100) PRIMARY KEY,
    text_value  VARCHAR(1000)
);
-- The row that start-up work locks, so that two instances never bootstrap or seed twice.
INSERT INTO system_setting (name, text_value) VALUES ('bootstrap', NULL);

CREATE SEQUENCE organization_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE organization (
    id           BIGINT PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    name_search  VARCHAR(400) NOT NULL,
    org_level    VARCHAR(20)  NOT NULL,
    parent_id    BIGINT REFERENCES organization (id),
    -- Materialised path of ids, '/1/51/101/': a subtree is every path that starts with its root's.
    path         VARCHAR(1000) NOT NULL,
    active       BOOLEAN NOT NULL,
    version      BIGINT  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organization_code_unique UNIQUE (code)
);
CREATE INDEX organization_parent ON organization (parent_id, code);
CREATE INDEX organization_level ON organization (org_level, code);

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE app_user (
    id               BIGINT PRIMARY KEY,
    username         VARCHAR(60)  NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(400) NOT NULL,
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    active           BOOLEAN NOT NULL,
    failed_logins    INTEGER NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_username_unique UNIQUE (username)
);
CREATE INDEX app_user_organization ON app_user (organization_id, username);

CREATE TABLE app_user_role (
    user_id  BIGINT NOT NULL REFERENCES app_user (id),
    role     VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE campaign (
    id                       BIGINT PRIMARY KEY,
    code                     VARCHAR(40)  NOT NULL,
    name                     VARCHAR(300) NOT NULL,
    organizer_id             BIGINT NOT NULL REFERENCES organization (id),
    parent_id                BIGINT REFERENCES campaign (id),
    path                     VARCHAR(1000) NOT NULL,
    opens_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    target_initiatives       INTEGER,
    target_coverage_percent  NUMERIC(5, 2),
    status                   VARCHAR(20) NOT NULL,
    closed_at                TIMESTAMP WITH TIME ZONE,
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT campaign_code_unique UNIQUE (code),
    CONSTRAINT campaign_window CHECK (closes_at > opens_at)
);
CREATE INDEX campaign_organizer ON campaign (organizer_id, code);
CREATE INDEX campaign_parent ON campaign (parent_id, code);

CREATE TABLE field_of_application (
    code        VARCHAR(40)  PRIMARY KEY,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INTEGER NOT NULL
);
INSERT INTO field_of_application (code, name_vi, name_en, sort_order) VALUES
    ('TECHNOLOGY',     'Kỹ thuật, công nghệ',                'Engineering and technology',     1),
    ('PRODUCTION',     'Sản xuất, kinh doanh',               'Production and business',        2),
    ('MANAGEMENT',     'Quản lý, điều hành',                 'Management and administration',  3),
    ('ADMINISTRATIVE_REFORM', 'Cải cách hành chính',         'Administrative reform',          4),
    ('DIGITAL',        'Chuyển đổi số',                      'Digital transformation',         5),
    ('EDUCATION',      'Giáo dục, đào tạo',                  'Education and training',         6),
    ('HEALTH',         'Y tế, chăm sóc sức khỏe',            'Health care',                    7),
    ('AGRICULTURE',    'Nông nghiệp, thủy sản',              'Agriculture and fisheries',      8),
    ('SAFETY',         'An toàn, vệ sinh lao động',          'Occupational safety and health', 9),
    ('ENVIRONMENT',    'Tài nguyên, môi trường',             'Natural resources and environment', 10),
    ('UNION_WORK',     'Công tác công đoàn',                 'Trade union work',               11),
    ('OTHER',          'Lĩnh vực khác',                      'Other fields',                   12);

CREATE SEQUENCE initiative_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE initiative (
    id                       BIGINT PRIMARY KEY,
    campaign_id              BIGINT NOT NULL REFERENCES campaign (id),
    unit_id                  BIGINT NOT NULL REFERENCES organization (id),
    title                    VARCHAR(300) NOT NULL,
    -- Lower case, Vietnamese diacritics removed, words separated by single spaces, one leading space.
    title_search             VARCHAR(400) NOT NULL,
    field_code               VARCHAR(40)  NOT NULL REFERENCES field_of_application (code),
    summary                  VARCHAR(10000) NOT NULL,
    current_situation        VARCHAR(10000),
    solution                 VARCHAR(20000),
    novelty                  VARCHAR(5000),
    applicability            VARCHAR(5000),
    benefits                 VARCHAR(10000),
    social_benefit           VARCHAR(5000),
    owner_name               VARCHAR(300),
    applied_from             DATE,
    estimated_value_vnd      BIGINT,
    confidential             BOOLEAN NOT NULL,
    confidential_content     VARCHAR(2000),
    status                   VARCHAR(20) NOT NULL,
    registered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by            VARCHAR(60) NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    recognition_decision_no  VARCHAR(100),
    recognition_date         DATE,
    recognized_by_id         BIGINT REFERENCES organization (id),
    version                  BIGINT NOT NULL,
    CONSTRAINT initiative_value_non_negative CHECK (estimated_value_vnd IS NULL OR estimated_value_vnd >= 0)
);
CREATE INDEX initiative_campaign_status ON initiative (campaign_id, status);
CREATE INDEX initiative_unit_status ON initiative (unit_id, status);
CREATE INDEX initiative_status ON initiative (status, registered_at);
CREATE INDEX initiative_field ON initiative (field_code, registered_at);
CREATE INDEX initiative_registered ON initiative (registered_at, id);
CREATE INDEX initiative_registered_by ON initiative (registered_by);

CREATE TABLE initiative_author (
    initiative_id  BIGINT NOT NULL REFERENCES initiative (id),
    author_order   INTEGER NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    member_code    VARCHAR(40),
    share_percent  NUMERIC(5, 2),
    PRIMARY KEY (initiative_id, author_order)
);

CREATE SEQUENCE initiative_transition_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE initiative_transition (
    id             BIGINT PRIMARY KEY,
    initiative_id  BIGINT NOT NULL REFERENCES initiative (id),
    action         VARCHAR(20) NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20) NOT NULL,
    actor          VARCHAR(60) NOT NULL,
    happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    comment_text   VARCHAR(2000)
);
CREATE INDEX initiative_transition_initiative ON initiative_transition (initiative_id, id);

-- Who changed what outside the initiative workflow (which has its own history above).
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id           BIGINT PRIMARY KEY,
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(60) NOT NULL,
    entity_type  VARCHAR(40) NOT NULL,
    entity_key   VARCHAR(100) NOT NULL,
    action       VARCHAR(40) NOT NULL,
    detail       VARCHAR(4000)
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_key, happened_at);
