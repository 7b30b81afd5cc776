-- The approval catalogue. An item keeps its code and department; everything an applicant reads lives
-- in a numbered version, so a published version never changes and a running case keeps the one it was
-- accepted under. An administrator edits a draft version and publishes it.

CREATE SEQUENCE item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE item (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    code               VARCHAR(30)  NOT NULL,
    department_id      BIGINT       NOT NULL REFERENCES department (id),
    -- copied from the current published version, for search and lists
    name               VARCHAR(200) NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    -- the published revision applicants see (0 before the first is published)
    current_revision   INTEGER      NOT NULL DEFAULT 0,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_item_code UNIQUE (code)
);
CREATE INDEX ix_item_department ON item (department_id);
CREATE INDEX ix_item_name ON item (name);

CREATE SEQUENCE item_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE item_version (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    item_id            BIGINT        NOT NULL REFERENCES item (id),
    revision           INTEGER       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    legal_basis        VARCHAR(1000) NOT NULL,
    conditions         VARCHAR(4000) NOT NULL,
    legal_days         INTEGER       NOT NULL,
    promised_days      INTEGER       NOT NULL,
    fee_standard       VARCHAR(500)  NOT NULL,
    fee_basis          VARCHAR(1000),
    phone              VARCHAR(40),
    publish_decisions  BOOLEAN       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_item_version UNIQUE (item_id, revision),
    CONSTRAINT ck_item_version_days CHECK (promised_days >= 1 AND promised_days <= legal_days)
);

CREATE INDEX ix_item_version_status ON item_version (item_id, status);

CREATE SEQUENCE material_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE material (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    item_version_id    BIGINT       NOT NULL REFERENCES item_version (id) ON DELETE CASCADE,
    seq                INTEGER      NOT NULL,
    name               VARCHAR(200) NOT NULL,
    form               VARCHAR(20)  NOT NULL,
    copies             INTEGER      NOT NULL,
    mandatory          BOOLEAN      NOT NULL,
    template_file      VARCHAR(200)
);
CREATE INDEX ix_material_version ON material (item_version_id);

CREATE SEQUENCE flow_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE flow_step (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    item_version_id    BIGINT       NOT NULL REFERENCES item_version (id) ON DELETE CASCADE,
    seq                INTEGER      NOT NULL,
    name               VARCHAR(100) NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    department_id      BIGINT       NOT NULL REFERENCES department (id),
    post               VARCHAR(60)  NOT NULL,
    person             VARCHAR(60),
    limit_days         INTEGER      NOT NULL,
    excluded           BOOLEAN      NOT NULL,
    parallel_group     VARCHAR(20)
);
CREATE INDEX ix_flow_step_version ON flow_step (item_version_id);

-- Blank forms and samples applicants download, under their real file names.
CREATE TABLE form_template (
    file_name          VARCHAR(200) NOT NULL PRIMARY KEY,
    content_type       VARCHAR(100) NOT NULL,
    content            BYTEA        NOT NULL,
    uploaded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
