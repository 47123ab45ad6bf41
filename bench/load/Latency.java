/*
 * Single-client latency of a row edit and of the balance around it, against a running MineCarbon
 * demo server (single-file Java program: run with `java Latency.java ...`, no build). Loopback
 * only. One closed-loop client on one keep-alive HTTP/1.1 connection:
 *
 *   row_edit       PUT /api/v1/enterprises/{id}/rows/{rowId} with If-Match: "version", the row's
 *                  quantity alternating between its original value and original + 1, so every PUT
 *                  is a real change (it bumps the enterprise's revision and writes an audit entry)
 *   balance_cold   GET /api/v1/enterprises/{id}/balance right after each edit: the cached balance
 *                  is stale, so this reads + validates the inventory and computes the balance
 *   balance_warm   GET balance repeatedly with no change in between (cache hit)
 *
 * The enterprise is the demo coal mine (industry "coal"), the year the latest one in draft, the
 * row the first activity of that year with a numeric quantity (a fuel row if there is one).
 * Before measuring, --warmup edit+balance cycles and --warmup warm GETs are run and discarded, and
 * the harness checks that the two quantities give two different balances (so balance_cold really
 * recomputes). At the end the original quantity is put back.
 *
 *   java bench/load/Latency.java --base http://127.0.0.1:8080 --bearer mc_... [--n 200]
 *     [--warmup 100] [--basic user:pw] [--cookie 'MINECARBON_SESSION=...' --csrf TOKEN]
 *     [--enterprise ID] [--row ID] [--label before]
 *
 * Output: a human-readable table, then one line per operation
 *   LATENCY {"label":"before","op":"row_edit","count":200,"p50_ms":...,"p90_ms":...,...}
 * Exit status 0 only if every request returned the expected status.
 */
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class Latency {
  static HttpClient http;
  static String base;
  static final List<String[]> auth = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    base = opt.getOrDefault("base", "").replaceAll("/+$", "");
    URI baseUri = URI.create(base.isEmpty() ? "missing:/" : base);
    if (baseUri.getHost() == null || !loopback(baseUri.getHost())) {
      die(2, "only loopback targets are allowed (got --base " + base + ")");
    }
    int n = Integer.parseInt(opt.getOrDefault("n", "200"));
    int warmup = Integer.parseInt(opt.getOrDefault("warmup", "100"));
    String label = opt.getOrDefault("label", "");
    if (opt.containsKey("bearer")) {
      auth.add(new String[] {"Authorization", "Bearer " + opt.get("bearer")});
    }
    if (opt.containsKey("basic")) {
      auth.add(
          new String[] {
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(opt.get("basic").getBytes(StandardCharsets.UTF_8))
          });
    }
    if (opt.containsKey("cookie")) {
      auth.add(new String[] {"Cookie", opt.get("cookie")});
    }
    if (opt.containsKey("csrf")) { // session writes need it (not with Authorization headers)
      auth.add(new String[] {"X-CSRF-TOKEN", opt.get("csrf")});
    }
    if (auth.isEmpty()) {
      die(2, "give --bearer TOKEN (or --basic user:pw, or --cookie with --csrf)");
    }
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    // --- pick the enterprise, the draft year and the row --------------------------------------
    long ent;
    String entName;
    if (opt.containsKey("enterprise")) {
      ent = Long.parseLong(opt.get("enterprise"));
      entName = str(obj(getJson("/api/v1/enterprises/" + ent)).get("name"));
    } else {
      List<Object> list = arr(getJson("/api/v1/enterprises"));
      Map<String, Object> coal =
          list.stream()
              .map(Latency::obj)
              .filter(e -> "coal".equals(e.get("industry")))
              .min(Comparator.comparingLong(e -> num(e.get("id")).longValue()))
              .orElse(null);
      if (coal == null) {
        die(1, "no enterprise with industry \"coal\" (is this the demo?): " + list);
      }
      ent = num(coal.get("id")).longValue();
      entName = str(coal.get("name"));
    }
    String entPath = "/api/v1/enterprises/" + ent;
    List<Integer> years = new ArrayList<>();
    for (Object y : arr(getJson(entPath + "/years"))) {
      years.add(num(y).intValue());
    }
    years.sort(Comparator.reverseOrder());
    Integer year = null;
    for (int y : years) {
      if ("draft".equals(obj(getJson(entPath + "/years/" + y + "/status")).get("status"))) {
        year = y;
        break;
      }
    }
    if (year == null) {
      die(1, "enterprise " + ent + " has no year in draft (years " + years + ")");
    }
    Map<String, Object> row;
    if (opt.containsKey("row")) {
      row = obj(getJson(entPath + "/rows/" + opt.get("row")));
    } else {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object r : arr(getJson(entPath + "/rows?kind=activity&year=" + year))) {
        Map<String, Object> m = obj(r);
        if (obj(m.get("doc")).get("quantity") instanceof BigDecimal) {
          rows.add(m);
        }
      }
      rows.sort(
          Comparator.comparing((Map<String, Object> m) -> !"fuel".equals(m.get("type")))
              .thenComparingLong(m -> num(m.get("id")).longValue()));
      if (rows.isEmpty()) {
        die(1, "no activity row with a numeric quantity in " + year);
      }
      row = obj(getJson(entPath + "/rows/" + num(rows.get(0).get("id")).longValue()));
    }
    long rowId = num(row.get("id")).longValue();
    long version = num(row.get("version")).longValue();
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) row.get("doc");
    BigDecimal q0 = num(doc.get("quantity"));
    BigDecimal q1 = q0.add(BigDecimal.ONE);
    String rowPath = entPath + "/rows/" + rowId;
    String balancePath = entPath + "/balance";
    System.out.printf(
        "Latency%s: %s, enterprise %d (%s), year %d (draft), row %d '%s' (%s, quantity %s <-> %s),"
            + " warm-up %d, n %d%n",
        label.isEmpty() ? "" : " [" + label + "]",
        base,
        ent,
        entName,
        year,
        rowId,
        row.get("key"),
        row.get("type"),
        q0.toPlainString(),
        q1.toPlainString(),
        warmup,
        n);
    // for run-latency.sh: both jars must pick the same row of the same data
    System.out.printf(
        "LATENCY_TARGET %s%n",
        json(
            map(
                "label", label, "enterprise", entName, "year", year, "rowKey", row.get("key"),
                "quantity", q0)));
    expect(get(balancePath), 200, "GET balance");

    // --- warm-up, with a check that the edit really changes the balance -----------------------
    String[] balanceOf = new String[2];
    int edits = 0;
    for (int i = 0; i < warmup || i < 2; i++) {
      version = put(rowPath, doc, (edits++ % 2 == 0) ? q1 : q0, version, null);
      HttpResponse<byte[]> b = expect(get(balancePath), 200, "GET balance after edit");
      int parity = (edits - 1) % 2;
      String body = new String(b.body(), StandardCharsets.UTF_8);
      if (i < 2) {
        balanceOf[parity] = body;
      } else if (i < 4 && !body.equals(balanceOf[parity])) {
        die(1, "the balance is not a function of the row's quantity (same quantity, two results)");
      }
    }
    if (balanceOf[0].equals(balanceOf[1])) {
      die(
          1,
          "the balance does not change when quantity goes "
              + q0.toPlainString()
              + " -> "
              + q1.toPlainString()
              + "; balance_cold would not measure a recomputation");
    }
    for (int i = 0; i < warmup; i++) {
      expect(get(balancePath), 200, "GET balance (warm-up)");
    }

    // --- measure -------------------------------------------------------------------------------
    long[] edit = new long[n];
    long[] cold = new long[n];
    long[] warm = new long[n];
    for (int i = 0; i < n; i++) {
      long[] t = new long[1];
      version = put(rowPath, doc, (edits++ % 2 == 0) ? q1 : q0, version, t);
      edit[i] = t[0];
      long t0 = System.nanoTime();
      HttpResponse<byte[]> r = get(balancePath);
      cold[i] = System.nanoTime() - t0;
      expect(r, 200, "GET balance after edit");
    }
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      HttpResponse<byte[]> r = get(balancePath);
      warm[i] = System.nanoTime() - t0;
      expect(r, 200, "GET balance (warm)");
    }
    if (edits % 2 == 1) { // put the original quantity back (not measured)
      put(rowPath, doc, q0, version, null);
    }

    System.out.printf(
        "%-14s %6s %9s %9s %9s %9s %9s%n", "operation", "count", "p50 ms", "p90 ms", "p99 ms",
        "mean ms", "max ms");
    List<String> lines = new ArrayList<>();
    for (Object[] op :
        new Object[][] {{"row_edit", edit}, {"balance_cold", cold}, {"balance_warm", warm}}) {
      long[] s = ((long[]) op[1]).clone();
      Arrays.sort(s);
      double mean = Arrays.stream(s).average().orElse(0) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%-14s %6d %9.2f %9.2f %9.2f %9.2f %9.2f%n",
          op[0],
          s.length,
          pct(s, 0.50),
          pct(s, 0.90),
          pct(s, 0.99),
          mean,
          s.length == 0 ? 0 : s[s.length - 1] / 1e6);
      lines.add(
          "LATENCY "
              + json(
                  map(
                      "label", label, "op", op[0], "count", s.length,
                      "p50_ms", round(pct(s, 0.50)), "p90_ms", round(pct(s, 0.90)),
                      "p99_ms", round(pct(s, 0.99)), "mean_ms", round(mean),
                      "max_ms", round(s.length == 0 ? 0 : s[s.length - 1] / 1e6))));
    }
    lines.forEach(System.out::println);
  }

  static boolean loopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  // --- HTTP --------------------------------------------------------------------------------------

  static HttpRequest.Builder request(String path) {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    for (String[] h : auth) {
      rb.header(h[0], h[1]);
    }
    return rb.header("Accept", "application/json");
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static Object getJson(String path) throws Exception {
    HttpResponse<byte[]> r = expect(get(path), 200, "GET " + path);
    return new Json(new String(r.body(), StandardCharsets.UTF_8)).value();
  }

  /** PUTs the row with the given quantity; returns the new version; t[0] = latency if t given. */
  static long put(String path, Map<String, Object> doc, BigDecimal q, long version, long[] t)
      throws Exception {
    Map<String, Object> body = new LinkedHashMap<>(doc);
    body.put("quantity", q);
    HttpRequest req =
        request(path)
            .header("Content-Type", "application/json")
            .header("If-Match", "\"" + version + "\"")
            .PUT(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8))
            .build();
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    if (t != null) {
      t[0] = System.nanoTime() - t0;
    }
    expect(r, 200, "PUT " + path);
    long next =
        num(obj(new Json(new String(r.body(), StandardCharsets.UTF_8)).value()).get("version"))
            .longValue();
    if (next == version) {
      die(1, "PUT " + path + " did not change the row's version (" + version + ")");
    }
    return next;
  }

  static HttpResponse<byte[]> expect(HttpResponse<byte[]> r, int status, String what) {
    if (r.statusCode() != status) {
      String body = new String(r.body(), StandardCharsets.UTF_8);
      die(
          1,
          what
              + ": HTTP "
              + r.statusCode()
              + " (expected "
              + status
              + "): "
              + body.substring(0, Math.min(2000, body.length())));
    }
    return r;
  }

  // --- statistics, output ------------------------------------------------------------------

  static double pct(long[] sorted, double p) { // nearest rank, as LoadGen
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static BigDecimal round(double ms) {
    return BigDecimal.valueOf(Math.round(ms * 1000) / 1000.0);
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static void die(int status, String message) {
    System.err.println("Latency: " + message);
    System.exit(status);
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  // --- a minimal JSON reader/writer (objects keep their key order; numbers are BigDecimal) ------

  @SuppressWarnings("unchecked")
  static Map<String, Object> obj(Object o) {
    if (o instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalStateException("expected a JSON object, got " + o);
  }

  @SuppressWarnings("unchecked")
  static List<Object> arr(Object o) {
    if (o instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new IllegalStateException("expected a JSON array, got " + o);
  }

  static BigDecimal num(Object o) {
    if (o instanceof BigDecimal b) {
      return b;
    }
    throw new IllegalStateException("expected a JSON number, got " + o);
  }

  static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  static String json(Object v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb);
    return sb.toString();
  }

  static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      sb.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    } else if (v instanceof BigDecimal b) {
      sb.append(b.toString());
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(String.valueOf(e.getKey()), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(l.get(i), sb);
      }
      sb.append(']');
    } else {
      write(v.toString(), sb);
    }
  }

  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      Object v = read();
      ws();
      if (i != s.length()) {
        throw error("trailing characters");
      }
      return v;
    }

    private Object read() {
      ws();
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (peek('}')) {
            return m;
          }
          do {
            ws();
            if (s.charAt(i) != '"') {
              throw error("expected a key");
            }
            String k = string();
            ws();
            if (!peek(':')) {
              throw error("expected ':'");
            }
            m.put(k, read());
            ws();
          } while (peek(','));
          if (!peek('}')) {
            throw error("expected '}'");
          }
          return m;
        }
        case '[' -> {
          i++;
          List<Object> l = new ArrayList<>();
          ws();
          if (peek(']')) {
            return l;
          }
          do {
            l.add(read());
            ws();
          } while (peek(','));
          if (!peek(']')) {
            throw error("expected ']'");
          }
          return l;
        }
        case '"' -> {
          return string();
        }
        default -> {
          if (s.startsWith("true", i)) {
            i += 4;
            return Boolean.TRUE;
          }
          if (s.startsWith("false", i)) {
            i += 5;
            return Boolean.FALSE;
          }
          if (s.startsWith("null", i)) {
            i += 4;
            return null;
          }
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          if (start == i) {
            throw error("unexpected character");
          }
          return new BigDecimal(s.substring(start, i));
        }
      }
    }

    private String string() {
      i++; // opening quote
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      }
    }

    private boolean peek(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private IllegalStateException error(String what) {
      return new IllegalStateException(
          "JSON: "
              + what
              + " at "
              + i
              + ": "
              + s.substring(Math.max(0, i - 40), Math.min(s.length(), i + 40)));
    }
  }
}
