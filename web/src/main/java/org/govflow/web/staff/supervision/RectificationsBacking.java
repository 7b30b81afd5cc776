package org.govflow.web.staff.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.Settings;
import org.govflow.supervision.Rectification;
import org.govflow.supervision.RectificationService;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisors' list of open rectification items (staff/supervision/rectifications.xhtml), the soonest due
 * first; each closes with the measures taken and the call back to the applicant.
 */
@Named
@ViewScoped
public class RectificationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RectificationService rectificationService;

    @Inject
    private CatalogService catalogService;

    @Inject
    private Settings settings;

    private List<Rectification> open;
    private final Map<Long, String> measures = new HashMap<>();
    private final Map<Long, String> callbacks = new HashMap<>();

    /** Loads the open items; called by the page's view action, where a refusal reaches the 403 page. */
    public void load() {
        open = rectificationService.listOpen();
    }

    /** Closes one item with what the supervisor typed for it; a refusal keeps the text. */
    public void close(Rectification item) {
        try {
            rectificationService.close(item.getId(), item.getVersion(), measures.get(item.getId()),
                    callbacks.get(item.getId()));
            measures.remove(item.getId());
            callbacks.remove(item.getId());
            Messages.info("rectification.closed");
            load();
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    public String departmentName(String code) {
        return catalogService.findDepartment(code).map(Department::getName).orElse(code);
    }

    public boolean isOverdue(Rectification item) {
        LocalDate today = LocalDate.now(settings.clock());
        return item.isOverdueOn(today);
    }

    public List<Rectification> getOpen() {
        return open;
    }

    public Map<Long, String> getMeasures() {
        return measures;
    }

    public Map<Long, String> getCallbacks() {
        return callbacks;
    }
}
