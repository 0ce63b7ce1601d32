package org.regwatch.query.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.regwatch.events.EventCodec;

/** Makes the contract's one codec injectable. */
public class CodecProducer {

  @Produces
  @ApplicationScoped
  EventCodec codec() {
    return new EventCodec();
  }
}
