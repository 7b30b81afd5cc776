/**
 * How the interop interfaces fail: every failure becomes a {@link org.govflow.ws.error.Failure} with a
 * stable code, the HTTP status it maps to and a message from the ws module's bundle, and is then written
 * as an RFC 9457 problem (REST), a GovFlowFault (SOAP) or, for what the servlet container refuses before
 * either runs, a problem written by {@link org.govflow.ws.error.ContainerErrorServlet}. Unexpected
 * failures get an incident id that is logged with the cause; nothing of the cause reaches the caller.
 * A business refusal of a service says its {@code messageKey}; the ws bundle must hold that key too.
 */
package org.govflow.ws.error;
