-- GovFlow foundation: departments (filled by the catalogue), staff accounts with roles, the audit log.
-- Portable SQL: the same script runs on H2 (PostgreSQL mode) and on PostgreSQL.

CREATE SEQUENCE department_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE department (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    windows         VARCHAR(100),
    phone           VARCHAR(40),
    address         VARCHAR(200),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_department_code UNIQUE (code)
);

CREATE SEQUENCE staff_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    full_name       VARCHAR(60)  NOT NULL,
    email           VARCHAR(120),
    phone           VARCHAR(40),
    department_id   BIGINT REFERENCES department (id),
    post            VARCHAR(60),
    -- bcrypt in modular-crypt form, read by the Elytron JDBC realm
    password_hash   VARCHAR(100) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_sign_in    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_username UNIQUE (username)
);

CREATE TABLE staff_role (
    staff_id        BIGINT       NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role_name       VARCHAR(30)  NOT NULL,
    PRIMARY KEY (staff_id, role_name)
);

-- Append-only: GovFlow inserts rows and never updates or deletes them.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(60)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    action          VARCHAR(60)  NOT NULL,
    subject_type    VARCHAR(40),
    subject_id      VARCHAR(60),
    detail          VARCHAR(1000)
);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
