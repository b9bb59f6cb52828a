package vn.sangkien.view.initiatives;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * How far the user's running import has come, for the progress bar that asks while the upload's
 * request is still registering: a bean of the session, because the bar's requests come beside the
 * upload's, not inside its view.
 */
@Named
@SessionScoped
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int done;
    private volatile int total;

    void reset() {
        done = 0;
        total = 0;
    }

    void update(int done, int total) {
        this.done = done;
        this.total = total;
    }

    /** 0–100; 0 while the file is still being read. */
    public int getPercent() {
        int rows = total;
        return rows == 0 ? 0 : (int) (100L * done / rows);
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }
}
