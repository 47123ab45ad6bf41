package org.minecarbon.stream.sink;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A Flink sink (Sink V2) that buffers records and writes them through a {@link RowSink} when the
 * buffer is full and on every {@code flush}: Flink calls {@code flush} before it snapshots the
 * writer for a checkpoint, so every record before a checkpoint barrier is durable before the
 * checkpoint completes, and only then does the Kafka source commit its offsets. Writes are
 * idempotent, so records written after the last completed checkpoint and replayed after a restore
 * change nothing: effectively exactly-once.
 */
public final class StoreSink<T> implements Sink<T> {
  private static final long serialVersionUID = 1L;

  /** Opens a store connection in the task (the sink itself is serialized to the cluster). */
  public interface Factory extends Serializable {
    RowSink open();

    /**
     * Whether the sink must write only what a completed checkpoint holds ({@link
     * CheckpointedStoreSink}): true for the enterprise's inventory, where a replayed intermediate
     * row would be a revision; false (the default) for the job's own tables, keyed by revision.
     */
    default boolean afterCheckpoint() {
      return false;
    }
  }

  /** Writes one batch of {@code T} through the port. */
  public interface Write<T> extends Serializable {
    void write(RowSink sink, List<T> batch);
  }

  private final Factory factory;
  private final Write<T> write;
  private final int batchSize;

  public StoreSink(Factory factory, Write<T> write, int batchSize) {
    this.factory = factory;
    this.write = write;
    this.batchSize = batchSize;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    return new Writer<>(factory.open(), write, batchSize);
  }

  private static final class Writer<T> implements SinkWriter<T> {
    private final RowSink sink;
    private final Write<T> write;
    private final int batchSize;
    private final List<T> buffer = new ArrayList<>();

    Writer(RowSink sink, Write<T> write, int batchSize) {
      this.sink = sink;
      this.write = write;
      this.batchSize = batchSize;
    }

    @Override
    public void write(T element, Context context) {
      buffer.add(element);
      if (buffer.size() >= batchSize) {
        flush(false);
      }
    }

    @Override
    public void flush(boolean endOfInput) {
      if (!buffer.isEmpty()) {
        write.write(sink, List.copyOf(buffer));
        buffer.clear();
      }
    }

    @Override
    public void close() {
      sink.close();
    }
  }
}
