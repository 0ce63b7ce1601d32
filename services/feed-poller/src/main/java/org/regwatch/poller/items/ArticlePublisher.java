package org.regwatch.poller.items;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.poller.kafka.KafkaClients;

/**
 * Publishes a poll's article events, keyed by article id, and only after the broker acknowledged
 * all of them writes the seen-state; only after that is acknowledged does the in-memory state
 * advance. A crash in between re-publishes the same events (same ids) on the next poll:
 * at-least-once, which the consumers absorb.
 */
@ApplicationScoped
public class ArticlePublisher {

  private final KafkaClients clients;
  private final SeenState seenState;
  private final EventCodec codec = new EventCodec();

  public ArticlePublisher(KafkaClients clients, SeenState seenState) {
    this.clients = clients;
    this.seenState = seenState;
  }

  public void publish(List<ArticleEvents.Pending> pending)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (pending.isEmpty()) {
      return;
    }
    var producer = clients.producer();
    List<Future<RecordMetadata>> articleAcks = new ArrayList<>(pending.size());
    for (ArticleEvents.Pending p : pending) {
      articleAcks.add(producer.send(
          new ProducerRecord<>(Topics.ARTICLES, p.articleId(), codec.encode(p.event()))));
    }
    for (Future<RecordMetadata> ack : articleAcks) {
      ack.get(60, TimeUnit.SECONDS);
    }
    List<Future<RecordMetadata>> stateAcks = new ArrayList<>(pending.size());
    for (ArticleEvents.Pending p : pending) {
      stateAcks.add(producer.send(
          new ProducerRecord<>(Topics.POLLER_STATE, p.articleId(), seenState.encode(p.seen()))));
    }
    for (int i = 0; i < pending.size(); i++) {
      RecordMetadata ack = stateAcks.get(i).get(60, TimeUnit.SECONDS);
      seenState.remember(pending.get(i).articleId(), pending.get(i).seen(), ack.offset());
    }
  }
}
