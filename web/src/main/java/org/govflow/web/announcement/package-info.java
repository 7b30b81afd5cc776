/** The public list of published decisions and its Atom feed. */
package org.govflow.web.announcement;
