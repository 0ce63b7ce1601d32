package org.regwatch.classifier.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.regwatch.events.EventCodec;

/** The few plain objects the pipeline injects: the contract's codec and the clock. */
@ApplicationScoped
public class PipelineBeans {

  /** The one JSON codec of the contract; thread-safe, so one instance serves every thread. */
  @Produces
  @Singleton
  EventCodec eventCodec() {
    return new EventCodec();
  }

  /** Injected rather than called statically so that event times are testable. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
