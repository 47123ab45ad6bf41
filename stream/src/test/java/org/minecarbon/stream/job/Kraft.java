package org.minecarbon.stream.job;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** An in-JVM KRaft broker (one combined broker + controller) from kafka-test-common-runtime. */
public final class Kraft implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  public Kraft() throws Exception {
    cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  public String bootstrap() {
    return cluster.bootstrapServers();
  }

  /**
   * Creates the topic and returns once the broker leads every partition: {@code ListOffsets} is
   * answered by the partition's leader and refused (NOT_LEADER_OR_FOLLOWER) until it has taken
   * leadership. Producing earlier made the idempotent producer retry its first batch of a partition
   * after later batches had been appended (OUT_OF_ORDER_SEQUENCE_NUMBER until the delivery
   * timeout): records silently missing from the topic (seen in CI, 2026-12-06).
   */
  public void createTopic(String name, int partitions) throws Exception {
    try (Admin admin = cluster.admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        endOffsets(name, partitions);
        return;
      } catch (java.util.concurrent.ExecutionException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(50);
      }
    }
  }

  /** Each partition's end offset as a {@code read_committed} consumer sees it, by partition. */
  public Map<Integer, Long> endOffsets(String topic, int partitions) throws Exception {
    Map<TopicPartition, OffsetSpec> ask = new java.util.HashMap<>();
    for (int p = 0; p < partitions; p++) {
      ask.put(new TopicPartition(topic, p), OffsetSpec.latest());
    }
    try (Admin admin = cluster.admin()) {
      Map<Integer, Long> out = new TreeMap<>();
      admin
          .listOffsets(ask, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get()
          .forEach((tp, info) -> out.put(tp.partition(), info.offset()));
      return out;
    }
  }

  /** The consumer group's committed offsets on {@code topic}, by partition (absent: none). */
  public Map<Integer, Long> committedOffsets(String group, String topic) throws Exception {
    try (Admin admin = cluster.admin()) {
      Map<TopicPartition, OffsetAndMetadata> got =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      Map<Integer, Long> out = new TreeMap<>();
      got.forEach(
          (tp, om) -> {
            if (om != null && tp.topic().equals(topic)) {
              out.put(tp.partition(), om.offset());
            }
          });
      return out;
    }
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
