/**
 * Deadline watching: each running step carries its warning and due instants, and one persistent timer
 * moves steps past them from on time to warned to overdue, each exactly once, whatever the number of open
 * cases, restarts or nodes.
 */
package org.govflow.deadline;
