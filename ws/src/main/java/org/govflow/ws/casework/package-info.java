/**
 * Cases over REST and SOAP: applications submitted by other systems, a case's state and timeline, and the
 * staff's steps of a case (acceptance, approval, issuance) as single authenticated calls, all through the
 * case and step services, which keep every rule.
 */
package org.govflow.ws.casework;
