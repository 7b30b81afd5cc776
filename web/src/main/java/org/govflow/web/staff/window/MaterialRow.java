package org.govflow.web.staff.window;

import org.govflow.casework.CaseMaterial;
import org.govflow.catalog.Material;

import java.io.Serial;
import java.io.Serializable;

/** One line of the window's material checklist: what the item asks for, and whether the clerk has it. */
public class MaterialRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int seq;
    private final String name;
    private final boolean mandatory;
    private final String form;
    private final int copies;
    private boolean received;

    MaterialRow(int seq, String name, boolean mandatory, String form, int copies, boolean received) {
        this.seq = seq;
        this.name = name;
        this.mandatory = mandatory;
        this.form = form;
        this.copies = copies;
        this.received = received;
    }

    static MaterialRow of(Material material) {
        return new MaterialRow(material.getSeq(), material.getName(), material.isMandatory(),
                material.getForm().name(), material.getCopies(), false);
    }

    static MaterialRow of(CaseMaterial material) {
        return new MaterialRow(material.getSeq(), material.getName(), material.isMandatory(), null, 0,
                material.isReceived());
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    /** ORIGINAL, COPY or ORIGINAL_AND_COPY; none where the case no longer knows it. */
    public String getForm() {
        return form;
    }

    public int getCopies() {
        return copies;
    }

    public boolean isReceived() {
        return received;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }
}
