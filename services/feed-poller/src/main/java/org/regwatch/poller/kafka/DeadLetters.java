package org.regwatch.poller.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.regwatch.events.Topics;

/**
 * Sends a record nobody can read to {@code regwatch.dead-letters}, unchanged, with the reason and
 * its origin in headers, and waits for the broker: the caller commits past it only afterwards.
 */
@ApplicationScoped
public class DeadLetters {

  public static final String REASON_HEADER = "dead-letter-reason";

  private final KafkaClients clients;

  public DeadLetters(KafkaClients clients) {
    this.clients = clients;
  }

  public void send(ConsumerRecord<String, byte[]> record, String reason)
      throws InterruptedException, ExecutionException, TimeoutException {
    ProducerRecord<String, byte[]> dead =
        new ProducerRecord<>(Topics.DEAD_LETTERS, record.key(), record.value());
    dead.headers().add(REASON_HEADER, bytes(reason));
    dead.headers().add("dead-letter-topic", bytes(record.topic()));
    dead.headers().add("dead-letter-partition", bytes(String.valueOf(record.partition())));
    dead.headers().add("dead-letter-offset", bytes(String.valueOf(record.offset())));
    dead.headers().add("dead-letter-consumer", bytes("feed-poller"));
    clients.producer().send(dead).get(30, TimeUnit.SECONDS);
  }

  private static byte[] bytes(String s) {
    return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
  }
}
