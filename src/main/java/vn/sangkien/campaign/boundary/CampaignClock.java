package vn.sangkien.campaign.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.sangkien.platform.time.Moments;

/**
 * Opens and closes campaigns on time. The database says what is due; a non-persistent EJB timer
 * on every instance only wakes this clock each second, and at start-up it catches up with whatever
 * fell due while no instance ran. Editing a window needs no rescheduling: the next tick reads it.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CampaignClock {

    private static final Logger LOG = Logger.getLogger(CampaignClock.class.getName());

    @Inject
    CampaignTransitions transitions;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void catchUp() {
        advance();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "campaign windows")
    void tick() {
        advance();
    }

    /** One pass; a pass still running when the next tick comes makes that tick a no-op. */
    void advance() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = Moments.now();
            transitions.dueToOpen(now).forEach(transitions::open);
            transitions.dueToClose(now).forEach(id -> transitions.close(id, now));
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next tick tries again.
            LOG.log(Level.WARNING, "Campaign clock pass failed; retrying on the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
