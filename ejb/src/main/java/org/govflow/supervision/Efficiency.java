package org.govflow.supervision;

import org.govflow.calendar.Timeliness;
import org.govflow.casework.ActionType;
import org.govflow.casework.Case;
import org.govflow.casework.CaseStep;
import org.govflow.casework.StepAction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out the figures of an efficiency report from what happened in a period: the cases accepted and
 * issued in it, the actions taken in it and the cards issued in it (see {@link EfficiencyRow}).
 */
final class Efficiency {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<ActionType> CONCLUDING = Set.of(ActionType.PASS, ActionType.REJECT);

    private final List<Case> accepted;
    private final List<Case> issued;
    private final List<StepAction> actions;
    private final List<Card> cards;
    private final Function<Case, LocalDate> issuedOn;

    Efficiency(List<Case> accepted, List<Case> issued, List<StepAction> actions, List<Card> cards,
               Function<Case, LocalDate> issuedOn) {
        this.accepted = accepted;
        this.issued = issued;
        this.actions = actions;
        this.cards = cards;
        this.issuedOn = issuedOn;
    }

    /** One row per department with anything in the period, by code; names from the map given. */
    List<EfficiencyRow> departments(Map<String, String> names) {
        Map<String, String> keys = new TreeMap<>();
        accepted.forEach(c -> keys.put(c.getDepartmentCode(), ""));
        issued.forEach(c -> keys.put(c.getDepartmentCode(), ""));
        concluding().forEach(a -> keys.put(a.getStep().getDepartmentCode(), ""));
        cards.forEach(c -> keys.put(c.getDepartmentCode(), ""));
        keys.keySet().retainAll(names.keySet());

        List<EfficiencyRow> rows = new ArrayList<>();
        for (String code : keys.keySet()) {
            List<Case> completed = issued.stream().filter(c -> c.getDepartmentCode().equals(code)).toList();
            List<StepAction> done = concluding().stream()
                    .filter(a -> a.getStep().getDepartmentCode().equals(code)).toList();
            List<Card> theirs = cards.stream().filter(c -> c.getDepartmentCode().equals(code)).toList();
            long overdue = completed.stream().filter(c -> c.getPromisedDueDate() != null
                    && issuedOn.apply(c).isAfter(c.getPromisedDueDate())).count();
            rows.add(new EfficiencyRow(code, names.get(code),
                    accepted.stream().filter(c -> c.getDepartmentCode().equals(code)).count(),
                    completed.size(), count(done, Timeliness.EARLY), count(done, Timeliness.ON_TIME),
                    count(done, Timeliness.LATE), overdue, rate(completed.size() - overdue, completed.size()),
                    average(completed.stream().map(c -> c.getWorkingDaysUsed() == null ? 0 : c.getWorkingDaysUsed())
                            .toList()),
                    count(theirs, CardKind.YELLOW_CARD), count(theirs, CardKind.RED_CARD), fees(completed)));
        }
        return rows;
    }

    /** One row per member of staff who accepted, concluded or issued anything in the period, by username. */
    List<EfficiencyRow> people(Map<String, String> names) {
        Map<String, List<StepAction>> byActor = actions.stream()
                .collect(Collectors.groupingBy(StepAction::getActor, TreeMap::new, Collectors.toList()));
        Set<Long> yellowSteps = cards.stream().filter(c -> c.getKind() == CardKind.YELLOW_CARD)
                .map(Card::getStepId).collect(Collectors.toSet());

        List<EfficiencyRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<StepAction>> entry : byActor.entrySet()) {
            List<StepAction> done = entry.getValue().stream().filter(a -> CONCLUDING.contains(a.getType())).toList();
            Set<Long> doneSteps = done.stream().map(a -> a.getStep().getId()).collect(Collectors.toSet());
            List<Card> theirs = cards.stream().filter(c -> doneSteps.contains(c.getStepId())).toList();
            long early = count(done, Timeliness.EARLY);
            long onTime = count(done, Timeliness.ON_TIME);
            List<Case> issuedByThem = entry.getValue().stream().filter(a -> a.getType() == ActionType.ISSUE)
                    .map(a -> a.getStep().getCaseFile()).toList();
            // TODO: a step concluded more than once (after a return) counts only its last run's working days
            List<Integer> days = done.stream().filter(Efficiency::isLastCompletion)
                    .map(a -> a.getStep().getDaysUsed()).toList();
            rows.add(new EfficiencyRow(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
                    entry.getValue().stream().filter(a -> a.getType() == ActionType.ACCEPT).count(), done.size(),
                    early, onTime, count(done, Timeliness.LATE),
                    done.stream().filter(a -> yellowSteps.contains(a.getStep().getId())).count(),
                    rate(early + onTime, done.size()), average(days),
                    count(theirs, CardKind.YELLOW_CARD), count(theirs, CardKind.RED_CARD), fees(issuedByThem)));
        }
        rows.removeIf(r -> r.accepted() == 0 && r.completed() == 0
                && byActor.get(r.key()).stream().noneMatch(a -> a.getType() == ActionType.ISSUE));
        return rows;
    }

    private List<StepAction> concluding() {
        return actions.stream().filter(a -> CONCLUDING.contains(a.getType())).toList();
    }

    private static boolean isLastCompletion(StepAction action) {
        CaseStep step = action.getStep();
        return step.getCompletedAt() != null
                && step.getCompletedAt().toInstant().equals(action.getActedAt().toInstant());
    }

    private static long count(List<StepAction> done, Timeliness timeliness) {
        return done.stream().filter(a -> a.getTimeliness() == timeliness).count();
    }

    private static long count(Collection<Card> cards, CardKind kind) {
        return cards.stream().filter(c -> c.getKind() == kind).count();
    }

    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal average(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        int sum = values.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal fees(List<Case> cases) {
        return cases.stream().map(Case::getFeeAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
