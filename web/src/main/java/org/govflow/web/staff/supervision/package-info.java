/**
 * Backing beans of the electronic supervision pages (staff/supervision): dashboard, case analysis with
 * urging, efficiency reports, and the rectification items opened by poor ratings. What each user may see is
 * decided by the supervision services.
 */
package org.govflow.web.staff.supervision;
