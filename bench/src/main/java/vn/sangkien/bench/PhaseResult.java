package vn.sangkien.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/** What one phase measured. Latencies are of successful operations only, in microseconds. */
record PhaseResult(String name, int threads, long ok, long errors, long warmupOk, long warmupErrors,
                   double seconds, Histogram histogram, Map<String, Long> errorKinds, List<String> errorSamples,
                   String setupFailure, boolean aborted, CpuSampler.Usage cpu) {

    /**
     * This result and a later round of the same phase as one: counts, measured seconds and CPU add up, the
     * latencies are merged.
     */
    PhaseResult plus(PhaseResult round) {
        Histogram latencies = histogram.copy();
        latencies.add(round.histogram);
        Map<String, Long> kinds = new TreeMap<>(errorKinds);
        round.errorKinds.forEach((kind, n) -> kinds.merge(kind, n, Long::sum));
        List<String> samples = new ArrayList<>(errorSamples);
        round.errorSamples.stream().limit(Math.max(0, PhaseRunner.ERROR_SAMPLES - samples.size())).forEach(samples::add);
        CpuSampler.Usage usage = cpu == null || round.cpu == null ? null : cpu.plus(seconds, round.cpu, round.seconds);
        return new PhaseResult(name, threads, ok + round.ok, errors + round.errors, warmupOk + round.warmupOk,
                warmupErrors + round.warmupErrors, seconds + round.seconds, latencies, kinds, samples,
                setupFailure != null ? setupFailure : round.setupFailure, aborted || round.aborted, usage);
    }

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
