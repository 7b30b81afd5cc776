/** The public progress query page and the applicant's rating of a closed case. */
package org.govflow.web.query;
