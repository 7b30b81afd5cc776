/**
 * What every part of GovFlow stands on: the schema migration at start-up, site settings read from the
 * server's configuration, and the base of GovFlow's business exceptions.
 */
package org.govflow.platform;
