package vn.sangkien.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the application serves requests: not before its start-up work (schema, bootstrap) is
 * done, and no more once it is stopping. The authentication mechanism, which every request meets
 * first, answers 503 meanwhile ({@link vn.sangkien.platform.web.ServiceUnavailable}), never a
 * half-started application's 404 or 500; the health check reports it.
 */
@ApplicationScoped
public class Readiness {

    private enum State { STARTING, READY, STOPPING }

    private volatile State state = State.STARTING;

    public boolean isReady() {
        return state == State.READY;
    }

    /** Start-up work is done: requests are served from now on. */
    public void ready() {
        if (state == State.STARTING) {
            state = State.READY;
        }
    }

    /** The application is going down: requests are refused from now on. */
    public void stopping() {
        state = State.STOPPING;
    }
}
