/** The published statistics page. */
package org.govflow.web.statistics;
