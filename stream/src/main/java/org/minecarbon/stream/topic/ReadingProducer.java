package org.minecarbon.stream.topic;

import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.minecarbon.meter.reading.Reading;

/**
 * Writes readings to the readings topic as §2 JSON lines keyed by meter id, so the default
 * partitioner (murmur2 of the key) puts all of a meter's readings on one partition, in the order
 * sent. Idempotent producer ({@code enable.idempotence}, {@code acks=all}): a retried send is not
 * duplicated in the log; a reading sent twice by its source is a duplicate the job ignores.
 */
public final class ReadingProducer implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;
  private final String topic;

  public ReadingProducer(String bootstrapServers, String topic) {
    this(bootstrapServers, topic, new Properties());
  }

  /** {@code extra} overrides the defaults (e.g. {@code linger.ms}, {@code batch.size}). */
  public ReadingProducer(String bootstrapServers, String topic, Properties extra) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.putAll(extra);
    this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    this.topic = topic;
  }

  /** Sends one reading keyed by its meter; the future completes once the broker has it. */
  public Future<RecordMetadata> send(Reading r) {
    return producer.send(new ProducerRecord<>(topic, r.meter(), ReadingJson.bytes(r)));
  }

  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
