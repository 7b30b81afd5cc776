package org.govflow.catalog;

/** A blank form ready to send: its real file name, content type and bytes. */
public record FormDownload(String fileName, String contentType, byte[] content) {

    public FormDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
