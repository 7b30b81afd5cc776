package org.govflow.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

import java.util.List;

/** Lists the timers of the deployment, so tests can see that an automatic timer exists. */
@Stateless
public class TimerProbe {

    @Resource
    private TimerService timerService;

    /** Each timer as "info|persistent|second minute hour". */
    public List<String> describeTimers() {
        return timerService.getAllTimers().stream()
                .map(TimerProbe::describe)
                .toList();
    }

    private static String describe(Timer timer) {
        String schedule = "";
        if (timer.isCalendarTimer()) {
            ScheduleExpression expression = timer.getSchedule();
            schedule = expression.getSecond() + " " + expression.getMinute() + " " + expression.getHour();
        }
        return timer.getInfo() + "|" + timer.isPersistent() + "|" + schedule;
    }
}
