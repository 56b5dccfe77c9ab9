package org.frontline.benchmarks.importer;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.tools.attach.VirtualMachine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Watches another JVM's heap until it exits: attaches to it (Attach API), starts its local JMX agent, polls the
 * {@link MemoryMXBean} every 50 ms and listens to every GC notification, whose "before" figures catch the peaks
 * that fall between two polls. The peak after GC is the live set: what the process really needed to keep.
 */
final class HeapWatch {

    /**
     * @param peakAfterOldGc the most heap left after a collection of the old generation (full or concurrent cycle):
     *     the closest figure to what the process kept alive; -1 when no such collection ran
     */
    /**
     * @param processCpuNanos CPU time of the whole process (every thread, start-up, JIT and GC included), as last
     *     polled before it exited
     * @param mainCpuNanos CPU time of its {@code main} thread, the one that runs the import command, as last polled
     * @param floorLastHalf the least heap left after any collection in the second half of the watched time: an upper
     *     bound of what was live then, which G1's peaks (it fills the heap it is given) do not show
     */
    record Peak(long peakUsed, long peakAfterGc, long peakAfterOldGc, int collections, int oldCollections, long maxHeap,
            long processCpuNanos, long mainCpuNanos, long floorLastHalf) {}

    private HeapWatch() {}

    static Peak watch(Process process, Duration timeout) throws Exception {
        var deadline = System.nanoTime() + timeout.toNanos();
        var vm = attach(process, deadline);
        var address = vm.startLocalManagementAgent();
        vm.detach();
        var peakUsed = new AtomicLong();
        var peakAfterGc = new AtomicLong();
        var peakAfterOldGc = new AtomicLong(-1);
        var collections = new AtomicInteger();
        var started = System.nanoTime();
        var afterGcs = new java.util.concurrent.ConcurrentLinkedQueue<long[]>();
        var oldCollections = new AtomicInteger();
        long maxHeap = -1;
        long processCpu = -1;
        long mainCpu = -1;
        try (var connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            var connection = connector.getMBeanServerConnection();
            var memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            maxHeap = memory.getHeapMemoryUsage().getMax();
            var system = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                    com.sun.management.OperatingSystemMXBean.class);
            var threads = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
            var mainId = java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds())).filter(t -> t != null && t.getThreadName().equals("main"))
                    .mapToLong(ThreadInfo::getThreadId).findFirst().orElse(-1);
            Set<String> heapPools = new HashSet<>();
            for (var pool : ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class)) {
                if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
            }
            for (var gc : ManagementFactory.getPlatformMXBeans(connection, GarbageCollectorMXBean.class)) {
                connection.addNotificationListener(gc.getObjectName(), (Notification n, Object handback) -> {
                    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                    var notification = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    var info = notification.getGcInfo();
                    var before = info.getMemoryUsageBeforeGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    var after = info.getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peakUsed.accumulateAndGet(before, Math::max);
                    peakAfterGc.accumulateAndGet(after, Math::max);
                    afterGcs.add(new long[] {System.nanoTime(), after});
                    collections.incrementAndGet();
                    if (!notification.getGcName().contains("Young")) {
                        peakAfterOldGc.accumulateAndGet(after, Math::max);
                        oldCollections.incrementAndGet();
                    }
                }, null, null);
            }
            while (process.isAlive() && System.nanoTime() < deadline) {
                try {
                    peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    processCpu = system.getProcessCpuTime();
                    if (mainId >= 0) mainCpu = threads.getThreadCpuTime(mainId);
                } catch (RuntimeException gone) {
                    break;
                }
                Thread.sleep(50);
            }
        } catch (java.io.IOException closed) {
            // The process exited while the connection was being closed: the figures gathered so far stand.
        }
        return new Peak(peakUsed.get(), peakAfterGc.get(), peakAfterOldGc.get(), collections.get(), oldCollections.get(), maxHeap,
                processCpu, mainCpu, floor(afterGcs, started + (System.nanoTime() - started) / 2));
    }

    private static long floor(java.util.Collection<long[]> afterGcs, long from) {
        return afterGcs.stream().filter(gc -> gc[0] >= from).mapToLong(gc -> gc[1]).min().orElse(-1);
    }

    private static VirtualMachine attach(Process process, long deadline) throws Exception {
        while (true) {
            try {
                return VirtualMachine.attach(Long.toString(process.pid()));
            } catch (Exception notReadyYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) throw notReadyYet;
                Thread.sleep(100);
            }
        }
    }
}
