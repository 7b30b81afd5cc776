package org.govflow.casework;

import org.govflow.platform.GovFlowException;

import java.util.Optional;

/**
 * The legal cap on extending a case's limit (延期): the item's own figure when its law sets one (the
 * catalogue's {@code extension_cap}), else 10 more working days in general (on a limit of 20 or less) and 15
 * for joint handling by several departments (on a limit of 45). The cap counts every extension of a case
 * together.
 */
public final class ExtensionRule {

    /** The cap of an item handled by one department. */
    public static final int ORDINARY_CAP = 10;

    /** The cap of an item with parallel joint steps. */
    public static final int JOINT_CAP = 15;

    private ExtensionRule() {
    }

    /**
     * The cap for an item.
     *
     * @param itemCap the item's own cap, when the catalogue gives one
     * @param jointHandling whether the item's flow has parallel steps across departments
     */
    public static int capFor(Optional<Integer> itemCap, boolean jointHandling) {
        return itemCap.orElse(jointHandling ? JOINT_CAP : ORDINARY_CAP);
    }

    /**
     * Refuses an extension that is not at least one day or would take the case past its cap.
     *
     * @param granted working days already granted to the case
     * @param requested working days asked for now
     * @param cap the case's cap
     */
    public static void check(int granted, int requested, int cap) {
        if (requested < 1) {
            throw new GovFlowException("case.extension.daysInvalid");
        }
        if (granted + requested > cap) {
            throw new GovFlowException("case.extension.overCap", cap, granted, cap - granted);
        }
    }
}
