package vn.newsroom.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used, from {@code /proc/<pid>/stat}: what the service spends per request, all its threads
 * (JIT and GC included), which on a machine of few cores is what limits its throughput.
 */
final class ProcessCpu {

    /** Linux reports utime and stime in ticks of USER_HZ, 100 per second on every architecture it runs the JVM on. */
    private static final long NANOS_PER_TICK = 10_000_000;

    private ProcessCpu() {
    }

    static long nanos(String pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", pid, "stat")));
    }

    /** User plus system time of a {@code stat} line; the command name in parentheses may hold spaces. */
    static long parse(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14 (utime) and 15 (stime) of proc(5); "after" starts at field 3
        return (Long.parseLong(after[11]) + Long.parseLong(after[12])) * NANOS_PER_TICK;
    }
}
