/*
 * A small closed-loop HTTP load generator for the MineCarbon server (single-file Java program:
 * run with `java LoadGen.java ...`, no build). Loopback only. Each of N clients sends GET requests
 * back to back until the total request count or the time limit is reached, then it prints
 * throughput and latency percentiles.
 *
 *   java bench/load/LoadGen.java --url http://127.0.0.1:8080/api/v1/enterprises/1/balance \
 *     --clients 50 --requests 20000 --seconds 60 [--cookie 'MINECARBON_SESSION=…'] [--basic user:pw] [--bearer mc_…]
 */
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public class LoadGen {
  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    URI url = URI.create(opt.getOrDefault("url", ""));
    if (url.getHost() == null || !InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
      System.err.println("LoadGen: only loopback targets are allowed (got " + url + ")");
      System.exit(2);
    }
    int clients = Integer.parseInt(opt.getOrDefault("clients", "50"));
    int total = Integer.parseInt(opt.getOrDefault("requests", "10000"));
    long seconds = Long.parseLong(opt.getOrDefault("seconds", "60"));
    int warmup = Integer.parseInt(opt.getOrDefault("warmup", "200"));

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest.Builder rb = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET();
    if (opt.containsKey("cookie")) {
      rb.header("Cookie", opt.get("cookie"));
    }
    if (opt.containsKey("basic")) {
      rb.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(opt.get("basic").getBytes()));
    }
    if (opt.containsKey("bearer")) {
      rb.header("Authorization", "Bearer " + opt.get("bearer"));
    }
    HttpRequest request = rb.build();

    for (int i = 0; i < warmup; i++) {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        System.err.println("LoadGen: warm-up got HTTP " + r.statusCode() + ": " + new String(r.body()));
        System.exit(1);
      }
    }

    long[] latencies = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    CountDownLatch finished = new CountDownLatch(clients);
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      int i;
                      while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                          HttpResponse<byte[]> r =
                              http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                          if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                          }
                        } catch (Exception e) {
                          errors.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - t0;
                        done.incrementAndGet();
                      }
                    } finally {
                      finished.countDown();
                    }
                  }));
    }
    finished.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    int n = done.get();
    long[] sample = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    System.out.printf(
        "clients=%d requests=%d errors=%d time=%.1fs throughput=%.0f req/s p50=%.1fms p90=%.1fms"
            + " p99=%.1fms max=%.1fms%n",
        clients,
        n,
        errors.get(),
        elapsed,
        n / elapsed,
        pct(sample, 0.50),
        pct(sample, 0.90),
        pct(sample, 0.99),
        sample.length == 0 ? 0 : sample[sample.length - 1] / 1e6);
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }
}
