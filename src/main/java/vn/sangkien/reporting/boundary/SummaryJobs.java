package vn.sangkien.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.control.SummarySchedule;

/**
 * Wakes {@link ScheduledSnapshots} on the schedule of {@code SANGKIEN_SUMMARY_SCHEDULE}, with a
 * non-persistent calendar timer on every instance; the database decides which instance works.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
public class SummaryJobs {

    private static final Logger LOG = Logger.getLogger(SummaryJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ScheduledSnapshots snapshots;

    @Inject
    @ConfigProperty(name = "SANGKIEN_SUMMARY_SCHEDULE", defaultValue = SummarySchedule.DEFAULT)
    String schedule;

    @PostConstruct
    void start() {
        Timer timer = timers.createCalendarTimer(SummarySchedule.parse(schedule), new TimerConfig("summaries", false));
        LOG.info(() -> "Scheduled summary snapshots (" + schedule + "), next at " + timer.getNextTimeout().toInstant());
    }

    /** Outside a transaction: a failed round must not fail the timeout, which would cancel the timer. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void take(Timer timer) {
        Instant now = Moments.now();
        Duration period = Duration.between(now, timer.getNextTimeout().toInstant());
        try {
            int taken = snapshots.takeUnlessDone(now, period);
            if (taken > 0) {
                LOG.info(() -> "Scheduled summary snapshots of " + taken + " open campaigns taken");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled summary snapshots failed; the next schedule tries again", e);
        }
    }
}
