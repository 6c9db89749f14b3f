import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mixed workload against a running Rungs, for bench/mixed-load.sh: each worker owns one report of
 * the demo's team manager and loops over weighted actions (framework pages, sign-in, the team and
 * standing pages, assessing, adding evidence, check-in steps) for the given seconds, recording each
 * action's latency and every answer that was not the expected one. Prints a Markdown table.
 *
 * <p>Run with the JDK's source launcher: {@code java bench/MixedLoad.java BASE SECONDS FILE}, where
 * FILE has lines {@code manager TOKEN}, {@code login EMAIL PASSWORD} and {@code report ID TOKEN}.
 */
public class MixedLoad {

  record Report(long id, String token) {}

  record Login(String email, String password) {}

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
  static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");
  static final Pattern CRITERION = Pattern.compile("\"criterionId\":\"([^\"]+)\"");

  static final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
  static final Map<String, List<String>> errors = new ConcurrentHashMap<>();
  static final List<String> PAGES =
      List.of(
          "/",
          "/engineering/backend/",
          "/engineering/backend/levels/2/",
          "/engineering/backend/levels/3/",
          "/engineering/backend/compare/2/3/",
          "/engineering/backend/matrix/",
          "/engineering/web/levels/4/",
          "/search/?q=incident");

  static String base;
  static String managerToken;
  static final List<Login> logins = new ArrayList<>();
  static final List<Report> reports = new ArrayList<>();
  static final HttpClient api =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    base = args[0];
    long seconds = Long.parseLong(args[1]);
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[2]))) {
      String[] parts = line.trim().split("\\s+");
      switch (parts[0]) {
        case "manager" -> managerToken = parts[1];
        case "login" -> logins.add(new Login(parts[1], parts[2]));
        case "report" -> reports.add(new Report(Long.parseLong(parts[1]), parts[2]));
        default -> {}
      }
    }
    // Demo accounts start with one-time passwords; each gets a password of its own first, as a
    // person does at their first sign-in, so that the sign-ins measured are ordinary ones.
    for (int i = 0; i < logins.size(); i++) {
      logins.set(i, ownPassword(logins.get(i)));
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Worker worker = new Worker(reports.get(i), new Random(i));
      Thread thread = new Thread(() -> worker.run(end), "worker-" + i);
      workers.add(thread);
      thread.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    print(seconds);
  }

  static Login ownPassword(Login login) throws Exception {
    String mine = "mixed load passphrase for " + login.email();
    // Set by an earlier run (the warm-up) already?
    if (signsIn(new Login(login.email(), mine))) {
      return new Login(login.email(), mine);
    }
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String page = browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
    Matcher csrf = CSRF.matcher(page);
    csrf.find();
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form("username", login.email(), "password", login.password(), "_csrf",
                            csrf.group(1))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/me/password")) {
      return login;
    }
    Matcher token =
        CSRF.matcher(
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/me/password")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    token.find();
    HttpResponse<String> changed =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/me/password"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form("current", login.password(), "password", mine, "repeat", mine,
                            "_csrf", token.group(1))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (changed.statusCode() != 303) {
      throw new IllegalStateException(
          "could not set a password for " + login.email() + ": " + changed.statusCode());
    }
    return new Login(login.email(), mine);
  }

  static boolean signsIn(Login login) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    Matcher csrf =
        CSRF.matcher(
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    csrf.find();
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form("username", login.email(), "password", login.password(), "_csrf",
                            csrf.group(1))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return signedIn.headers().firstValue("Location").orElse("").endsWith("/me/start");
  }

  static String form(String... namesAndValues) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      pairs.add(
          URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }

  static void print(long seconds) {
    long total = latencies.values().stream().mapToLong(List::size).sum();
    long failed = errors.values().stream().mapToLong(List::size).sum();
    System.out.printf(
        Locale.ROOT,
        "%d workers, %d s: %d requests (%.1f/s), %d errors%n%n",
        reports.size(),
        seconds,
        total,
        total / (double) seconds,
        failed);
    System.out.println("| action | requests | per second | p50 | p99 | max | errors |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, List<Long>> action : new TreeMap<>(latencies).entrySet()) {
      List<Long> sorted = new ArrayList<>(action.getValue());
      Collections.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f ms | %.1f ms | %.1f ms | %d |%n",
          action.getKey(),
          sorted.size(),
          sorted.size() / (double) seconds,
          percentile(sorted, 0.50),
          percentile(sorted, 0.99),
          sorted.get(sorted.size() - 1) / 1e6,
          errors.getOrDefault(action.getKey(), List.of()).size());
    }
    errors.forEach(
        (action, list) ->
            list.stream()
                .distinct()
                .limit(5)
                .forEach(error -> System.out.println("error " + action + ": " + error)));
  }

  static double percentile(List<Long> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  /** One simulated pair of a manager and their report, acting in turns. */
  static final class Worker {
    private final Report report;
    private final Random random;
    private final List<String> criteria = new ArrayList<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private int next;

    Worker(Report report, Random random) {
      this.report = report;
      this.random = random;
    }

    void run(long end) {
      try {
        String assessments = get("/api/v1/people/" + report.id() + "/assessments", managerToken);
        Matcher criterion = CRITERION.matcher(assessments);
        while (criterion.find() && criteria.size() < 20) {
          criteria.add(criterion.group(1));
        }
        if (criteria.isEmpty()) {
          String evidence = get("/api/v1/people/" + report.id() + "/standing", managerToken);
          Matcher id = Pattern.compile("\"id\":\"([a-z0-9-]+)\"").matcher(evidence);
          while (id.find() && criteria.size() < 20) {
            criteria.add(id.group(1));
          }
        }
      } catch (Exception e) {
        record("setup", 0, "could not read the report's criteria: " + e);
        return;
      }
      while (System.nanoTime() < end) {
        int roll = random.nextInt(100);
        try {
          if (roll < 35) {
            browse();
          } else if (roll < 40) {
            signIn();
          } else if (roll < 52) {
            timed("team page", 200, "GET", "/team/", managerToken, null);
          } else if (roll < 64) {
            timed("standing page", 200, "GET", "/people/" + report.id() + "/", managerToken, null);
          } else if (roll < 78) {
            assess();
          } else if (roll < 88) {
            addEvidence();
          } else {
            checkInStep();
          }
        } catch (Exception e) {
          record("exception", 0, e.toString());
        }
      }
    }

    void browse() throws Exception {
      timed("framework page", 200, "GET", PAGES.get(random.nextInt(PAGES.size())), null, null);
    }

    void signIn() throws Exception {
      Login login = logins.get(random.nextInt(logins.size()));
      HttpClient browser =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      long started = System.nanoTime();
      HttpResponse<String> page =
          browser.send(
              HttpRequest.newBuilder(URI.create(base + "/login")).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher csrf = CSRF.matcher(page.body());
      if (page.statusCode() != 200 || !csrf.find()) {
        record("sign in", System.nanoTime() - started, "sign-in page " + page.statusCode());
        return;
      }
      String form =
          "username="
              + URLEncoder.encode(login.email(), StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(login.password(), StandardCharsets.UTF_8)
              + "&_csrf="
              + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
      HttpResponse<String> signedIn =
          browser.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String where = signedIn.headers().firstValue("Location").orElse("");
      record(
          "sign in",
          System.nanoTime() - started,
          signedIn.statusCode() == 302 && where.endsWith("/me/start")
              ? null
              : signedIn.statusCode() + " " + where);
    }

    void assess() throws Exception {
      String criterion = criteria.get(next++ % criteria.size());
      Integer version = versions.get(criterion);
      if (version == null) {
        String all = get("/api/v1/people/" + report.id() + "/assessments", managerToken);
        version = versionOf(all, criterion);
      }
      String status = random.nextBoolean() ? "demonstrated" : "not_yet";
      HttpResponse<String> response =
          timed(
              "assess",
              200,
              "PUT",
              "/api/v1/people/" + report.id() + "/assessments/" + criterion,
              managerToken,
              "{\"view\":\"manager\",\"status\":\"" + status + "\",\"version\":" + version + "}");
      Matcher saved = VERSION.matcher(response.body());
      if (response.statusCode() == 200 && saved.find()) {
        versions.put(criterion, Integer.parseInt(saved.group(1)));
      } else {
        versions.remove(criterion);
      }
    }

    void addEvidence() throws Exception {
      String criterion = criteria.get(random.nextInt(criteria.size()));
      timed(
          "add evidence",
          201,
          "POST",
          "/api/v1/people/" + report.id() + "/evidence",
          managerToken,
          "{\"note\":\"Load test: ran the review\",\"criterionIds\":[\"" + criterion + "\"]}");
    }

    /** The next step of the report's latest check-in, or a new check-in once it is agreed. */
    void checkInStep() throws Exception {
      String path = "/api/v1/people/" + report.id() + "/check-ins";
      String list = get(path, managerToken);
      Matcher id = ID.matcher(list);
      Matcher state = STATE.matcher(list);
      Matcher version = VERSION.matcher(list);
      if (!id.find() || !state.find() || !version.find() || state.group(1).equals("AGREED")) {
        timed("check-in: start", 201, "POST", path, report.token(), "");
        return;
      }
      String at = path + "/" + id.group(1);
      String v = version.group(1);
      switch (state.group(1)) {
        case "SELF_ASSESSMENT" ->
            timed("check-in: step", 200, "POST", at + "/step", report.token(), "{\"version\":" + v + "}");
        case "MANAGER_ASSESSMENT" ->
            timed("check-in: step", 200, "POST", at + "/step", managerToken, "{\"version\":" + v + "}");
        case "AGREEING" ->
            timed(
                "check-in: agree",
                200,
                "POST",
                at + "/agreement",
                managerToken,
                "{\"statuses\":{},\"focus\":[],\"summary\":\"Good progress\",\"version\":" + v + "}");
        default -> record("check-in: step", 0, "unknown state " + state.group(1));
      }
    }

    static int versionOf(String assessments, String criterion) {
      int at = assessments.indexOf("\"criterionId\":\"" + criterion + "\"");
      if (at < 0) {
        return 0;
      }
      int start = assessments.lastIndexOf('{', at);
      int stop = assessments.indexOf('}', at);
      Matcher version = VERSION.matcher(assessments.substring(start, stop));
      return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }
  }

  static String get(String path, String token) throws Exception {
    return api.send(request("GET", path, token, null).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static HttpResponse<String> timed(
      String action, int expected, String method, String path, String token, String body)
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response =
          api.send(request(method, path, token, body).build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      record(action, System.nanoTime() - started, e.toString());
      throw e;
    }
    long took = System.nanoTime() - started;
    record(
        action,
        took,
        response.statusCode() == expected
            ? null
            : response.statusCode()
                + " "
                + response.body().substring(0, Math.min(200, response.body().length())));
    return response;
  }

  static HttpRequest.Builder request(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
  }

  static void record(String action, long nanos, String error) {
    latencies.computeIfAbsent(action, k -> new CopyOnWriteArrayList<>()).add(nanos);
    if (error != null) {
      errors.computeIfAbsent(action, k -> new CopyOnWriteArrayList<>()).add(error);
    }
  }
}
