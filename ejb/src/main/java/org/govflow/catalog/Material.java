package org.govflow.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A material an applicant must (or may) bring for an item version, with its blank form if there is one. */
@Entity
@Table(name = "material")
public class Material implements Serializable {

    @Id
    @SequenceGenerator(name = "material_seq", sequenceName = "material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_version_id")
    private ItemVersion itemVersion;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialForm form;

    @Column(nullable = false)
    private int copies;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "template_file", length = 200)
    private String templateFile;

    protected Material() {
        // for JPA
    }

    public Material(ItemVersion itemVersion, int seq, String name, MaterialForm form, int copies, boolean mandatory,
                    String templateFile) {
        this.itemVersion = Objects.requireNonNull(itemVersion, "itemVersion");
        this.seq = seq;
        this.name = Objects.requireNonNull(name, "name");
        this.form = Objects.requireNonNull(form, "form");
        this.copies = copies;
        this.mandatory = mandatory;
        this.templateFile = templateFile == null || templateFile.isBlank() ? null : templateFile;
    }

    public Long getId() {
        return id;
    }

    public ItemVersion getItemVersion() {
        return itemVersion;
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public MaterialForm getForm() {
        return form;
    }

    public int getCopies() {
        return copies;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public String getTemplateFile() {
        return templateFile;
    }
}
