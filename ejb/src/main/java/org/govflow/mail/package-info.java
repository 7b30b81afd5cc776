/**
 * Outgoing mail through an outbox: a mail is a row written in the transaction of the change that causes
 * it, and a timer sends due rows through WildFly's mail session, retrying with back-off while the SMTP
 * server is unreachable. Any feature that mails someone enqueues through {@link MailOutboxService}.
 */
package org.govflow.mail;
