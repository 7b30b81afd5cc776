package org.govflow.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

import java.io.Serializable;
import java.util.List;

/** Lets container tests count the EJB timers of the deployment. It never creates one itself. */
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

    @Timeout
    void neverCalled(Timer timer) {
        // a timeout method makes the container give this bean a working TimerService
    }
}
