package org.regwatch.classifier.pipeline;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * An emitter for unit tests of {@link OutcomePublisher}: records what is sent when the returned
 * Uni is subscribed (as the real one does) and answers with the given broker response.
 */
final class RecordingEmitter implements MutinyEmitter<byte[]> {

  final List<Message<? extends byte[]>> sent = new ArrayList<>();
  /** When the "broker" acknowledged each message, in System.nanoTime(). */
  final List<Long> acknowledgedAt = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Function<Message<? extends byte[]>, Throwable> broker;
  private Duration ackDelay = Duration.ZERO;

  /** @param broker the failure the "broker" answers for a message, or null to acknowledge it */
  RecordingEmitter(Function<Message<? extends byte[]>, Throwable> broker) {
    this.broker = broker;
  }

  static RecordingEmitter acknowledging() {
    return new RecordingEmitter(m -> null);
  }

  /** A broker that takes its time to acknowledge, as one under load does. */
  static RecordingEmitter acknowledgingAfter(Duration delay) {
    RecordingEmitter emitter = new RecordingEmitter(m -> null);
    emitter.ackDelay = delay;
    return emitter;
  }

  @Override
  public <M extends Message<? extends byte[]>> Uni<Void> sendMessage(M msg) {
    return Uni.createFrom().deferred(() -> {
      sent.add(msg);
      Throwable failure = broker.apply(msg);
      if (failure != null) {
        return Uni.createFrom().failure(failure);
      }
      Uni<Void> ack = Uni.createFrom().voidItem();
      if (!ackDelay.isZero()) {
        ack = ack.onItem().delayIt().by(ackDelay);
      }
      return ack.invoke(() -> acknowledgedAt.add(System.nanoTime()));
    });
  }

  @Override
  public Uni<Void> send(byte[] payload) {
    return sendMessage(Message.of(payload));
  }

  @Override
  public void sendAndAwait(byte[] payload) {
    send(payload).await().indefinitely();
  }

  @Override
  public Cancellable sendAndForget(byte[] payload) {
    return send(payload).subscribe().with(x -> {});
  }

  @Override
  public <M extends Message<? extends byte[]>> void send(M msg) {
    sendMessage(msg).subscribe().with(x -> {});
  }

  @Override
  public <M extends Message<? extends byte[]>> void sendMessageAndAwait(M msg) {
    sendMessage(msg).await().indefinitely();
  }

  @Override
  public <M extends Message<? extends byte[]>> Cancellable sendMessageAndForget(M msg) {
    return sendMessage(msg).subscribe().with(x -> {});
  }

  @Override
  public void complete() {}

  @Override
  public void error(Exception e) {}

  @Override
  public boolean isCancelled() {
    return false;
  }

  @Override
  public boolean hasRequests() {
    return true;
  }
}
