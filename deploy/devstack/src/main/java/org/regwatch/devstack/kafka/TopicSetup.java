package org.regwatch.devstack.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.config.TopicConfig;
import org.regwatch.events.Topics;

/**
 * Creates Regwatch's topics explicitly, idempotently: an existing topic is left as it is.
 *
 * <p>The event logs are kept forever ({@code retention.ms=-1}): they are the system of record and
 * read models are rebuilt from them. The feed registry, the poller's state and the subscription
 * notices are compacted: only the latest record per key matters.
 */
public final class TopicSetup {

  /** Default partition count: room for six consumers per group, cheap on one broker. */
  public static final int DEFAULT_PARTITIONS = 6;

  private static final Map<String, String> KEEP_FOREVER = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
  private static final Map<String, String> COMPACTED =
      Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);

  /** One topic to create: its name and the configs that differ from the broker defaults. */
  public record TopicSpec(String name, Map<String, String> configs) {}

  private final int partitions;

  public TopicSetup(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be positive: " + partitions);
    }
    this.partitions = partitions;
  }

  public static List<TopicSpec> regwatchTopics() {
    return List.of(
        new TopicSpec(Topics.FEEDS, COMPACTED),
        new TopicSpec(Topics.ARTICLES, KEEP_FOREVER),
        new TopicSpec(Topics.CLASSIFICATIONS, KEEP_FOREVER),
        new TopicSpec(Topics.DEVELOPMENTS, KEEP_FOREVER),
        new TopicSpec(Topics.POLLER_STATE, COMPACTED),
        new TopicSpec(Topics.DEAD_LETTERS, KEEP_FOREVER),
        new TopicSpec(Topics.SUBSCRIPTION_NOTICES, COMPACTED));
  }

  /** Creates every missing Regwatch topic; returns the names it actually created. */
  public List<String> createAll(Admin admin) {
    List<String> created =
        regwatchTopics().stream().filter(spec -> create(admin, spec)).map(TopicSpec::name).toList();
    awaitVisible(admin, regwatchTopics().stream().map(TopicSpec::name).collect(Collectors.toSet()));
    return created;
  }

  /**
   * createTopics completes when the controller committed the topic; the broker's metadata cache,
   * which answers clients, may lag behind by a moment on a busy machine. Callers (tests, services
   * started next) expect to see every topic, so we wait for it.
   */
  private static void awaitVisible(Admin admin, Set<String> names) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Set<String> visible = Set.of();
    while (System.nanoTime() < deadline) {
      try {
        visible = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        if (visible.containsAll(names)) {
          return;
        }
      } catch (ExecutionException | TimeoutException e) {
        // retried below until the deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for topics", e);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for topics", e);
      }
    }
    throw new IllegalStateException("topics not visible after 30 s: expected " + names + ", saw " + visible);
  }

  private boolean create(Admin admin, TopicSpec spec) {
    NewTopic topic = new NewTopic(spec.name(), partitions, (short) 1).configs(spec.configs());
    try {
      admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) {
        return false;
      }
      throw new IllegalStateException("cannot create topic " + spec.name(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out creating topic " + spec.name(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted creating topic " + spec.name(), e);
    }
  }
}
