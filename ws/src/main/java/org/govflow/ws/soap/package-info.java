/**
 * GovFlowService over SOAP, contract first: the WSDL in WEB-INF/wsdl is written by hand, the port type
 * and JAXB types ({@code org.govflow.ws.soap.v1}) are generated from it at build time, and
 * {@link org.govflow.ws.soap.GovFlowServiceEndpoint} implements the port type on the same
 * {@code *Interop} beans as the REST resources. Every failure is a GovFlowFault with a stable code: the
 * endpoint turns refusals into declared faults, and {@link org.govflow.ws.soap.SoapFaultRewriter} turns
 * whatever fails before or around it (malformed XML, an unknown operation) into the same shape.
 */
package org.govflow.ws.soap;
