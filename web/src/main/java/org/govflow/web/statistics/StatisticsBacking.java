package org.govflow.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.Settings;
import org.govflow.statistics.Figures;
import org.govflow.statistics.PublishedStatistics;
import org.govflow.statistics.StatisticsService;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The published statistics (statistics.xhtml) of a chosen period, by default the current month so far: a table
 * per department with the centre's total, and a bar chart of applications accepted and completed.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private StatisticsService statisticsService;

    @Inject
    private Settings settings;

    private LocalDate from;
    private LocalDate to;
    private PublishedStatistics statistics;
    private String chart;

    @PostConstruct
    void load() {
        to = LocalDate.now(settings.clock());
        from = to.withDayOfMonth(1);
        show();
    }

    /** Computes the figures of the chosen period. */
    public void show() {
        try {
            statistics = statisticsService.compute(from, to);
            chart = chartJson(statistics);
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    /** A Chart.js bar chart of accepted and completed applications per department. */
    static String chartJson(PublishedStatistics statistics) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        JsonArrayBuilder completed = Json.createArrayBuilder();
        for (Figures figures : statistics.departments()) {
            labels.add(figures.departmentName());
            accepted.add(figures.accepted());
            completed.add(figures.completed());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text("statistics.accepted"))
                                        .add("data", accepted).add("backgroundColor", "#1d4ed8"))
                                .add(Json.createObjectBuilder().add("label", Messages.text("statistics.completed"))
                                        .add("data", completed).add("backgroundColor", "#15803d"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", Messages.text("statistics.chart")))))
                .build()
                .toString();
    }

    public String getChart() {
        return chart;
    }

    public PublishedStatistics getStatistics() {
        return statistics;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
