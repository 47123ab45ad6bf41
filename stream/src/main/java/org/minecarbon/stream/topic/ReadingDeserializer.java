package org.minecarbon.stream.topic;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * Kafka record → {@link Inbound}: the value is one §2 JSON line, parsed and checked against the
 * registry by the embedded path's reader. A bad record becomes a dead letter, never an exception
 * that would restart the job forever.
 */
public final class ReadingDeserializer implements KafkaRecordDeserializationSchema<Inbound> {
  private static final long serialVersionUID = 1L;
  private final String registryJson;
  private transient @Nullable MeterRegistry registry;

  /** {@code registryJson}: the {@code minecarbon/meters@1} document. */
  public ReadingDeserializer(String registryJson) {
    this.registryJson = registryJson;
  }

  @Override
  public void open(DeserializationSchema.InitializationContext context) {
    registry = registry(registryJson);
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Inbound> out) {
    MeterRegistry reg = registry;
    if (reg == null) {
      reg = registry(registryJson);
      registry = reg;
    }
    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
    byte[] value = record.value() == null ? new byte[0] : record.value();
    out.collect(parse(value, where, reg));
  }

  /** One record's value as an {@link Inbound}. */
  public static Inbound parse(byte[] value, String where, MeterRegistry registry) {
    return switch (ReadingJson.read(value, where, registry)) {
      case Result.Ok<Reading> ok -> Inbound.ok(ok.value(), where);
      case Result.Err<Reading> err ->
          Inbound.rejected(
              where,
              err.issues().stream()
                  .map(i -> i.location() + ": " + i.pointer() + ": " + i.message())
                  .collect(Collectors.joining("\n")));
    };
  }

  /** Parses the registry (sites are not checked here: the store owns the site list). */
  public static MeterRegistry registry(String json) {
    Result<MeterRegistry> r =
        RegistryReader.read(json.getBytes(StandardCharsets.UTF_8), "registry", Set.of());
    if (r instanceof Result.Ok<MeterRegistry> ok) {
      return ok.value();
    }
    throw new IllegalArgumentException(
        "invalid meter registry: "
            + r.issues().stream().map(Issue::message).collect(Collectors.joining("; ")));
  }

  @Override
  public TypeInformation<Inbound> getProducedType() {
    return TypeInformation.of(Inbound.class);
  }
}
