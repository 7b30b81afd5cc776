package org.govflow.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

import java.io.Serializable;
import java.util.List;

/** Lets container tests see and count the EJB timers of the deployment. It never creates one itself. */
@Singleton
public class TimerProbe {

    @Resource
    private TimerService timerService;

    /** The info of every active timer in the module, e.g. "deadline watch". */
    public List<String> timerInfos() {
        return timerService.getAllTimers().stream()
                .map(Timer::getInfo)
                .map(info -> info instanceof Serializable ? String.valueOf(info) : "")
                .toList();
    }

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

    @Timeout
    void neverCalled(Timer timer) {
        // a timeout method makes the container give this bean a working TimerService
    }
}
