/** Published decisions for other systems' incremental sync, over REST and SOAP. */
package org.govflow.ws.announcement;
