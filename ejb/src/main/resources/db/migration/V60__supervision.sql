-- Electronic supervision: the graded cards issued on late steps, and the supervisors' urges.

CREATE SEQUENCE supervision_card_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE supervision_card (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    case_id            BIGINT       NOT NULL REFERENCES approval_case (id),
    step_id            BIGINT       NOT NULL REFERENCES case_step (id),
    -- which run of the step (a step sent back runs again and may earn its cards again)
    step_run           INTEGER      NOT NULL,
    acceptance_no      VARCHAR(20),
    department_code    VARCHAR(20)  NOT NULL,
    department_name    VARCHAR(100) NOT NULL,
    post               VARCHAR(60)  NOT NULL,
    person             VARCHAR(60),
    -- YELLOW_LIGHT, YELLOW_CARD or RED_CARD
    kind               VARCHAR(20)  NOT NULL,
    due_date           DATE,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- one card of a kind per run of a step, whatever the number of scans or nodes
    CONSTRAINT uk_supervision_card UNIQUE (step_id, step_run, kind)
);
CREATE INDEX ix_supervision_card_issued ON supervision_card (issued_at);
CREATE INDEX ix_supervision_card_department ON supervision_card (department_code, issued_at);

CREATE SEQUENCE supervision_urge_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE supervision_urge (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    case_id            BIGINT        NOT NULL REFERENCES approval_case (id),
    -- the step urged; none when the case as a whole is urged
    step_id            BIGINT REFERENCES case_step (id),
    acceptance_no      VARCHAR(20),
    department_code    VARCHAR(20)   NOT NULL,
    note               VARCHAR(1000) NOT NULL,
    urged_by           VARCHAR(60)   NOT NULL,
    urged_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_supervision_urge_department ON supervision_urge (department_code, urged_at);
CREATE INDEX ix_supervision_urge_case ON supervision_urge (case_id);
