/**
 * GovFlow for other government systems: REST resources under {@code /api/v1} and the SOAP service
 * {@code /api/soap/v1/GovFlowService}, both answering in their own wire types (never entities) and
 * failing with stable error codes. Each domain has a package with one {@code *Interop} bean that validates
 * input and builds the wire records, a REST resource that returns them, and methods of the SOAP endpoint
 * that copy them into the types generated from the WSDL.
 */
package org.govflow.ws;
