/**
 * What every page shares: the layout's language and navigation, user messages from the resource bundle,
 * and the filter that tells the audit log where a request came from.
 */
package org.govflow.web;
