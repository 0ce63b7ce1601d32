package org.regwatch.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL:
 *
 * <pre>{@code
 * @QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
 * }</pre>
 *
 * <p>Returns {@code kafka.bootstrap.servers} and the {@code quarkus.datasource.*} keys (harmless for
 * services without a datasource). One broker and one database serve the whole test JVM: see
 * {@link SharedInfra} for why they outlive {@link #stop()}.
 */
public class RegwatchInfraResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return new HashMap<>(SharedInfra.config());
  }

  @Override
  public void stop() {
    // Deliberately empty: Quarkus calls stop() whenever it restarts the application (another test
    // profile, another resource set). Restarting a broker and a database each time would cost
    // ~10 s per restart; they are stopped once, at JVM exit, by SharedInfra's shutdown hook.
  }
}
