/**
 * Supervision of service quality: rectification items opened by poor ratings, followed until the department
 * has put things right and the applicant has been called back.
 */
package org.govflow.supervision;
