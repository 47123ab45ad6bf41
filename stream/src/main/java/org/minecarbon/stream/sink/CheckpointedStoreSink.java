package org.minecarbon.stream.sink;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.util.InstantiationUtil;
import org.jspecify.annotations.Nullable;

/**
 * A Flink sink (Sink V2 with a committer) that writes through a {@link RowSink} only what a
 * completed checkpoint holds: the writer hands the records received since the last checkpoint to
 * the checkpoint as one committable ({@code prepareCommit}), and the committer writes it when the
 * checkpoint has completed. Records after the last completed checkpoint are never written before a
 * failure, so their replay after the restore writes them once; a committable of the restored
 * checkpoint is written again only if its commit was interrupted, and the writes are idempotent (an
 * unchanged row makes no revision, a reading or event is stored once per key). Used for the
 * enterprise's inventory, where a replayed intermediate row would otherwise be a revision.
 */
public final class CheckpointedStoreSink<T extends Serializable>
    implements Sink<T>, SupportsCommitter<List<T>> {
  private static final long serialVersionUID = 1L;

  private final StoreSink.Factory factory;
  private final StoreSink.Write<T> write;
  private final int batchSize;

  public CheckpointedStoreSink(StoreSink.Factory factory, StoreSink.Write<T> write, int batchSize) {
    this.factory = factory;
    this.write = write;
    this.batchSize = batchSize;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    return new Writer<>();
  }

  @Override
  public Committer<List<T>> createCommitter(CommitterInitContext context) {
    return new Commit<>(factory, write, batchSize);
  }

  @Override
  public SimpleVersionedSerializer<List<T>> getCommittableSerializer() {
    return new Serializer<>();
  }

  private static final class Writer<T> implements CommittingSinkWriter<T, List<T>> {
    private final List<T> buffer = new ArrayList<>();

    @Override
    public void write(T element, Context context) {
      buffer.add(element);
    }

    @Override
    public void flush(boolean endOfInput) {
      // nothing is written here: the records go to the checkpoint in prepareCommit
    }

    @Override
    public Collection<List<T>> prepareCommit() {
      if (buffer.isEmpty()) {
        return List.of();
      }
      List<T> out = List.copyOf(buffer);
      buffer.clear();
      return List.of(out);
    }

    @Override
    public void close() {}
  }

  private static final class Commit<T> implements Committer<List<T>> {
    private final StoreSink.Factory factory;
    private final StoreSink.Write<T> write;
    private final int batchSize;
    private @Nullable RowSink sink;

    Commit(StoreSink.Factory factory, StoreSink.Write<T> write, int batchSize) {
      this.factory = factory;
      this.write = write;
      this.batchSize = batchSize;
    }

    @Override
    public void commit(Collection<CommitRequest<List<T>>> requests) {
      RowSink s = sink;
      if (s == null) {
        s = factory.open();
        sink = s;
      }
      for (CommitRequest<List<T>> r : requests) {
        List<T> all = r.getCommittable();
        for (int i = 0; i < all.size(); i += batchSize) {
          write.write(s, all.subList(i, Math.min(all.size(), i + batchSize)));
        }
      }
    }

    @Override
    public void close() {
      RowSink s = sink;
      if (s != null) {
        s.close();
      }
    }
  }

  /** Java serialization of the committable (the records are serializable records). */
  private static final class Serializer<T> implements SimpleVersionedSerializer<List<T>> {
    @Override
    public int getVersion() {
      return 1;
    }

    @Override
    public byte[] serialize(List<T> batch) throws IOException {
      return InstantiationUtil.serializeObject(new ArrayList<>(batch));
    }

    @Override
    public List<T> deserialize(int version, byte[] bytes) throws IOException {
      try {
        @SuppressWarnings("unchecked")
        List<T> out =
            (List<T>)
                InstantiationUtil.deserializeObject(
                    bytes, Thread.currentThread().getContextClassLoader());
        return out;
      } catch (ClassNotFoundException e) {
        throw new IOException("committable of an unknown class", e);
      }
    }
  }
}
