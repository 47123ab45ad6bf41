package org.minecarbon.cli.command;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.meter.simulate.MineSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minecarbon meters simulate}: replays the demo coal mine's meters (KJ-style return-air CH4,
 * drainage, CMM power, substations, diesel dispensing), deterministic with {@code --seed}; prints
 * the CSV readings, or posts each step's batch to a server's readings endpoint with an API token,
 * pacing the steps by {@code --speed}.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulated readings of the demo coal mine's meters (registry: --print-registry).",
      "Without --url: CSV lines on stdout. With --url, --token and --enterprise: each step is"
          + " POSTed to URL/api/v1/enterprises/ID/meters/readings (202 expected).",
      "Example: minecarbon meters simulate --url http://localhost:8080 --token TOKEN"
          + " --enterprise 1 --steps 0 --speed 60"
    })
public final class MetersSimulateCommand extends BaseCommand {
  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(
      names = "--start",
      description = "First reading's instant (RFC 3339, default: now minus the replayed span).")
  @Nullable String start;

  @Option(names = "--step", defaultValue = "PT1M", description = "Interval (default PT1M).")
  String step;

  @Option(
      names = "--steps",
      defaultValue = "60",
      description = "Batches to produce (default 60; 0 = until stopped, only with --url).")
  int steps;

  @Option(
      names = "--speed",
      defaultValue = "0",
      description =
          "Time factor when posting: 60 = one simulated minute per second, 1 = real time,"
              + " 0 = as fast as possible (default).")
  double speed;

  @Option(names = "--url", description = "Server base URL.")
  @Nullable String url;

  @Option(names = "--token", description = "API token (EDIT_DATA) of the server.")
  @Nullable String token;

  @Option(names = "--enterprise", description = "Enterprise id on the server.")
  @Nullable Long enterprise;

  @Option(names = "--print-registry", description = "Print the demo meter registry and exit.")
  boolean printRegistry;

  @Override
  protected int run() throws IOException {
    if (printRegistry) {
      out().print(new String(MineSimulator.demoRegistry(), StandardCharsets.UTF_8));
      out().flush();
      return ExitCodes.OK;
    }
    List<String> problems = check();
    if (!problems.isEmpty()) {
      problems.forEach(p -> err().println("minecarbon: " + p));
      err().flush();
      return ExitCodes.INVALID_INPUT;
    }
    Duration d = Duration.parse(step);
    Instant first =
        start != null
            ? Instant.parse(start)
            : Instant.now()
                .minus(d.multipliedBy(steps))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    MineSimulator sim = new MineSimulator(seed, first, d);
    return url == null ? print(sim) : post(sim, d);
  }

  private List<String> check() {
    List<String> out = new ArrayList<>();
    try {
      Duration d = Duration.parse(step);
      if (d.isNegative() || d.isZero()) {
        out.add("--step: must be a positive ISO-8601 duration");
      }
    } catch (DateTimeParseException e) {
      out.add("--step: not an ISO-8601 duration: " + step);
    }
    if (start != null) {
      try {
        Instant.parse(start);
      } catch (DateTimeParseException e) {
        out.add("--start: not an RFC 3339 instant: " + start);
      }
    }
    if (steps < 0 || steps == 0 && url == null) {
      out.add("--steps: must be positive (0 = until stopped needs --url)");
    }
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      out.add("--speed: must be 0 or positive");
    }
    if (url != null && (token == null || enterprise == null)) {
      out.add("--url needs --token and --enterprise");
    }
    return out;
  }

  private int print(MineSimulator sim) {
    for (int i = 0; i < steps; i++) {
      sim.batch().forEach(out()::println);
    }
    out().flush();
    return ExitCodes.OK;
  }

  private int post(MineSimulator sim, Duration d) throws IOException {
    URI target =
        URI.create(
            url.replaceAll("/+$", "") + "/api/v1/enterprises/" + enterprise + "/meters/readings");
    long pauseMs = speed == 0 ? 0 : Math.round(d.toMillis() / speed);
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (int i = 0; steps == 0 || i < steps; i++) {
        String body = String.join("\n", sim.batch()) + "\n";
        HttpRequest req =
            HttpRequest.newBuilder(target)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400 && r.statusCode() != 409) {
          err().println("minecarbon: HTTP " + r.statusCode() + ": " + r.body());
          err().flush();
          return ExitCodes.INVALID_INPUT;
        }
        out().println("step " + (i + 1) + ": HTTP " + r.statusCode());
        out().flush();
        if (pauseMs > 0) {
          Thread.sleep(pauseMs);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }
}
