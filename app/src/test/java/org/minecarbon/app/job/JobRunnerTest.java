package org.minecarbon.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.AppCodes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import tools.jackson.databind.node.ObjectNode;

class JobRunnerTest {
  private Store store;
  private JobRunner runner;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    runner = new JobRunner(store, 1);
  }

  @AfterEach
  void tearDown() {
    runner.close();
  }

  @Test
  void submit_workReportsProgressThenResult_resultSurvivesRestart() throws Exception {
    CountDownLatch halfway = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    JobView started =
        runner.submit(
            submission("a"),
            progress -> {
              progress.set(0.5);
              halfway.countDown();
              await(proceed);
              ObjectNode r = JsonCodec.mapper().createObjectNode();
              r.put("answer", 42);
              return Result.ok(r);
            });
    assertThat(started.state()).isEqualTo(JobView.RUNNING);

    assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(runner.get(started.id()).orElseThrow().progress()).isEqualTo(0.5);
    proceed.countDown();
    JobView done = waitFinished(runner, started.id());

    assertThat(done.state()).isEqualTo(JobView.DONE);
    assertThat(done.progress()).isEqualTo(1.0);
    assertThat(done.result().path("answer").asInt()).isEqualTo(42);
    assertThat(done.params().path("name").asString()).isEqualTo("a");
    // a new runner over the same store (a restart) still has the finished result
    runner.close();
    runner = new JobRunner(store, 1);
    JobView again = runner.get(started.id()).orElseThrow();
    assertThat(again.state()).isEqualTo(JobView.DONE);
    assertThat(again.result().path("answer").asInt()).isEqualTo(42);
  }

  @Test
  void restart_whileJobRunning_jobMarkedFailedInterrupted() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    JobView started =
        runner.submit(
            submission("b"),
            progress -> {
              running.countDown();
              await(new CountDownLatch(1)); // never finishes on its own
              return Result.ok(JsonCodec.mapper().createObjectNode());
            });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    JobRunner afterRestart = new JobRunner(store, 1); // what a new process does at start
    JobView view = afterRestart.get(started.id()).orElseThrow();
    afterRestart.close();

    assertThat(view.state()).isEqualTo(JobView.FAILED);
    assertThat(view.issues()).extracting(Issue::code).containsExactly(AppCodes.JOB_INTERRUPTED);
  }

  @Test
  void cancel_runningJob_storedCancelledAndWorkStoppedAtNextProgress() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    JobView started =
        runner.submit(
            submission("c"),
            progress -> {
              running.countDown();
              try {
                while (true) {
                  progress.set(0.1);
                  Thread.onSpinWait();
                }
              } finally {
                stopped.countDown();
              }
            });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(runner.cancel(started.id())).isTrue();

    assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
    JobView view = runner.get(started.id()).orElseThrow();
    assertThat(view.state()).isEqualTo(JobView.CANCELLED);
    assertThat(view.result()).isNull();
    assertThat(runner.cancel(started.id())).isFalse(); // already finished
  }

  @Test
  void submit_workFailsWithIssuesOrThrows_failedWithIssues() throws Exception {
    JobView issues =
        runner.submit(
            submission("d"), progress -> Result.err(Issue.error("SOME_CODE", "/x", "bad input")));
    JobView thrown =
        runner.submit(
            submission("e"),
            progress -> {
              throw new IllegalStateException("boom");
            });

    JobView a = waitFinished(runner, issues.id());
    JobView b = waitFinished(runner, thrown.id());

    assertThat(a.state()).isEqualTo(JobView.FAILED);
    assertThat(a.issues())
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SOME_CODE", "/x"));
    assertThat(b.state()).isEqualTo(JobView.FAILED);
    assertThat(b.issues()).extracting(Issue::code).containsExactly(AppCodes.INTERNAL);
    assertThat(b.issues().getFirst().message()).contains("boom");
  }

  private static JobRunner.Submission submission(String name) {
    ObjectNode params = JsonCodec.mapper().createObjectNode();
    params.put("name", name);
    return new JobRunner.Submission("test", null, null, "all", "tester", params);
  }

  private static JobView waitFinished(JobRunner runner, String id) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(until)) {
      JobView v = runner.get(id).orElseThrow();
      if (v.finished()) {
        return v;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
