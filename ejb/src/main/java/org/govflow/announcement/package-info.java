/**
 * Result announcements (结果公告): the decisions of closed cases, published with the applicant's name masked
 * unless the item's version says its decisions are not published.
 */
package org.govflow.announcement;
