package org.regwatch.classifier.pipeline;

import java.time.Duration;

/** A {@link PipelineConfig} with the defaults of application.properties, for unit tests. */
public final class TestConfigs {

  private TestConfigs() {}

  public static PipelineConfig pipeline(boolean parallel) {
    return new PipelineConfig() {
      @Override
      public String source() {
        return "/regwatch/classifier";
      }

      @Override
      public Duration sendTimeout() {
        return Duration.ofSeconds(150);
      }

      @Override
      public boolean parallelClassification() {
        return parallel;
      }

      @Override
      public Duration brokerCheckTimeout() {
        return Duration.ofSeconds(3);
      }

      @Override
      public Retag retag() {
        return new Retag() {
          @Override
          public int maxPollRecords() {
            return 500;
          }

          @Override
          public Duration pollTimeout() {
            return Duration.ofSeconds(1);
          }
        };
      }
    };
  }
}
