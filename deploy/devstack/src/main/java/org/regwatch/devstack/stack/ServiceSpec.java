package org.regwatch.devstack.stack;

import java.util.List;

/**
 * One of the three Quarkus services, as the stack runs it.
 *
 * @param name the module directory under services/
 * @param port its HTTP port (the same as in its application.properties)
 * @param usesDatabase whether it gets the quarkus.datasource.* settings
 * @param jvmOptions options for its JVM besides the heap, e.g. the garbage collector
 */
public record ServiceSpec(String name, int port, boolean usesDatabase, List<String> jvmOptions) {

  /**
   * In start order; stopped in reverse. The query service runs on the throughput collector: its
   * work is batches of projection (allocation-heavy, latency-tolerant) plus short API requests,
   * and in its 256 MiB heap G1's concurrent marking cost the projection 10-30 % of its rate while
   * ParallelGC's young collections did not raise the API's p99 (docs/performance.md, "The
   * collector"). The other two keep the JVM's default.
   */
  public static final List<ServiceSpec> ALL = List.of(
      new ServiceSpec("query-service", 8080, true, List.of("-XX:+UseParallelGC")),
      new ServiceSpec("classifier", 8082, false, List.of()),
      new ServiceSpec("feed-poller", 8081, false, List.of()));

  public ServiceSpec {
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** The same service on another port (the end-to-end tests pick free ones). */
  public ServiceSpec onPort(int otherPort) {
    return new ServiceSpec(name, otherPort, usesDatabase, jvmOptions);
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }
}
