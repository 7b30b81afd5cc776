package org.govflow.complaint;

/**
 * How many complaints one department received in a period and how many of them are answered; the published
 * statistics show it.
 *
 * @param departmentCode the handling department, else the department complained about; null for neither
 */
public record ComplaintCount(String departmentCode, long received, long answered) {
}
