/**
 * The approval catalogue: departments, their approval items and each item's published versions with
 * materials and flow steps. Every other part of GovFlow reads items from here.
 */
package org.govflow.catalog;
