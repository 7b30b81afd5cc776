/** Complaints and the state of their handling, for the discipline inspection system, over REST and SOAP. */
package org.govflow.ws.complaint;
