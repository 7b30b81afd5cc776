package org.govflow.announcement;

import org.govflow.casework.ApplicantKind;

import java.util.Set;

/**
 * How an applicant's name is published: a person's surname is kept and every other character becomes one
 * asterisk (张三 → 张*, 欧阳娜娜 → 欧阳**; a compound surname counts as the surname), an organisation's name is
 * published in full.
 */
public final class NameMask {

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "澹台", "轩辕", "端木", "呼延", "南宫", "西门");

    private NameMask() {
    }

    public static String mask(ApplicantKind kind, String name) {
        String clean = name == null ? "" : name.strip();
        if (kind == ApplicantKind.ORGANISATION || clean.isEmpty()) {
            return clean;
        }
        int[] points = clean.codePoints().toArray();
        int kept = points.length > 2 && COMPOUND_SURNAMES.contains(new String(points, 0, 2)) ? 2 : 1;
        return new String(points, 0, kept) + "*".repeat(Math.max(1, points.length - kept));
    }
}
