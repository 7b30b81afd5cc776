/**
 * The staff's complaint screens: the list (with overdue complaints for supervision), one complaint with
 * its assignment, answer, closing and mail status, and the form for complaints taken by telephone.
 */
package org.govflow.web.staff.complaints;
