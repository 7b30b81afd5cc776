-- The mail outbox: every outgoing mail is first a row here, written in the transaction of the change that
-- causes it, and sent later by the MailOutbox timer. A change that rolls back never leaves a row, so it is
-- never mailed; a row survives an SMTP outage and is retried with back-off.

CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL PRIMARY KEY,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    -- PENDING, SENDING (claimed by one node), SENT or FAILED (will never succeed)
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- exception class names only: no addresses, no mail text
    last_error       VARCHAR(500),
    claimed_by       VARCHAR(100),
    claimed_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    reference_type   VARCHAR(40),
    reference_id     VARCHAR(60)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_reference ON mail_outbox (reference_type, reference_id);
