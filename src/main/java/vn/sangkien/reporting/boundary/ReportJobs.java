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
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.reporting.control.SummarySchedule;

/**
 * Wakes {@link StoredReports} on {@code SANGKIEN_REPORT_SCHEDULE} (an EJB calendar written as the
 * summaries' schedule; by default every Monday at 07:00 in Vietnam), with a non-persistent timer on
 * every instance; the database decides which instance works. At start it stores a round missed
 * while no instance ran.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
public class ReportJobs {

    static final String DEFAULT = "minute=0;hour=7;dayOfWeek=Mon;timezone=" + Moments.VIETNAM_ZONE;
    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    StoredReports stored;

    @Inject
    @ConfigProperty(name = "SANGKIEN_REPORT_SCHEDULE", defaultValue = DEFAULT)
    String schedule;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        Timer timer = timers.createCalendarTimer(SummarySchedule.parse(schedule), new TimerConfig("reports", false));
        LOG.info(() -> "Scheduled reports (" + schedule + "), next at " + timer.getNextTimeout().toInstant());
        store(timer);
    }

    /** Outside a transaction: a failed round must not fail the timeout, which would cancel the timer. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void store(Timer timer) {
        Instant now = Moments.now();
        try {
            int stored = this.stored.storeUnlessDone(now, timer.getNextTimeout().toInstant());
            if (stored > 0) {
                LOG.info(() -> "Scheduled reports of " + stored + " open campaigns stored");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled reports failed; the next schedule tries again", e);
        }
    }
}
