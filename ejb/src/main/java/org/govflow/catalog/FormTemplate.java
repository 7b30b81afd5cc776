package org.govflow.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A blank form or sample that applicants download under its real file name. */
@Entity
@Table(name = "form_template")
public class FormTemplate implements Serializable {

    @Id
    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected FormTemplate() {
        // for JPA
    }

    public FormTemplate(String fileName, String contentType, byte[] content, OffsetDateTime uploadedAt) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
