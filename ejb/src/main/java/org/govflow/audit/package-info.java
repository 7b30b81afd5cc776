/**
 * The append-only audit log: who did what, when and from which address. Every state change in GovFlow
 * writes an entry in the same transaction as the change itself.
 */
package org.govflow.audit;
