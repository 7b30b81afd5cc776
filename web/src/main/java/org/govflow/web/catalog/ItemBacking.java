package org.govflow.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.FlowStep;
import org.govflow.catalog.ItemVersion;
import org.govflow.platform.NotFoundException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The public guide of one item (?code=SCJ-001): its published version with materials, steps and the
 * flowchart, whose stages are the steps in order with each parallel group side by side in one stage.
 */
@Named
@RequestScoped
public class ItemBacking {

    @Inject
    private CatalogService catalogService;

    private String code;
    private ItemVersion version;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        code = external.getRequestParameterMap().get("code");
        if (code == null || code.isBlank()) {
            external.setResponseStatus(404);
            return;
        }
        try {
            version = catalogService.getPublishedVersion(code.strip());
        } catch (NotFoundException unknownItem) {
            external.setResponseStatus(404);
        }
    }

    /** The flow as stages: one step, or the steps of a parallel group side by side. */
    public List<Stage> getStages() {
        List<Stage> stages = new ArrayList<>();
        if (version == null) {
            return stages;
        }
        for (FlowStep step : version.getSteps()) {
            Stage last = stages.isEmpty() ? null : stages.get(stages.size() - 1);
            if (step.isParallel() && last != null && step.getParallelGroup().equals(last.group())) {
                last.steps().add(step);
            } else {
                List<FlowStep> steps = new ArrayList<>();
                steps.add(step);
                stages.add(new Stage(step.getParallelGroup(), steps));
            }
        }
        return stages;
    }

    /** The download address of a blank form, its name percent-encoded as a path segment. */
    public String formUrl(String fileName) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/forms/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The department's window numbers as a Chinese list (A01、A02). */
    public String getWindows() {
        String windows = version == null ? null : version.getItem().getDepartment().getWindows();
        return windows == null ? "" : windows.replace(';', '、');
    }

    public String getCode() {
        return code;
    }

    public ItemVersion getVersion() {
        return version;
    }

    public boolean isFound() {
        return version != null;
    }

    /** One stage of the flowchart; group is null for a step on its own. */
    public record Stage(String group, List<FlowStep> steps) {

        // Faces 4 EL reads bean getters, not record accessors
        public List<FlowStep> getSteps() {
            return steps;
        }

        public boolean isParallel() {
            return group != null && steps.size() > 1;
        }
    }
}
