/**
 * Complaints about the centre's service: filed online by citizens or taken by telephone at the centre,
 * mailed to the centre's mailbox through the outbox, assigned with a limit in working days, answered by
 * the handler and closed by the centre. The complainant follows a complaint with its number and password.
 */
package org.govflow.complaint;
