package org.minecarbon.stream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

class JobArgsTest {
  private static final String[] REQUIRED = {
    "--bootstrap",
    "b:9092",
    "--topic",
    "readings",
    "--group",
    "g",
    "--registry",
    "meters.json",
    "--jdbc",
    "jdbc:postgresql://db/mc"
  };

  @Test
  void parse_requiredOnly_defaultsApply() {
    Result<JobArgs> r = JobArgs.parse(REQUIRED);

    JobArgs a = ((Result.Ok<JobArgs>) r).value();
    assertThat(a.bootstrap()).isEqualTo("b:9092");
    assertThat(a.registry()).isEqualTo(Path.of("meters.json"));
    assertThat(a.checkpointDir()).isNull();
    assertThat(a.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(a.parallelism()).isZero();
    assertThat(a.flush()).isEqualTo(Duration.ofMinutes(1));
    assertThat(a.idleAfter()).isEqualTo(Duration.ofMinutes(1));
    assertThat(a.sinkBatch()).isEqualTo(500);
  }

  @Test
  void parse_everyProblem_listsEachOne() {
    Result<JobArgs> r =
        JobArgs.parse(
            "--topic",
            "t",
            "--topic",
            "u",
            "--nope",
            "x",
            "--parallelism",
            "-1",
            "--checkpoint-interval",
            "10s",
            "--idle",
            "PT0S",
            "--flush");

    // missing: bootstrap, group, registry, jdbc (4); repeated --topic; unknown --nope;
    // bad --parallelism; bad --checkpoint-interval; zero --idle; --flush without a value = 10
    assertThat(r.issues())
        .extracting(Issue::code)
        .containsExactlyInAnyOrder(
            "MISSING_OPTION",
            "MISSING_OPTION",
            "MISSING_OPTION",
            "MISSING_OPTION",
            "REPEATED_OPTION",
            "UNKNOWN_OPTION",
            "BAD_VALUE",
            "BAD_VALUE",
            "BAD_VALUE",
            "MISSING_VALUE");
    assertThat(r).isInstanceOf(Result.Err.class);
  }

  @Test
  void parse_enterpriseAndAs_inventorySinkSelected() {
    String[] args = java.util.Arrays.copyOf(REQUIRED, REQUIRED.length + 4);
    args[REQUIRED.length] = "--enterprise";
    args[REQUIRED.length + 1] = "7";
    args[REQUIRED.length + 2] = "--as";
    args[REQUIRED.length + 3] = "meter-feed";

    JobArgs a = ((Result.Ok<JobArgs>) JobArgs.parse(args)).value();

    assertThat(a.enterprise()).isEqualTo(7);
    assertThat(a.actor()).isEqualTo("meter-feed");
    assertThat(((Result.Ok<JobArgs>) JobArgs.parse(REQUIRED)).value().enterprise()).isZero();
  }

  @Test
  void parse_enterpriseWithoutAsAndBadId_listsBoth() {
    String[] args = java.util.Arrays.copyOf(REQUIRED, REQUIRED.length + 2);
    args[REQUIRED.length] = "--enterprise";
    args[REQUIRED.length + 1] = "zero";

    Result<JobArgs> r = JobArgs.parse(args);

    // "zero" is not an integer ≥ 1 (BAD_VALUE) and --as is missing (MISSING_OPTION): 2 problems
    assertThat(r.issues())
        .extracting(Issue::code, Issue::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("BAD_VALUE", "--enterprise"),
            org.assertj.core.groups.Tuple.tuple("MISSING_OPTION", "--as"));
  }
}
