package org.minecarbon.stream.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.stream.job.MeterJob;
import org.minecarbon.stream.sink.InventoryRowSink;
import org.minecarbon.stream.sink.JdbcRowSink;
import org.minecarbon.stream.sink.StoreSink;

/**
 * The deployable job for {@code flink run}: reads the readings topic (unbounded, from the group's
 * committed offsets, earliest when none) and writes rows, alarms, readings and dead letters through
 * {@link JdbcRowSink}, or with {@code --enterprise ID --as USER} into that enterprise's inventory
 * through {@link InventoryRowSink} (the app use case; the schema is the application's, migrated by
 * the server or {@code minecarbon db migrate}). Checkpoints every {@code --checkpoint-interval}
 * into {@code --checkpoint-dir}, retained on cancellation. The store password is read in each task
 * from the environment variable {@value #PASSWORD_ENV} (never part of the job graph or its
 * arguments).
 *
 * <pre>
 * flink run -p 4 minecarbon-stream-job.jar --bootstrap broker:9092 --topic readings \
 *   --group minecarbon-meters --registry /etc/minecarbon/meters.json \
 *   --jdbc jdbc:postgresql://db/minecarbon --jdbc-user minecarbon \
 *   --checkpoint-dir s3://bucket/minecarbon/checkpoints
 * </pre>
 */
public final class MeterJobMain {
  static final String PASSWORD_ENV = "MINECARBON_STREAM_JDBC_PASSWORD";

  private MeterJobMain() {}

  public static void main(String[] args) throws Exception {
    Result<JobArgs> parsed = JobArgs.parse(args);
    if (!(parsed instanceof Result.Ok<JobArgs> ok)) {
      parsed.issues().forEach(i -> System.err.println(describe(i)));
      System.err.println(usage());
      System.exit(2);
      return;
    }
    JobArgs a = ok.value();
    String registry;
    try {
      registry = Files.readString(a.registry(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println(a.registry() + ": cannot read the meter registry: " + e.getMessage());
      System.exit(2);
      return;
    }
    StreamExecutionEnvironment env = environment(a);
    MeterJob.build(
        env,
        MeterJob.source(a.bootstrap(), a.topic(), a.group(), registry, false),
        registry,
        a.enterprise() > 0
            ? InventoryRowSink.factory(
                a.jdbcUrl(), a.jdbcUser(), PASSWORD_ENV, a.enterprise(), a.actor())
            : store(a.jdbcUrl(), a.jdbcUser()),
        new MeterJob.Options(
            a.outOfOrderness(), a.flush().toMillis(), a.sinkBatch(), a.idleAfter()));
    env.execute("minecarbon-meters " + a.topic());
  }

  /** The environment: checkpointing, retained checkpoints, storage, parallelism. */
  static StreamExecutionEnvironment environment(JobArgs a) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, a.checkpointInterval());
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(CheckpointingOptions.ENABLE_CHECKPOINTS_AFTER_TASKS_FINISH, true);
    String dir = a.checkpointDir();
    if (dir != null) {
      conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
      conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, dir);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    if (a.parallelism() > 0) {
      env.setParallelism(a.parallelism());
    }
    return env;
  }

  /** Opens the store in the task; the password comes from the task's environment. */
  static StoreSink.Factory store(String url, String user) {
    return () -> {
      String pw = System.getenv(PASSWORD_ENV);
      return new JdbcRowSink(url, user, pw == null ? "" : pw);
    };
  }

  static String usage() {
    return "usage: MeterJobMain --bootstrap HOST:PORT --topic T --group G --registry METERS.json"
        + " --jdbc URL [--jdbc-user U] [--checkpoint-dir URI] [--checkpoint-interval PT10S]"
        + " [--parallelism N] [--out-of-orderness PT5M] [--flush PT1M] [--sink-batch 500]"
        + " [--enterprise ID --as USER]"
        + " (password: env "
        + PASSWORD_ENV
        + ")";
  }

  static String describe(Issue i) {
    return i.pointer() + ": " + i.message();
  }
}
