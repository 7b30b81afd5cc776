/**
 * Backing beans of the electronic supervision pages (staff/supervision): dashboard, case analysis with
 * urging, and efficiency reports. What each user may see is decided by the supervision service.
 */
package org.govflow.web.staff.supervision;
