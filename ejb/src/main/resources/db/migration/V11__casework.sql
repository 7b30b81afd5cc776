-- Cases: window acceptance, the flow snapshot taken at acceptance, step-by-step approval with
-- working-day deadlines, suspensions, extensions and issuance. Instants are UTC; dates are centre days.

CREATE SEQUENCE approval_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_case (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    -- given on acceptance: SL + yyyyMMdd + 6 random Crockford base32 characters
    acceptance_no          VARCHAR(20),
    -- given to applications submitted by other systems
    tracking_ref           VARCHAR(20),
    -- bcrypt of the query password, which is shown once and never stored in clear
    query_password_hash    VARCHAR(100),
    item_code              VARCHAR(30)   NOT NULL,
    item_name              VARCHAR(200)  NOT NULL,
    -- the published version snapshotted on acceptance (or on declining)
    item_version_id        BIGINT REFERENCES item_version (id),
    department_code        VARCHAR(20)   NOT NULL,
    chargeable             BOOLEAN       NOT NULL DEFAULT FALSE,
    applicant_kind         VARCHAR(20)   NOT NULL,
    applicant_name         VARCHAR(200)  NOT NULL,
    -- resident ID (GB 11643) or unified social credit code (GB 32100)
    applicant_id_no        VARCHAR(18)   NOT NULL,
    legal_representative   VARCHAR(60),
    applicant_phone        VARCHAR(40)   NOT NULL,
    state                  VARCHAR(20)   NOT NULL,
    decision               VARCHAR(10),
    submitting_system      VARCHAR(100),
    external_reference     VARCHAR(100),
    received_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by            VARCHAR(60)   NOT NULL,
    -- the one-time notice of missing materials; late if given more than 5 working days after receipt
    correction_notice_at   TIMESTAMP WITH TIME ZONE,
    correction_notice_late BOOLEAN       NOT NULL DEFAULT FALSE,
    accepted_at            TIMESTAMP WITH TIME ZONE,
    accepted_by            VARCHAR(60),
    declined_at            TIMESTAMP WITH TIME ZONE,
    declined_by            VARCHAR(60),
    promised_days          INTEGER,
    legal_days             INTEGER,
    extension_days         INTEGER       NOT NULL DEFAULT 0,
    extension_cap          INTEGER       NOT NULL DEFAULT 0,
    promised_due_date      DATE,
    legal_due_date         DATE,
    -- years without a loaded calendar that a deadline of this case reached into, e.g. "2027"
    calendar_missing_years VARCHAR(60),
    -- the case clock: days counted so far, and since when it runs (null while paused)
    clock_started_on       DATE,
    clock_days_used        INTEGER       NOT NULL DEFAULT 0,
    paused_on              DATE,
    pause_reason           VARCHAR(20),
    suspended_working_days INTEGER       NOT NULL DEFAULT 0,
    excluded_working_days  INTEGER       NOT NULL DEFAULT 0,
    document_no            VARCHAR(60),
    fee_amount             NUMERIC(12, 2),
    fee_receipt_no         VARCHAR(60),
    collected_on           DATE,
    issued_at              TIMESTAMP WITH TIME ZONE,
    issued_by              VARCHAR(60),
    elapsed_working_days   INTEGER,
    working_days_used      INTEGER,
    -- every action sets it, so every action changes the row and its version
    last_action_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_approval_case_acceptance_no UNIQUE (acceptance_no),
    CONSTRAINT uk_approval_case_tracking_ref UNIQUE (tracking_ref)
);
CREATE INDEX ix_approval_case_state ON approval_case (state, received_at);

CREATE SEQUENCE case_material_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_material (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    case_id            BIGINT       NOT NULL REFERENCES approval_case (id),
    seq                INTEGER      NOT NULL,
    name               VARCHAR(200) NOT NULL,
    mandatory          BOOLEAN      NOT NULL,
    received           BOOLEAN      NOT NULL,
    -- set when a missing material arrives after a correction notice
    arrived_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_case_material UNIQUE (case_id, seq)
);

CREATE SEQUENCE case_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_step (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    case_id                BIGINT       NOT NULL REFERENCES approval_case (id),
    version                BIGINT       NOT NULL DEFAULT 0,
    seq                    INTEGER      NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    kind                   VARCHAR(20)  NOT NULL,
    department_code        VARCHAR(20)  NOT NULL,
    department_name        VARCHAR(100) NOT NULL,
    post                   VARCHAR(60)  NOT NULL,
    person                 VARCHAR(60),
    limit_days             INTEGER      NOT NULL,
    excluded               BOOLEAN      NOT NULL,
    parallel_group         VARCHAR(20),
    state                  VARCHAR(20)  NOT NULL,
    runs                   INTEGER      NOT NULL DEFAULT 0,
    started_at             TIMESTAMP WITH TIME ZONE,
    completed_at           TIMESTAMP WITH TIME ZONE,
    clock_started_on       DATE,
    days_used              INTEGER      NOT NULL DEFAULT 0,
    extension_days         INTEGER      NOT NULL DEFAULT 0,
    calendar_missing_years VARCHAR(60),
    -- the deadline of the current run; warn_at and due_at are set only while the step runs
    due_date               DATE,
    warn_at                TIMESTAMP WITH TIME ZONE,
    due_at                 TIMESTAMP WITH TIME ZONE,
    deadline_state         VARCHAR(10)  NOT NULL DEFAULT 'ON_TIME',
    warned_at              TIMESTAMP WITH TIME ZONE,
    overdue_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_case_step UNIQUE (case_id, seq)
);
-- the deadline watch's two lookups
CREATE INDEX ix_case_step_warn ON case_step (deadline_state, warn_at);
CREATE INDEX ix_case_step_due ON case_step (deadline_state, due_at);
-- a department's inbox
CREATE INDEX ix_case_step_department ON case_step (department_code, state);

CREATE SEQUENCE step_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE step_action (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    step_id            BIGINT        NOT NULL REFERENCES case_step (id),
    action_type        VARCHAR(20)   NOT NULL,
    actor              VARCHAR(60)   NOT NULL,
    client_address     VARCHAR(64)   NOT NULL,
    acted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the step's due day when the action was taken, and the action's class against it
    due_date           DATE,
    timeliness         VARCHAR(10),
    note               VARCHAR(1000),
    suspension_reason  VARCHAR(30),
    target_seq         INTEGER,
    days               INTEGER
);
CREATE INDEX ix_step_action_step ON step_action (step_id);

CREATE SEQUENCE case_suspension_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_suspension (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    case_id            BIGINT       NOT NULL REFERENCES approval_case (id),
    step_id            BIGINT       NOT NULL REFERENCES case_step (id),
    reason             VARCHAR(30)  NOT NULL,
    started_action_id  BIGINT       NOT NULL REFERENCES step_action (id),
    ended_action_id    BIGINT REFERENCES step_action (id),
    -- working days the clock stood still, set on resumption
    working_days       INTEGER
);
CREATE INDEX ix_case_suspension_case ON case_suspension (case_id);

CREATE SEQUENCE case_extension_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_extension (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    case_id            BIGINT       NOT NULL REFERENCES approval_case (id),
    action_id          BIGINT       NOT NULL REFERENCES step_action (id),
    days               INTEGER      NOT NULL,
    promised_due_date  DATE         NOT NULL,
    legal_due_date     DATE         NOT NULL,
    step_due_date      DATE         NOT NULL
);
CREATE INDEX ix_case_extension_case ON case_extension (case_id);
