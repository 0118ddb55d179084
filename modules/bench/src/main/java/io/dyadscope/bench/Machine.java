package io.dyadscope.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** What benchmarks read of the machine: the process's processor time, the load and the JVM's collector. */
final class Machine {

  private Machine() {}

  /** The one-minute load average and the cores, e.g. {@code 1.52 on 2 cores}; "unknown" off Linux. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " on " + Runtime.getRuntime().availableProcessors()
          + " cores";
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Processor time of this process in nanoseconds: all its threads, native ones (DuckDB's) included. */
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The garbage collectors of this JVM, e.g. {@code PS Scavenge, PS MarkSweep}. */
  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }
}
