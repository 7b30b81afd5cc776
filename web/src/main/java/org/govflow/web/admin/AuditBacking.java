package org.govflow.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.audit.AuditEntry;
import org.govflow.audit.AuditLog;
import org.govflow.platform.Settings;
import org.govflow.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The audit log for administrators and supervisors, newest first, read a page at a time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private AuditLog auditLog;

    @Inject
    private Settings settings;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.count());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return auditLog.listRecent(first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** An instant in the centre's zone. */
    public String format(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(settings.zone()).format(FORMAT);
    }

    /** The action's name in the page's language, or its code where the bundle has none. */
    public String actionLabel(String action) {
        return Messages.text("audit.action." + action).replace("audit.action.", "");
    }
}
