/** Supervisors' screens: rectification items opened by poor ratings. */
package org.govflow.web.staff.supervision;
