package org.govflow.supervision;

import java.io.Serializable;
import java.util.List;

/**
 * The supervision dashboard at one moment: counts for the centre (or the head's department), per
 * department, and the warned and overdue steps, the most overdue first.
 */
public record Dashboard(CaseCounts overall, List<CaseCounts> perDepartment, List<LateStep> lateSteps)
        implements Serializable {
}
