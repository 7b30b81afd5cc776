package org.govflow.announcement;

import java.time.LocalDate;

/**
 * What the public searches announcements by; every part is optional.
 *
 * @param item words in the item's name or its code
 * @param departmentCode the deciding department
 * @param applicant words in the applicant's published (masked) name
 * @param from the earliest decision day
 * @param to the latest decision day
 */
public record AnnouncementFilter(String item, String departmentCode, String applicant, LocalDate from,
                                 LocalDate to) {

    public static final AnnouncementFilter ALL = new AnnouncementFilter(null, null, null, null, null);
}
