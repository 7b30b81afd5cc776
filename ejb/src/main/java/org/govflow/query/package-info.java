/**
 * The public side of a case: the citizen's progress query with its throttling of failed attempts, and the
 * applicant's rating of a closed case.
 */
package org.govflow.query;
