package vn.sangkien.support;

/**
 * Work done once however many tests ask for it, such as a test class's shared fixture, which the
 * first test that needs it makes (each test still passes alone).
 */
public final class Once {

    private volatile boolean done;

    public void make(Runnable work) {
        if (done) {
            return;
        }
        synchronized (this) {
            if (!done) {
                work.run();
                done = true;
            }
        }
    }
}
