package vn.sangkien.bench;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** What one phase measured. Latencies are of successful operations only, in microseconds. */
record PhaseResult(String name, int threads, long ok, long errors, long warmupOk, long warmupErrors,
                   double seconds, Histogram histogram, Map<String, Long> errorKinds, List<String> errorSamples,
                   String setupFailure, boolean aborted, CpuSampler.Usage cpu) {

    double throughput() {
        return seconds > 0 ? ok / seconds : 0;
    }

    double millis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Server CPU milliseconds per successful operation, NaN when unknown. */
    double serverCpuMillisPerOp() {
        return cpu == null || ok == 0 ? Double.NaN : cpu.serverCpuSeconds() * 1000 / ok;
    }

    double generatorCpuMillisPerOp() {
        return cpu == null || ok == 0 ? Double.NaN : cpu.generatorCpuSeconds() * 1000 / ok;
    }

    double postgresCpuMillisPerOp() {
        return cpu == null || ok == 0 ? Double.NaN : cpu.postgresCpuSeconds() * 1000 / ok;
    }

    /** Share of the machine's CPU capacity that went to neither the server, the generator nor PostgreSQL. */
    double otherPercent() {
        return cpu == null || seconds <= 0 ? Double.NaN
                : 100 * cpu.otherCpuSeconds() / (seconds * Runtime.getRuntime().availableProcessors());
    }

    double machineBusyPercent() {
        return cpu == null ? Double.NaN : cpu.machineBusyPercent();
    }

    double maxMillis() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }
}
