package dev.tasuki.benchmark;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits, before timing anything, until the machine's one-minute load average is below benchmark.quietLoad (default: the
 * number of cores), for at most benchmark.quietWaitMinutes (default 60): a shared machine's other builds would
 * otherwise be what is measured. Returns the load average when timing begins.
 */
final class Quiet {

    private static final Logger log = LoggerFactory.getLogger(Quiet.class);

    private Quiet() {}

    static double waitForQuiet() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        double quiet = Double.parseDouble(
                System.getProperty("benchmark.quietLoad", String.valueOf(os.getAvailableProcessors())));
        long deadline = System.nanoTime() + Long.getLong("benchmark.quietWaitMinutes", 60) * 60_000_000_000L;
        while (os.getSystemLoadAverage() >= quiet && System.nanoTime() < deadline) {
            log.info(
                    "Load average {} — waiting for it to fall below {} before timing",
                    os.getSystemLoadAverage(),
                    quiet);
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return os.getSystemLoadAverage();
    }
}
