/**
 * Who is calling: other government systems sign in with HTTP Basic as accounts with the interop_client
 * role (web.xml constrains everything but the catalogue and the calendar), and every call of a signed-in
 * system is written to the audit log with the system's account and its X-Road style headers.
 */
package org.govflow.ws.security;
