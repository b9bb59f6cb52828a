package vn.sangkien.bench;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** What one phase measured. Latencies are of successful operations only, in microseconds. */
record PhaseResult(String name, int threads, long ok, long errors, long warmupOk, long warmupErrors,
                   double seconds, Histogram histogram, Map<String, Long> errorKinds, List<String> errorSamples,
                   String setupFailure, boolean aborted) {

    double throughput() {
        return seconds > 0 ? ok / seconds : 0;
    }

    double millis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }
}
