/**
 * Electronic supervision (电子监察): graded cards on late steps issued by the deadline watch's pass, the
 * supervisors' dashboard and case analysis, urges to departments, and efficiency reports; and rectification
 * items opened by poor ratings, followed until the department has put things right and the applicant has
 * been called back. Supervisors see every department, a department head only their own; approvers see none
 * of it.
 */
package org.govflow.supervision;
