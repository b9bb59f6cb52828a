package vn.sangkien.platform.audit;

/**
 * Through what a change came: the console, the REST API, the SOAP service, or the system itself
 * (timers, start-up work). Known from the path of the request that the current thread serves
 * ({@link RequestChannel}); a thread that serves no request is the system's.
 */
public enum Channel {
    CONSOLE, REST, SOAP, SYSTEM;

    private static final ThreadLocal<Channel> CURRENT = new ThreadLocal<>();

    /** The channel of a request to this path (within the application). */
    public static Channel ofPath(String path) {
        if (path.startsWith("/api/")) {
            return REST;
        }
        return path.startsWith("/soap/") ? SOAP : CONSOLE;
    }

    /** The channel of the request this thread serves, {@link #SYSTEM} outside requests. */
    public static Channel current() {
        Channel channel = CURRENT.get();
        return channel == null ? SYSTEM : channel;
    }

    static void serve(Channel channel) {
        CURRENT.set(channel);
    }

    static void served() {
        CURRENT.remove();
    }
}
