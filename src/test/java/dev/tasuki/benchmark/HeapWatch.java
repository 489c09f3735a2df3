package dev.tasuki.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a piece of work needs, measured two ways: the most the heap held right after any garbage collection while it
 * ran (what was alive: the figure that has to stay under a limit), and the sum of each heap pool's peak (an upper bound
 * that counts garbage not yet collected). Started after a full collection, so what was there before is the baseline,
 * not part of the work's peak.
 */
final class HeapWatch implements AutoCloseable {

    /** What was measured, in bytes. */
    record Heap(long max, long before, long liveAfterGc, long poolPeaks, int collections) {

        static String mb(long bytes) {
            return bytes / (1024 * 1024) + " MB";
        }
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            long used = pools.stream()
                    .mapToLong(pool ->
                            info.getMemoryUsageAfterGc().get(pool.getName()).getUsed())
                    .sum();
            liveAfterGc.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        }
    };
    private final long before;

    HeapWatch() {
        System.gc();
        before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        liveAfterGc.set(before);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ManagementFactory.getGarbageCollectorMXBeans()
                .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
    }

    Heap heap() {
        return new Heap(
                Runtime.getRuntime().maxMemory(),
                before,
                liveAfterGc.get(),
                pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum(),
                (int) collections.get());
    }

    @Override
    public void close() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // never added to this one
            }
        }
    }
}
