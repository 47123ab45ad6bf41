package org.minecarbon.server.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.meter.simulate.MineSimulator;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditChange;
import org.minecarbon.store.inventory.EnterpriseRecord;
import org.minecarbon.store.meter.StoredReading;
import org.minecarbon.store.user.ApiTokenRecord;
import org.minecarbon.store.user.UserRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * With {@code minecarbon.demo=true} (and {@code minecarbon.demo.simulate}, default true): gives the
 * demo coal mine (the first demo enterprise, site {@code mine}) the simulator's meter registry
 * once, then replays {@link MineSimulator} readings through the ordinary HTTP readings endpoint
 * with an API token of the administrator: the last 6 hours at one reading a minute, then one batch
 * every 10 seconds in real time, so the live meter page of the demo moves.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "minecarbon.demo", havingValue = "true")
class DemoSimulator implements ApplicationRunner, DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSimulator.class);
  private static final Duration BACKFILL = Duration.ofHours(6);
  static final String TOKEN_NAME = "demo-simulator";

  private final Store store;
  private final Environment environment;
  private final String admin;
  private final boolean enabled;
  private volatile Thread thread;

  DemoSimulator(
      Store store,
      Environment environment,
      @Value("${minecarbon.admin.username:admin}") String admin,
      @Value("${minecarbon.demo.simulate:true}") boolean enabled) {
    this.store = store;
    this.environment = environment;
    this.admin = admin;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    Optional<EnterpriseRecord> coal = coalMine();
    if (!enabled || coal.isEmpty()) {
      return;
    }
    long id = coal.get().id();
    if (store.meters().registry(id).isEmpty()) {
      store
          .meters()
          .putRegistry(
              id, null, new String(MineSimulator.demoRegistry(), StandardCharsets.UTF_8), admin);
    }
    String token = rotateToken(store, admin);
    String port = environment.getProperty("local.server.port", "8080");
    URI target =
        URI.create("http://localhost:" + port + "/api/v1/enterprises/" + id + "/meters/readings");
    thread = new Thread(() -> replay(id, target, token), "demo-meter-simulator");
    thread.setDaemon(true);
    thread.start();
    System.out.println(
        "MineCarbon demo: live meters of the coal mine at http://localhost:"
            + port
            + "/e/"
            + id
            + "/meters/live");
  }

  /**
   * A new {@value #TOKEN_NAME} API token of the user, its earlier active ones revoked in the same
   * transaction and audited as a revocation (so the user's token list does not grow per restart).
   */
  static String rotateToken(Store store, String username) {
    UserRecord user = store.users().user(username).orElseThrow();
    return store.inTransaction(
        () -> {
          for (ApiTokenRecord t : store.tokens().ofUser(user.id())) {
            if (TOKEN_NAME.equals(t.name()) && !t.revoked()) {
              store.tokens().revoke(t.id());
              store.audit().append(revocation(user, t));
            }
          }
          return store.tokens().create(user.id(), TOKEN_NAME, null).plain();
        });
  }

  private static AuditChange revocation(UserRecord user, ApiTokenRecord t) {
    ObjectNode before =
        JsonCodec.mapper()
            .createObjectNode()
            .put("id", t.id())
            .put("username", t.username())
            .put("name", t.name())
            .put("prefix", t.prefix())
            .put("createdAt", t.createdAt().toString())
            .put("revoked", false);
    return new AuditChange(
        user.username(),
        user.groupId(),
        null,
        "api_token",
        String.valueOf(t.id()),
        "revoke",
        before,
        null,
        "demo restart: replaced by a new demo-simulator token");
  }

  private Optional<EnterpriseRecord> coalMine() {
    return store.users().groupByName(FirstAdmin.DEFAULT_GROUP).stream()
        .flatMap(g -> store.inventories().enterprises(g.id()).stream())
        .findFirst();
  }

  /**
   * Back-fills from 6 hours ago (or from just after the last stored reading of an earlier run, its
   * registers continued), then replays in real time.
   */
  private void replay(long enterpriseId, URI target, String token) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant from = now.minus(BACKFILL);
    Optional<long[]> span = store.meters().span(enterpriseId);
    if (span.isPresent() && span.get()[1] >= from.toEpochMilli()) {
      from = Instant.ofEpochMilli(span.get()[1]).plusSeconds(60).truncatedTo(ChronoUnit.MINUTES);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      MineSimulator backfill =
          new MineSimulator(1, from, Duration.ofMinutes(1))
              .continuing(
                  last(enterpriseId, "E-SUB1"),
                  last(enterpriseId, "E-SUB2"),
                  last(enterpriseId, "D-01"));
      while (backfill.next().isBefore(now)) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30 && backfill.next().isBefore(now); i++) {
          backfill.batch().forEach(l -> body.append(l).append('\n'));
        }
        post(http, target, token, body.toString());
      }
      Instant liveStart = backfill.next().isAfter(now) ? backfill.next() : now;
      MineSimulator live =
          new MineSimulator(2, liveStart, Duration.ofSeconds(10))
              .continuing(
                  last(enterpriseId, "E-SUB1"),
                  last(enterpriseId, "E-SUB2"),
                  last(enterpriseId, "D-01"));
      while (!Thread.currentThread().isInterrupted()) {
        long wait = live.next().toEpochMilli() - System.currentTimeMillis();
        if (wait > 0) {
          Thread.sleep(wait);
        }
        post(http, target, token, String.join("\n", live.batch()) + "\n");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.warn("demo meter simulator stopped: {}", e.getMessage());
    }
  }

  /** The last stored register of a meter (NaN when none). */
  private double last(long enterpriseId, String meter) {
    List<StoredReading> r =
        store
            .meters()
            .existing(
                enterpriseId, meter, System.currentTimeMillis() - 30L * 86_400_000, Long.MAX_VALUE);
    return r.isEmpty() ? Double.NaN : r.getLast().value();
  }

  private static void post(HttpClient http, URI target, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(target)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 400 && r.statusCode() != 409) {
      LOG.warn("demo meter simulator: HTTP {}: {}", r.statusCode(), r.body());
    }
  }

  @Override
  public void destroy() {
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }
}
