package vn.sangkien.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command line: {@code --name value} or {@code --name=value}; every option has a default. */
final class Options {

    static final String USAGE = String.join("\n",
            "java -jar sangkien-bench.jar [options]",
            "  --base-url URL        the application (default http://127.0.0.1:8282)",
            "  --user NAME           Basic-auth user that registers (a UNIT_OFFICER of --unit)",
            "  --password PW         its password",
            "  --campaign CODE       an OPEN campaign",
            "  --unit CODE           a GRASSROOTS unit inside the campaign organizer's subtree",
            "  --jdbc-url URL        the application's PostgreSQL database",
            "                        (default jdbc:postgresql://127.0.0.1:5432/sangkien_bench)",
            "  --jdbc-user NAME      (default postgres)",
            "  --jdbc-password PW    (default empty)",
            "  --threads N           concurrent clients in every phase (default 16)",
            "  --warmup S            warm-up seconds per phase, not measured (default 120)",
            "  --measure S           measured seconds per phase (default 30)",
            "  --rounds N            with both registration and trivial: their measured seconds are split into N",
            "                        rounds taken in turn, each phase warmed up before its first (default 3)",
            "  --settle S            unmeasured seconds before each later round (default 10)",
            "  --max-ops N           upper bound of operations per thread per phase (default 2000000)",
            "  --phases LIST         comma-separated, from registration,trivial,jdbc (default all three); jdbc runs last",
            "  --preflight BOOL      one registration and one GET /me first, stop if they fail (default true)",
            "  --server-pid PID      the server's process id: its CPU time per request is reported (Linux)",
            "  --count-table NAME    table whose rows are counted around the registration phase (default initiative;",
            "                        empty to skip)");

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new IllegalArgumentException("help");
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                values.put(a.substring(2, eq), a.substring(eq + 1));
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                values.put(a.substring(2), args[++i]);
            }
        }
    }

    String string(String name, String dflt) {
        return values.getOrDefault(name, dflt);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    long number(String name, long dflt, long min, long max) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number: " + v);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("--" + name + " must be in " + min + ".." + max + ": " + v);
        }
        return n;
    }

    boolean bool(String name, boolean dflt) {
        String v = values.get(name);
        return v == null ? dflt : Boolean.parseBoolean(v.trim());
    }

    List<String> list(String name, String dflt) {
        List<String> out = new ArrayList<>();
        for (String s : string(name, dflt).split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
