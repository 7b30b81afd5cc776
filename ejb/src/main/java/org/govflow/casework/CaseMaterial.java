package org.govflow.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A material of the item as it stood when the application was checked, and whether the window has it.
 * One that arrives after a correction notice keeps the instant it arrived.
 */
@Entity
@Table(name = "case_material")
public class CaseMaterial implements Serializable {

    @Id
    @SequenceGenerator(name = "case_material_seq", sequenceName = "case_material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_material_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(nullable = false)
    private boolean received;

    @Column(name = "arrived_at")
    private OffsetDateTime arrivedAt;

    protected CaseMaterial() {
        // for JPA
    }

    CaseMaterial(Case caseFile, int seq, String name, boolean mandatory, boolean received) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.seq = seq;
        this.name = Objects.requireNonNull(name, "name");
        this.mandatory = mandatory;
        this.received = received;
    }

    void arrive(Instant at) {
        received = true;
        arrivedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** Whether the lack of it keeps the application from being complete. */
    public boolean isMissing() {
        return mandatory && !received;
    }

    public Long getId() {
        return id;
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

    public boolean isReceived() {
        return received;
    }

    public OffsetDateTime getArrivedAt() {
        return arrivedAt;
    }
}
