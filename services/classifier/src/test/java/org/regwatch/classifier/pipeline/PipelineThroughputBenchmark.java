package org.regwatch.classifier.pipeline;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Benchmark harness, not a test (its name keeps it out of the suite): Kafka → classifier →
 * Kafka throughput with the broker on the same machine. Run it on its own:
 *
 * <pre>
 * mvn -B -o test -pl services/classifier -Dtest=PipelineThroughputBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.articles=20000]
 * </pre>
 *
 * It first times the rule engine alone on the same articles (one thread), then produces the
 * articles as fast as the broker takes them and times the span from the first send to the last
 * classification seen on regwatch.classifications. The producer outruns the classifier, so the
 * second figure is the service's throughput, consumption, classification and acknowledged
 * publication included. Figures print to stdout prefixed with [bench].
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class PipelineThroughputBenchmark {

  @Inject ArticleClassifier classifier;
  @Inject io.micrometer.core.instrument.MeterRegistry registry;

  private final EventCodec codec = new EventCodec();
  private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);

  @Test
  void kafkaToKafkaThroughput() throws Exception {
    int count = Integer.getInteger("bench.articles", 20_000);
    String run = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<byte[]> records = new ArrayList<>(count);
    List<ArticleText> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title = BenchArticles.title(i);
      String text = BenchArticles.text(i);
      texts.add(new ArticleText(title, text, java.time.LocalDate.of(2020, 6, 10)));
      records.add(codec.encode(Articles.discovered("evt-" + run + i, run + i, title, text)));
    }
    System.out.printf("[bench] %d articles, mean record %d bytes%n", count,
        records.stream().mapToInt(r -> r.length).sum() / count);

    engineAlone(texts);

    try (KafkaConsumer<String, byte[]> consumer = consumer();
        KafkaProducer<String, byte[]> producer = producer()) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(Topics.CLASSIFICATIONS)) {
        partitions.add(new TopicPartition(Topics.CLASSIFICATIONS, info.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);

      long start = System.nanoTime();
      List<Future<RecordMetadata>> sends = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        sends.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, run + i, records.get(i))));
      }
      for (Future<RecordMetadata> send : sends) {
        send.get();
      }
      long produced = System.nanoTime();
      System.out.printf("[bench] produced %d articles in %.2f s (%.0f/s, acks=all)%n",
          count, seconds(produced - start), count / seconds(produced - start));

      int seen = 0;
      long last = start;
      long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
      while (seen < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.key() != null && r.key().startsWith(run)) {
            seen++;
            last = System.nanoTime();
          }
        }
      }
      System.out.printf("[bench] Kafka -> classifier -> Kafka: %d classifications in %.2f s = %.0f articles/s%n",
          seen, seconds(last - start), seen / seconds(last - start));
      var latency = registry.get(PipelineMetrics.LATENCY).tag("path", PipelineMetrics.LIVE).timer();
      System.out.printf(
          "[bench] of which rule engine: %.1f s of CPU over %d articles (mean %.2f ms); load average %s%n",
          latency.totalTime(java.util.concurrent.TimeUnit.SECONDS), latency.count(),
          latency.mean(java.util.concurrent.TimeUnit.MILLISECONDS),
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
    }
  }

  private void engineAlone(List<ArticleText> texts) {
    int warmup = Math.min(texts.size(), 5_000);
    for (int i = 0; i < warmup; i++) {
      classifier.classify(texts.get(i));
    }
    long start = System.nanoTime();
    for (ArticleText text : texts) {
      classifier.classify(text);
    }
    double s = seconds(System.nanoTime() - start);
    System.out.printf("[bench] rule engine alone, one thread: %.0f articles/s%n", texts.size() / s);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }
}
