package org.regwatch.devstack.stack;

import java.util.List;

/**
 * One of the three Quarkus services, as the stack runs it.
 *
 * @param name the module directory under services/
 * @param port its HTTP port (the same as in its application.properties)
 * @param usesDatabase whether it gets the quarkus.datasource.* settings
 */
public record ServiceSpec(String name, int port, boolean usesDatabase) {

  /** In start order; stopped in reverse. */
  public static final List<ServiceSpec> ALL = List.of(
      new ServiceSpec("query-service", 8080, true),
      new ServiceSpec("classifier", 8082, false),
      new ServiceSpec("feed-poller", 8081, false));

  public String baseUrl() {
    return "http://localhost:" + port;
  }
}
