-- Complaints from citizens, filed online or taken by telephone at the centre, assigned to a department or
-- to the discipline inspection office with a limit in working days, answered and closed. Only a bcrypt
-- hash of the query password is kept.

CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    complaint_no           VARCHAR(20)   NOT NULL,
    channel                VARCHAR(10)   NOT NULL,
    category               VARCHAR(30)   NOT NULL,
    -- whom it concerns: a department, a case (acceptance number) or a window or post
    target_kind            VARCHAR(20)   NOT NULL,
    target_department_id   BIGINT REFERENCES department (id),
    target_reference       VARCHAR(100),
    content                VARCHAR(2000) NOT NULL,
    anonymous              BOOLEAN       NOT NULL,
    complainant_name       VARCHAR(60),
    complainant_phone      VARCHAR(30),
    complainant_email      VARCHAR(254),
    password_hash          VARCHAR(100)  NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    received_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the client address of an online complaint, for throttling; the staff member for a telephone one
    submitted_from         VARCHAR(64),
    recorded_by            VARCHAR(60),
    handler_kind           VARCHAR(20),
    handler_department_id  BIGINT REFERENCES department (id),
    limit_days             INTEGER,
    due_date               DATE,
    -- the due date reaches into a year without an official calendar: counted on weekends alone
    due_date_provisional   BOOLEAN       NOT NULL DEFAULT FALSE,
    assigned_at            TIMESTAMP WITH TIME ZONE,
    assigned_by            VARCHAR(60),
    findings               VARCHAR(2000),
    reply                  VARCHAR(2000),
    answered_at            TIMESTAMP WITH TIME ZONE,
    answered_by            VARCHAR(60),
    closed_at              TIMESTAMP WITH TIME ZONE,
    closed_by              VARCHAR(60),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_complaint_no UNIQUE (complaint_no)
);
CREATE INDEX ix_complaint_submitted ON complaint (submitted_from, received_at);
CREATE INDEX ix_complaint_due ON complaint (status, due_date);
CREATE INDEX ix_complaint_handler ON complaint (handler_department_id);
CREATE INDEX ix_complaint_received ON complaint (received_at);
