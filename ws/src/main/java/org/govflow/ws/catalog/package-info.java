/**
 * The approval catalogue for other systems: departments, a paged list of items that can be synchronised
 * by what changed since, and each item's current guide with its materials and flow. Open to everyone.
 */
package org.govflow.ws.catalog;
