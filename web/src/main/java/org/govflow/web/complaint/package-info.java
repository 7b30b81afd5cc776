/**
 * The public complaint pages: filing a complaint and following it up with its number and password, and
 * what the staff's complaint screens share with them (the form, labels and formats).
 */
package org.govflow.web.complaint;
