-- The public side of cases: throttling of failed queries, published decisions, the applicants' ratings
-- and the rectification items that a poor rating opens for supervision. Instants are UTC.

-- failed query attempts per acceptance number ("no:...") or client address ("ip:..."), shared by all nodes
CREATE TABLE query_attempt (
    attempt_key        VARCHAR(120)  NOT NULL PRIMARY KEY,
    failures           INTEGER       NOT NULL,
    window_start       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE announcement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE announcement (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    case_id            BIGINT        NOT NULL REFERENCES approval_case (id),
    item_code          VARCHAR(30)   NOT NULL,
    item_name          VARCHAR(200)  NOT NULL,
    department_code    VARCHAR(20)   NOT NULL,
    department_name    VARCHAR(100)  NOT NULL,
    -- a person's name masked (张*), an organisation's in full
    applicant_name     VARCHAR(200)  NOT NULL,
    decision           VARCHAR(10)   NOT NULL,
    decided_on         DATE          NOT NULL,
    document_no        VARCHAR(60)   NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_announcement_case UNIQUE (case_id)
);
CREATE INDEX ix_announcement_published ON announcement (decided_on, id);
CREATE INDEX ix_announcement_department ON announcement (department_code, decided_on);

CREATE SEQUENCE case_rating_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_rating (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    case_id            BIGINT        NOT NULL REFERENCES approval_case (id),
    department_code    VARCHAR(20)   NOT NULL,
    score              INTEGER       NOT NULL,
    rating_comment     VARCHAR(500),
    rated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_case_rating_case UNIQUE (case_id)
);
CREATE INDEX ix_case_rating_department ON case_rating (department_code, rated_at);

CREATE SEQUENCE rectification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rectification (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    rating_id          BIGINT        NOT NULL REFERENCES case_rating (id),
    case_id            BIGINT        NOT NULL REFERENCES approval_case (id),
    acceptance_no      VARCHAR(20)   NOT NULL,
    department_code    VARCHAR(20)   NOT NULL,
    score              INTEGER       NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    limit_days         INTEGER       NOT NULL,
    due_date           DATE          NOT NULL,
    state              VARCHAR(10)   NOT NULL,
    -- what was put right, and the call back to the applicant
    measures           VARCHAR(1000),
    callback_note      VARCHAR(1000),
    closed_at          TIMESTAMP WITH TIME ZONE,
    closed_by          VARCHAR(60),
    CONSTRAINT uk_rectification_rating UNIQUE (rating_id)
);
CREATE INDEX ix_rectification_state ON rectification (state, due_date);
