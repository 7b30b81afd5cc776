/** The statistics the centre publishes, computed from the case, complaint and rating records. */
package org.govflow.statistics;
