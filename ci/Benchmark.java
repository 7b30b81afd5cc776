import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator and measurements of ci/benchmark.sh (README, "Performance"). JDK only; the deadline
 * command needs PostgreSQL's JDBC driver on the class path.
 *
 * <pre>
 * java ci/Benchmark.java throughput &lt;base url&gt; &lt;work dir&gt; &lt;label&gt;
 * java ci/Benchmark.java query      &lt;base url&gt; &lt;work dir&gt; &lt;label&gt;
 * java ci/Benchmark.java warmup     &lt;base url&gt; &lt;work dir&gt; &lt;label&gt;
 * java -cp postgresql.jar ci/Benchmark.java deadline &lt;base url&gt; &lt;work dir&gt; &lt;label&gt; &lt;jdbc url&gt; &lt;server log&gt;
 * </pre>
 *
 * Every figure is appended to &lt;work dir&gt;/results.tsv (label, figure, value, note), which the script prints
 * as one table. Settings are system properties (bench.*, see {@link #setting}); the script passes its
 * GOVFLOW_BENCH_* variables as those.
 * <p>
 * All load is open: requests start at the instants of a fixed-rate schedule, whatever the answers before
 * them are doing, and a request's latency counts from its scheduled instant, so a slow server cannot hide
 * its queue by slowing the generator down.
 */
public class Benchmark {

    static final String PASSWORD = "GovFlow2026";
    static final String ITEM = "SCJ-001";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    static Path work;
    static String label;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Benchmark throughput|query|warmup|deadline <base url> <work dir> <label> [jdbc url] [server log]");
            System.exit(2);
        }
        String base = args[1];
        work = Path.of(args[2]);
        label = args[3];
        Files.createDirectories(work);
        Api api = new Api(base);
        switch (args[0]) {
            case "warmup" -> new Throughput(api).warmUp();
            case "throughput" -> new Throughput(api).run();
            case "query" -> new Query(api).run();
            case "deadline" -> new Deadlines(args[4], Path.of(args[5])).run();
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------- settings, output

    static String setting(String name, String fallback) {
        String value = System.getProperty("bench." + name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int intSetting(String name, int fallback) {
        return Integer.parseInt(setting(name, String.valueOf(fallback)));
    }

    static double doubleSetting(String name, double fallback) {
        return Double.parseDouble(setting(name, String.valueOf(fallback)));
    }

    static void log(String message) {
        System.out.printf("[benchmark] %s %s %s%n", LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                label, message);
    }

    /** One figure for the table; appended at once so that an interrupted run keeps what it measured. */
    static synchronized void result(String figure, String value, String note) {
        try {
            Files.writeString(work.resolve("results.tsv"), String.join("\t", label, figure, value, note) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        log("RESULT " + figure + " = " + value + (note.isEmpty() ? "" : " (" + note + ")"));
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    // ----------------------------------------------------------------------------------- server CPU and profile

    /** The server's process id (bench.serverPid), for its CPU time and thread samples; 0 when unknown. */
    static final long SERVER_PID = Long.parseLong(setting("serverPid", "0"));

    /** CPU seconds the server process has used so far (user + system, from /proc), or NaN. */
    static double serverCpuSeconds() {
        if (SERVER_PID <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + SERVER_PID + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU seconds the whole machine has been busy (all cores: user, nice, system, irq, softirq, steal), or NaN. */
    static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU seconds this generator has used so far. */
    static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** Over a window of time: the server's CPU, and that of every other process but this generator, in cores. */
    static final class CpuWindow {
        final long t0 = System.nanoTime();
        final double server0 = serverCpuSeconds();
        final double machine0 = machineBusySeconds();
        final double own0 = ownCpuSeconds();

        String summary() {
            double seconds = (System.nanoTime() - t0) / 1e9;
            double server = serverCpuSeconds() - server0;
            double others = machineBusySeconds() - machine0 - server - (ownCpuSeconds() - own0);
            return String.format(Locale.ROOT, "server CPU %.2f cores, other processes %.2f cores", server / seconds,
                    others / seconds);
        }
    }

    /**
     * A poor man's sampling profile: the server's threads dumped with jcmd, and of the request and EJB threads
     * that are running, how many are inside bcrypt, inside the JDBC driver or database, or elsewhere.
     */
    static final class Profile {
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final AtomicInteger samples = new AtomicInteger();

        void sample() {
            if (SERVER_PID <= 0) {
                return;
            }
            try {
                Process jcmd = new ProcessBuilder("jcmd", String.valueOf(SERVER_PID), "Thread.print")
                        .redirectErrorStream(true).start();
                String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor();
                samples.incrementAndGet();
                for (String thread : dump.split("\\n\\s*\\n")) {
                    if (!thread.contains("java.lang.Thread.State: RUNNABLE")
                            || !(thread.startsWith("\"default task") || thread.startsWith("\"EJB"))) {
                        continue;
                    }
                    // the innermost frames say what the thread is doing
                    List<String> frames = thread.lines().filter(l -> l.strip().startsWith("at ")).limit(25).toList();
                    String joined = String.join("\n", frames);
                    String kind = joined.contains("BCrypt") || joined.contains("bcrypt") ? "bcrypt"
                            : joined.contains("org.postgresql") || joined.contains("org.h2") ? "database" : "other";
                    if (frames.isEmpty() || frames.get(0).contains("sun.nio.ch") || frames.get(0).contains("EPoll")) {
                        continue;
                    }
                    counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                }
            } catch (IOException e) {
                // no profile then
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String summary() {
            int total = counts.values().stream().mapToInt(AtomicInteger::get).sum();
            if (total == 0) {
                return samples.get() == 0 ? "no thread dumps" : "no running request threads in " + samples.get() + " dumps";
            }
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, AtomicInteger> e : new TreeMap<>(counts).entrySet()) {
                out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(Math.round(100.0 * e.getValue().get() / total)).append('%');
            }
            return out + " of " + total + " running request/EJB threads in " + samples.get() + " thread dumps";
        }
    }

    // ------------------------------------------------------------------------------------------------------- HTTP

    /** The REST and page calls, each a separate request; staff calls sign in with HTTP Basic every time. */
    static final class Api {
        final String base;
        final HttpClient http;

        Api(String base) {
            this.base = base;
            ExecutorService callbacks = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "http");
                t.setDaemon(true);
                return t;
            });
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).executor(callbacks).build();
        }

        CompletableFuture<HttpResponse<String>> post(String account, String path, String json) {
            return send(authorised(account, path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        CompletableFuture<HttpResponse<String>> get(String account, String path) {
            return send(authorised(account, path).GET());
        }

        CompletableFuture<HttpResponse<String>> open(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET());
        }

        /** A form post of a page, as a browser behind the centre's proxy at the given client address. */
        CompletableFuture<HttpResponse<String>> form(String path, String body, String clientAddress) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .header("X-Forwarded-For", clientAddress)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        private HttpRequest.Builder authorised(String account, String path) {
            String credentials = Base64.getEncoder()
                    .encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Authorization", "Basic " + credentials)
                    .header("Accept", "application/json");
        }

        private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Latencies in milliseconds, with nearest-rank percentiles. */
    static final class Latencies {
        private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

        void add(double millis) {
            values.add(millis);
        }

        void addSince(long scheduledNanos) {
            add((System.nanoTime() - scheduledNanos) / 1e6);
        }

        int count() {
            return values.size();
        }

        double percentile(double p) {
            List<Double> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }

        String summary() {
            return String.format(Locale.ROOT, "n=%d p50=%.0f p90=%.0f p99=%.0f max=%.0f ms", count(), percentile(50),
                    percentile(90), percentile(99), percentile(100));
        }
    }

    /** Counts of outcomes by name, e.g. "submit 500" or "timeout". */
    static final class Outcomes {
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        void add(String what) {
            counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }

        int total() {
            return counts.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        @Override
        public String toString() {
            return new TreeMap<>(counts).toString();
        }
    }

    /**
     * Calls start at the instants start + i / rate until the duration is over; the call itself must not block
     * (it sends asynchronously). Returns the number of calls started.
     */
    static long schedule(double rate, double seconds, java.util.function.LongConsumer call, Supplier<Boolean> abort) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long i = 0;
        while (true) {
            long target = start + (long) (i * 1e9 / rate);
            if (target >= end || abort.get()) {
                break;
            }
            long wait = target - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            call.accept(target);
            i++;
        }
        long left = end - System.nanoTime();
        if (left > 0 && !abort.get()) {
            LockSupport.parkNanos(left);
        }
        return i;
    }

    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static <T> T await(CompletableFuture<T> future) throws IOException {
        try {
            return future.get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    static String outcome(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        return cause instanceof java.net.http.HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
    }

    // ------------------------------------------------------------------------------------------------- throughput

    /**
     * Cases fully processed per second. A case arrives (submitted by the interop account) at its scheduled
     * instant; then the clerk accepts it, the approver passes the two review steps, the department head passes
     * the decision and the clerk issues it: five authenticated staff calls after the submission, each one
     * state change with its audit entry. Approvers find their steps as people do, in their inbox
     * (GET /api/v1/tasks, polled by one approver every bench.pollMillis); a step appears there once the step
     * before it has passed.
     */
    static final class Throughput {
        final Api api;
        final Map<String, CaseRun> waiting = new ConcurrentHashMap<>();
        final Set<Long> dispatched = ConcurrentHashMap.newKeySet();
        final AtomicLong serial = new AtomicLong();
        final PrintWriter cases;
        volatile boolean polling = true;

        Throughput(Api api) throws IOException {
            this.api = api;
            this.cases = new PrintWriter(Files.newBufferedWriter(work.resolve("cases-" + label + ".txt"),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        }

        /** A few cases at a low rate: the server's caches and JIT are warm before the baseline heap is taken. */
        void warmUp() throws InterruptedException {
            Thread poller = startPoller();
            Stage stage = runStage(1, intSetting("warmupSeconds", 30), 60);
            polling = false;
            poller.join();
            log("warm-up: " + stage.describe());
            if (stage.completed.get() == 0) {
                log("no case completed during the warm-up: " + stage.failures);
                System.exit(1);
            }
        }

        void run() throws InterruptedException {
            List<Double> rates = new ArrayList<>();
            for (String r : setting("rates", "0.5,1,2,3,4,5,6,8,10,12,15,20,25,30,40,50,60,80,100,125,150,200,250,300,350,400")
                    .split(",")) {
                rates.add(Double.parseDouble(r.strip()));
            }
            int rampHold = intSetting("rampHold", 30);
            int hold = intSetting("hold", 300);
            int drain = intSetting("drain", 90);
            signInCost();
            Thread poller = startPoller();

            int best = -1;
            Stage firstFailed = null;
            for (int i = 0; i < rates.size(); i++) {
                Stage stage = runStage(rates.get(i), rampHold, drain);
                log("ramp: " + stage.describe());
                if (!stage.held()) {
                    firstFailed = stage;
                    break;
                }
                best = i;
            }
            // the highest rate the ramp held is then held for the full time; if it does not hold, the next lower one
            Stage shown = null;
            int heldFor = hold;
            List<String> tried = new ArrayList<>();
            if (best >= 0 && hold <= rampHold) {
                shown = lastHeld;
                heldFor = rampHold;
            } else if (best >= 0) {
                for (int j = best, tries = 0; j >= 0 && tries < intSetting("confirmTries", 3); j--, tries++) {
                    Stage stage = runStage(rates.get(j), hold, drain);
                    log("hold: " + stage.describe());
                    tried.add(fmt(rates.get(j)) + "/s " + (stage.held() ? "held" : "not held (" + stage.why() + ")"));
                    if (stage.held()) {
                        shown = stage;
                        break;
                    }
                }
            }
            polling = false;
            poller.join();

            String heldRate;
            heldRate = shown == null ? "none" : fmt(shown.rate) + " cases/s";
            result("throughput: highest rate held", heldRate,
                    "held " + heldFor + " s, open arrivals; ramp " + rampHold + " s a step"
                            + (tried.isEmpty() ? "" : "; holds tried: " + String.join(", ", tried)));
            if (shown != null) {
                result("throughput: completions/s at that rate", String.format(Locale.ROOT, "%.2f", shown.completionRate()),
                        "cases issued a second over the hold's second half");
                result("throughput: case duration p50 / p99", ms(shown.durations.percentile(50)) + " / "
                        + ms(shown.durations.percentile(99)), "arrival to issuance, 6 calls + inbox waits");
                result("throughput: inbox poll p99 under that load", ms(shown.polls.percentile(99)),
                        "GET /api/v1/tasks as approver, " + shown.polls.count() + " polls");
                result("throughput: server CPU at that rate", String.format(Locale.ROOT, "%.2f cores, %.0f ms a case",
                        shown.cores(), shown.cpuPerCase()), String.format(Locale.ROOT, "user + system time of the WildFly"
                        + " process; other processes on the machine used %.2f cores meanwhile", shown.othersCores()));
                result("throughput: where request threads were (profile)", shown.profile.summary(),
                        "jcmd Thread.print samples during the hold");
            }
            if (firstFailed != null) {
                result("throughput: first rate not held (ramp)", fmt(firstFailed.rate) + " cases/s",
                        firstFailed.why() + String.format(Locale.ROOT, "; completed %.2f/s; server CPU %.2f cores,"
                                + " %.0f ms a case; other processes %.2f cores; profile: %s", firstFailed.completionRate(),
                                firstFailed.cores(), firstFailed.cpuPerCase(), firstFailed.othersCores(),
                                firstFailed.profile.summary()));
            }
            result("throughput: best completion rate seen", String.format(Locale.ROOT, "%.2f cases/s", bestCompletionRate),
                    "any step");
        }

        Stage lastHeld;
        double bestCompletionRate;

        /**
         * What one HTTP Basic sign-in costs on the quiet server: the same small answer fetched signed in
         * (GET /api/v1/me) and open (a calendar day), one call after the other; the difference is the realm's
         * password check (bcrypt) and the security layers around it.
         */
        private void signInCost() {
            Latencies signedIn = new Latencies();
            Latencies open = new Latencies();
            try {
                for (int i = 0; i < 40; i++) {
                    long t = System.nanoTime();
                    await(api.get("interop", "/api/v1/me"));
                    if (i >= 10) {
                        signedIn.addSince(t);
                    }
                    t = System.nanoTime();
                    await(api.open("/api/v1/calendar/days/2026-10-08"));
                    if (i >= 10) {
                        open.addSince(t);
                    }
                }
            } catch (IOException e) {
                log("sign-in cost not measured: " + outcome(e));
                return;
            }
            result("sign-in: one HTTP Basic check", ms(signedIn.percentile(50) - open.percentile(50)),
                    "p50 of GET /api/v1/me " + ms(signedIn.percentile(50)) + " minus an open call "
                            + ms(open.percentile(50)) + ", 30 calls each, one at a time");
        }

        private static String fmt(double rate) {
            return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
        }

        Thread startPoller() {
            Thread poller = new Thread(this::poll, "inbox-poller");
            poller.setDaemon(true);
            poller.start();
            return poller;
        }

        volatile Stage current;

        Stage runStage(double rate, int holdSeconds, int drainSeconds) throws InterruptedException {
            Stage stage = new Stage(rate, holdSeconds);
            current = stage;
            log(String.format(Locale.ROOT, "step: %s cases/s for %d s", fmt(rate), holdSeconds));
            stage.start = System.nanoTime();
            stage.holdEnd = stage.start + holdSeconds * 1_000_000_000L;
            Thread sampler = new Thread(() -> {
                while (System.nanoTime() < stage.holdEnd && !stage.aborted) {
                    sleep(1000);
                    stage.samples.add(new double[]{(System.nanoTime() - stage.start) / 1e9, stage.backlog(),
                            stage.completed.get()});
                }
            }, "sampler");
            sampler.setDaemon(true);
            sampler.start();
            // a few thread dumps from the middle of the hold
            Thread profiler = new Thread(() -> {
                int dumps = intSetting("profileDumps", 4);
                for (int i = 1; i <= dumps && !stage.aborted; i++) {
                    long at = stage.start + (long) (holdSeconds * 1e9 * (0.3 + 0.4 * i / dumps));
                    long wait = at - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() < stage.holdEnd && !stage.aborted) {
                        stage.profile.sample();
                    }
                }
            }, "profiler");
            profiler.setDaemon(true);
            profiler.start();
            stage.cpuStart = serverCpuSeconds();
            stage.machineStart = machineBusySeconds();
            stage.ownStart = ownCpuSeconds();
            schedule(rate, holdSeconds, scheduled -> arrive(stage, scheduled), () -> stage.checkAbort());
            stage.cpuEnd = serverCpuSeconds();
            stage.machineEnd = machineBusySeconds();
            stage.ownEnd = ownCpuSeconds();
            sampler.join();
            stage.backlogAtEnd = stage.backlog();
            long drainEnd = System.nanoTime() + drainSeconds * 1_000_000_000L;
            while (stage.backlog() > 0 && System.nanoTime() < drainEnd) {
                sleep(250);
            }
            // what did not finish is left where it stands (its steps stay open in the inbox)
            waiting.values().removeIf(c -> c.stage == stage);
            stage.left = stage.backlog();
            if (stage.held()) {
                lastHeld = stage;
            }
            bestCompletionRate = Math.max(bestCompletionRate, stage.completionRate());
            return stage;
        }

        private void arrive(Stage stage, long scheduled) {
            stage.arrived.incrementAndGet();
            CaseRun c = new CaseRun(stage, scheduled);
            String external = "bench-" + ProcessHandle.current().pid() + "-" + serial.incrementAndGet();
            api.post("interop", "/api/v1/applications", """
                    {"itemCode":"%s","externalReference":"%s","applicant":{"kind":"PERSON","name":"张三丰",\
                    "idNumber":"%s","phone":"13800000000"}}""".formatted(ITEM, external, residentId()))
                    .thenCompose(submitted -> {
                        if (submitted.statusCode() != 201) {
                            throw new Failed("submit " + submitted.statusCode());
                        }
                        c.tracking = field(submitted.body(), "trackingReference");
                        return api.post("clerk", "/api/v1/applications/" + c.tracking + "/acceptance", "{}");
                    })
                    .whenComplete((accepted, failure) -> {
                        if (failure != null) {
                            c.fail(failure);
                        } else if (accepted.statusCode() != 200) {
                            c.fail("accept " + accepted.statusCode());
                        } else if (accepted.body().contains("\"pendingCorrection\":true")) {
                            c.fail("accepted pending correction");
                        } else {
                            c.number = field(accepted.body(), "acceptanceNumber");
                            c.password = field(accepted.body(), "queryPassword");
                            waiting.put(c.number, c);
                        }
                    });
        }

        /** One approver's inbox, polled at a fixed pace; every running step of a case of ours is acted on once. */
        private void poll() {
            long pace = intSetting("pollMillis", 250);
            while (polling) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> tasks = await(api.get("approver", "/api/v1/tasks"));
                    Stage stage = current;
                    if (stage != null) {
                        stage.polls.addSince(started);
                    }
                    if (tasks.statusCode() == 200) {
                        for (String task : objects(tasks.body())) {
                            CaseRun c = waiting.get(String.valueOf(field(task, "acceptanceNumber")));
                            if (c == null || !"RUNNING".equals(field(task, "state"))) {
                                continue;
                            }
                            long stepId = Long.parseLong(number(task, "stepId"));
                            if (dispatched.add(stepId)) {
                                pass(c, stepId, number(task, "version"), field(task, "kind"));
                            }
                        }
                    } else {
                        log("inbox answered " + tasks.statusCode());
                    }
                } catch (IOException | RuntimeException e) {
                    log("inbox poll failed: " + outcome(e));
                }
                long left = pace - (System.nanoTime() - started) / 1_000_000;
                if (left > 0) {
                    sleep(left);
                }
            }
        }

        private void pass(CaseRun c, long stepId, String version, String kind) {
            boolean decision = "DECISION".equals(kind);
            api.post(decision ? "head" : "approver", "/api/v1/tasks/" + stepId + "/pass",
                            "{\"opinion\":\"同意（基准测试）\",\"version\":" + version + "}")
                    .whenComplete((passed, failure) -> {
                        if (failure != null) {
                            c.fail(failure);
                        } else if (passed.statusCode() != 200) {
                            c.fail("pass " + passed.statusCode());
                        } else if (decision || passed.body().contains("\"caseState\":\"TO_ISSUE\"")) {
                            issue(c);
                        }
                    });
        }

        private void issue(CaseRun c) {
            api.post("clerk", "/api/v1/cases/" + c.number + "/issuance",
                            "{\"documentNumber\":\"BENCH-" + c.number + "\",\"feeAmount\":0}")
                    .whenComplete((issued, failure) -> {
                        if (failure != null) {
                            c.fail(failure);
                        } else if (issued.statusCode() != 200) {
                            c.fail("issue " + issued.statusCode());
                        } else {
                            c.complete();
                            cases.println(c.number + " " + c.password);
                        }
                    });
        }

        final class CaseRun {
            final Stage stage;
            final long scheduled;
            volatile String tracking;
            volatile String number;
            volatile String password;
            private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();

            CaseRun(Stage stage, long scheduled) {
                this.stage = stage;
                this.scheduled = scheduled;
            }

            void complete() {
                if (done.compareAndSet(false, true)) {
                    if (number != null) {
                        waiting.remove(number);
                    }
                    stage.completed.incrementAndGet();
                    if (System.nanoTime() <= stage.holdEnd) {
                        stage.completedInHold.incrementAndGet();
                    }
                    stage.durations.addSince(scheduled);
                }
            }

            void fail(Throwable failure) {
                fail(failure instanceof Failed f ? f.getMessage()
                        : failure.getCause() instanceof Failed f ? f.getMessage() : outcome(failure));
            }

            void fail(String why) {
                if (done.compareAndSet(false, true)) {
                    if (number != null) {
                        waiting.remove(number);
                    }
                    stage.failed.incrementAndGet();
                    stage.failures.add(why);
                }
            }
        }

        /** One step of the ramp: a rate held for a time, and what came of it. */
        static final class Stage {
            /**
             * Over the hold's second half the backlog may grow by this share of the arrivals in that time, plus half a
             * second's worth of arrivals (at least 3 cases) for the noise of a short window.
             */
            static final double GROWTH_SHARE = 0.05;
            /** A case may wait this long on average (backlog / rate) at the end of the hold. */
            static final double MAX_WAIT_SECONDS = 30;
            static final double MAX_ERROR_RATIO = 0.01;

            final double rate;
            final int hold;
            final AtomicInteger arrived = new AtomicInteger();
            final AtomicInteger completed = new AtomicInteger();
            final AtomicInteger completedInHold = new AtomicInteger();
            final AtomicInteger failed = new AtomicInteger();
            final Outcomes failures = new Outcomes();
            final Latencies durations = new Latencies();
            final Latencies polls = new Latencies();
            final List<double[]> samples = Collections.synchronizedList(new ArrayList<>());
            volatile long start;
            volatile long holdEnd;
            volatile boolean aborted;
            volatile String abortReason;
            final Profile profile = new Profile();
            double cpuStart = Double.NaN;
            double cpuEnd = Double.NaN;
            double machineStart = Double.NaN;
            double machineEnd = Double.NaN;
            double ownStart = Double.NaN;
            double ownEnd = Double.NaN;
            int backlogAtEnd;
            int left;

            Stage(double rate, int hold) {
                this.rate = rate;
                this.hold = hold;
            }

            int backlog() {
                return arrived.get() - completed.get() - failed.get();
            }

            /** Ends a step early once it has plainly failed: a minute's worth of arrivals queued, or many errors. */
            boolean checkAbort() {
                if (!aborted) {
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    if (backlog() > Math.max(50, rate * 60)) {
                        abortReason = "backlog " + backlog() + " after " + Math.round(elapsed) + " s";
                        aborted = true;
                    } else if (elapsed > 10 && failed.get() > 20 && failed.get() > 0.1 * arrived.get()) {
                        abortReason = failed.get() + " errors after " + Math.round(elapsed) + " s";
                        aborted = true;
                    }
                    if (aborted) {
                        holdEnd = System.nanoTime();
                    }
                }
                return aborted;
            }

            /** Least-squares slope of the backlog (cases per second) over the second half of the hold. */
            double slope() {
                List<double[]> half;
                synchronized (samples) {
                    half = samples.stream().filter(s -> s[0] >= hold / 2.0).toList();
                }
                if (half.size() < 3) {
                    return 0;
                }
                double mx = half.stream().mapToDouble(s -> s[0]).average().orElse(0);
                double my = half.stream().mapToDouble(s -> s[1]).average().orElse(0);
                double sxy = 0;
                double sxx = 0;
                for (double[] s : half) {
                    sxy += (s[0] - mx) * (s[1] - my);
                    sxx += (s[0] - mx) * (s[0] - mx);
                }
                return sxx == 0 ? 0 : sxy / sxx;
            }

            double growth() {
                return slope() * hold / 2.0;
            }

            /**
             * Cases issued per second over the second half of the hold (the steady state: the first cases of a step
             * take a while to come through, the last ones finish after it), or over the whole hold when too short.
             */
            double completionRate() {
                List<double[]> all;
                synchronized (samples) {
                    all = new ArrayList<>(samples);
                }
                List<double[]> half = all.stream().filter(s -> s[0] >= hold / 2.0).toList();
                if (half.size() >= 3) {
                    double[] first = half.get(0);
                    double[] last = half.get(half.size() - 1);
                    return (last[2] - first[2]) / (last[0] - first[0]);
                }
                double seconds = (holdEnd - start) / 1e9;
                return seconds <= 0 ? 0 : completedInHold.get() / seconds;
            }

            boolean held() {
                return why().isEmpty();
            }

            String why() {
                List<String> reasons = new ArrayList<>();
                if (aborted) {
                    reasons.add("stopped early: " + abortReason);
                }
                if (failed.get() > MAX_ERROR_RATIO * arrived.get()) {
                    reasons.add(failed.get() + " errors " + failures);
                }
                if (growth() > GROWTH_SHARE * rate * hold / 2.0 + Math.max(3, rate * 0.5)) {
                    reasons.add(String.format(Locale.ROOT, "backlog grew by %.0f in the second half", growth()));
                }
                if (backlogAtEnd > Math.max(5, rate * MAX_WAIT_SECONDS)) {
                    reasons.add("backlog " + backlogAtEnd + " at the end");
                }
                return String.join("; ", reasons);
            }

            /** Server CPU over the hold, in cores busy. */
            double cores() {
                return (cpuEnd - cpuStart) / ((holdEnd - start) / 1e9);
            }

            /** CPU of every other process on the machine over the hold (not the server, not the generator), in cores. */
            double othersCores() {
                return ((machineEnd - machineStart) - (cpuEnd - cpuStart) - (ownEnd - ownStart)) / ((holdEnd - start) / 1e9);
            }

            /** Server CPU milliseconds per case issued within the hold. */
            double cpuPerCase() {
                return completedInHold.get() == 0 ? Double.NaN : (cpuEnd - cpuStart) * 1000 / completedInHold.get();
            }

            String describe() {
                return String.format(Locale.ROOT, "%s/s for %d s: %d arrived, %d completed (%.2f/s in the hold's 2nd half), "
                                + "%d failed %s, backlog at end %d (growth %.1f in 2nd half), left after drain %d, "
                                + "case duration %s, inbox poll %s, server CPU %.2f cores (%.0f ms a case), generator "
                                + "%.2f cores, other processes %.2f cores, profile: %s -> %s",
                        Throughput.fmt(rate), hold, arrived.get(), completed.get(), completionRate(), failed.get(),
                        failures, backlogAtEnd, growth(), left, durations.summary(), polls.summary(), cores(),
                        cpuPerCase(), (ownEnd - ownStart) / ((holdEnd - start) / 1e9), othersCores(), profile.summary(),
                        held() ? "HELD" : "NOT HELD: " + why());
            }
        }
    }

    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    // ----------------------------------------------------------------------------------------------- public query

    /**
     * The public query page (query.xhtml, a stateless view) posted as its query button does, by citizens each
     * behind the centre's proxy at their own address (X-Forwarded-For; the server trusts 127.0.0.1 as proxy).
     */
    static final class Query {
        final Api api;
        String action = "/query.xhtml";
        String viewState = "stateless";
        /** PrimeFaces' CSP mode refuses a postback without the nonce its page gave out. */
        String nonce = "";

        Query(Api api) {
            this.api = api;
        }

        void run() throws Exception {
            List<String[]> pool = casesWithPasswords(intSetting("queryCases", 50) + intSetting("floodCases", 100));
            List<String[]> legit = pool.subList(0, intSetting("queryCases", 50));
            List<String[]> flooded = pool.subList(legit.size(), pool.size());
            learnForm();

            // the form works as a browser uses it: right password finds the case, a wrong one does not
            String[] probe = legit.get(0);
            String answer = await(query(probe[0], probe[1], randomAddress())).body();
            if (!found(answer, probe[0])) {
                log("the query page did not find " + probe[0] + " with its password; answer: "
                        + answer.substring(0, Math.min(600, answer.length())));
                System.exit(1);
            }

            // unloaded: one query a second
            Latencies single = new Latencies();
            Outcomes singleOutcomes = new Outcomes();
            queries(1, intSetting("querySingleSeconds", 10), legit, single, singleOutcomes);
            result("query: latency unloaded (1/s) p50", ms(single.percentile(50)), single.summary());

            double rate = doubleSetting("queryRate", 50);
            int seconds = intSetting("querySeconds", 60);
            Latencies loaded = new Latencies();
            Outcomes outcomes = new Outcomes();
            CpuWindow queryCpu = new CpuWindow();
            long sent = queries(rate, seconds, legit, loaded, outcomes);
            String queryCpuSummary = queryCpu.summary();
            log("queries at " + rate + "/s: " + loaded.summary() + " " + outcomes);
            result("query: p50 / p99 at " + Throughput.fmt(rate) + "/s", ms(loaded.percentile(50)) + " / "
                            + ms(loaded.percentile(99)),
                    sent + " sent over " + seconds + " s, outcomes " + outcomes + "; " + queryCpuSummary
                            + "; target p99 <= 300 ms");
            settle();

            // the staff inbox, first alone, then while wrong-password queries flood in from many addresses
            double inboxRate = doubleSetting("inboxRate", 5);
            Latencies quiet = new Latencies();
            Outcomes quietOutcomes = new Outcomes();
            int inboxSize = inboxSize();
            inbox(inboxRate, intSetting("inboxQuietSeconds", 20), quiet, quietOutcomes, () -> false);
            result("inbox: p50 / p99 without flood", ms(quiet.percentile(50)) + " / " + ms(quiet.percentile(99)),
                    quiet.count() + " GET /api/v1/tasks (approver) at " + Throughput.fmt(inboxRate) + "/s, "
                            + inboxSize + " open steps in it");

            double floodRate = doubleSetting("floodRate", 200);
            int floodSeconds = intSetting("floodSeconds", 60);
            Latencies flood = new Latencies();
            Outcomes floodOutcomes = new Outcomes();
            Latencies busy = new Latencies();
            Outcomes busyOutcomes = new Outcomes();
            CpuWindow floodCpu = new CpuWindow();
            Thread inboxThread = new Thread(() -> inbox(inboxRate, floodSeconds, busy, busyOutcomes, () -> false));
            inboxThread.start();
            List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
            long floodSent = schedule(floodRate, floodSeconds, scheduled -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                // half real acceptance numbers (their password is checked until the number is locked),
                // half numbers that do not exist; every password wrong, every client address new
                String no = r.nextBoolean() ? flooded.get(r.nextInt(flooded.size()))[0]
                        : "SL20260101" + Long.toString(r.nextLong(36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
                pending.add(query(no, "WRONG" + r.nextInt(1_000_000), randomAddress()).whenComplete((response, failure) -> {
                    flood.addSince(scheduled);
                    floodOutcomes.add(failure != null ? outcome(failure)
                            : response.statusCode() != 200 ? "status " + response.statusCode()
                            : response.body().contains("resultNumber") ? "FOUND (unexpected)"
                            : response.body().contains("分钟") || response.body().contains("minutes") ? "locked"
                            : "not found");
                }));
            }, () -> false);
            inboxThread.join();
            String floodCpuSummary = floodCpu.summary();
            for (CompletableFuture<?> f : new ArrayList<>(pending)) {
                try {
                    f.get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // counted by its own handler
                }
            }
            log("flood: " + flood.summary() + " " + floodOutcomes + "; inbox " + busy.summary() + " " + busyOutcomes);
            result("inbox: p50 / p99 during flood", ms(busy.percentile(50)) + " / " + ms(busy.percentile(99)),
                    busy.count() + " inbox calls, outcomes " + busyOutcomes + "; " + floodCpuSummary
                            + "; target p99 <= 500 ms");
            result("flood: wrong-password queries", floodSent + " at " + Throughput.fmt(floodRate) + "/s",
                    "from " + floodSent + " random addresses, half real numbers; answered p50 "
                            + ms(flood.percentile(50)) + " p99 " + ms(flood.percentile(99)) + ", " + floodOutcomes);
            settle();
        }

        private long queries(double rate, int seconds, List<String[]> cases, Latencies latencies, Outcomes outcomes) {
            AtomicInteger next = new AtomicInteger();
            List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
            long sent = schedule(rate, seconds, scheduled -> {
                String[] c = cases.get(Math.floorMod(next.getAndIncrement(), cases.size()));
                pending.add(query(c[0], c[1], randomAddress()).whenComplete((response, failure) -> {
                    latencies.addSince(scheduled);
                    outcomes.add(failure != null ? outcome(failure)
                            : response.statusCode() != 200 ? "status " + response.statusCode()
                            : found(response.body(), c[0]) ? "found" : "NOT FOUND");
                }));
            }, () -> false);
            for (CompletableFuture<?> f : new ArrayList<>(pending)) {
                try {
                    f.get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // counted by its own handler
                }
            }
            return sent;
        }

        private void inbox(double rate, int seconds, Latencies latencies, Outcomes outcomes, Supplier<Boolean> abort) {
            List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
            schedule(rate, seconds, scheduled -> pending.add(api.get("approver", "/api/v1/tasks")
                    .whenComplete((response, failure) -> {
                        latencies.addSince(scheduled);
                        outcomes.add(failure != null ? outcome(failure) : "status " + response.statusCode());
                    })), abort);
            for (CompletableFuture<?> f : new ArrayList<>(pending)) {
                try {
                    f.get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // counted by its own handler
                }
            }
        }

        private int inboxSize() throws IOException {
            return objects(await(api.get("approver", "/api/v1/tasks")).body()).size();
        }

        CompletableFuture<HttpResponse<String>> query(String number, String password, String address) {
            String body = form(Map.of(
                    "jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "queryForm:query",
                    "jakarta.faces.partial.execute", "queryForm:query queryForm:number queryForm:password",
                    "jakarta.faces.partial.render", "queryForm:messages queryForm:result",
                    "queryForm:query", "queryForm:query",
                    "queryForm", "queryForm",
                    "queryForm:number", number,
                    "queryForm:password", password,
                    "jakarta.faces.ViewState", viewState,
                    "primefaces.nonce", nonce));
            return api.form(action, body, address);
        }

        static boolean found(String answer, String number) {
            return answer.contains("resultNumber\">" + number) || answer.contains("resultNumber\" >" + number);
        }

        private void learnForm() throws IOException {
            String page = await(api.open("/query.xhtml")).body();
            Matcher form = Pattern.compile("<form[^>]*id=\"queryForm\"[^>]*>").matcher(page);
            if (form.find()) {
                Matcher act = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
                if (act.find()) {
                    action = act.group(1).replace("&amp;", "&");
                    int semicolon = action.indexOf(";jsessionid");
                    if (semicolon >= 0) {
                        action = action.substring(0, semicolon);
                    }
                }
            }
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
            if (state.find()) {
                viewState = state.group(1);
            }
            Matcher csp = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)").matcher(page);
            if (csp.find()) {
                nonce = csp.group(1);
            }
            log("query form posts to " + action + " with view state " + viewState + (nonce.isEmpty() ? ", no CSP nonce"
                    : ", and the page's CSP nonce"));
        }

        /** Cases with their query passwords: those the throughput run issued, topped up by new ones. */
        private List<String[]> casesWithPasswords(int wanted) throws Exception {
            List<String[]> pool = new ArrayList<>();
            Path file = work.resolve("cases-" + label + ".txt");
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split(" ");
                    if (parts.length == 2 && !parts[1].equals("null")) {
                        pool.add(parts);
                    }
                }
            }
            Collections.shuffle(pool);
            int serial = 0;
            while (pool.size() < wanted) {
                String external = "bench-q-" + ProcessHandle.current().pid() + "-" + serial++;
                HttpResponse<String> submitted = await(api.post("interop", "/api/v1/applications", """
                        {"itemCode":"%s","externalReference":"%s","applicant":{"kind":"PERSON","name":"李四",\
                        "idNumber":"%s","phone":"13800000000"}}""".formatted(ITEM, external, residentId())));
                if (submitted.statusCode() != 201) {
                    throw new IOException("submit answered " + submitted.statusCode() + ": " + submitted.body());
                }
                HttpResponse<String> accepted = await(api.post("clerk", "/api/v1/applications/"
                        + field(submitted.body(), "trackingReference") + "/acceptance", "{}"));
                if (accepted.statusCode() != 200) {
                    throw new IOException("accept answered " + accepted.statusCode() + ": " + accepted.body());
                }
                pool.add(new String[]{field(accepted.body(), "acceptanceNumber"), field(accepted.body(), "queryPassword")});
            }
            return pool.subList(0, wanted);
        }

        /**
         * Waits (at most 5 minutes) until the server answers an open call quickly again: what an overload queued
         * has been worked off, also the requests whose callers gave up waiting.
         */
        private void settle() {
            long t0 = System.nanoTime();
            long end = t0 + 300_000_000_000L;
            int quick = 0;
            while (quick < 3 && System.nanoTime() < end) {
                long t = System.nanoTime();
                try {
                    await(api.open("/api/v1/departments"));
                    quick = (System.nanoTime() - t) < 200_000_000L ? quick + 1 : 0;
                } catch (IOException e) {
                    quick = 0;
                }
                sleep(1000);
            }
            log(String.format(Locale.ROOT, "server answered quickly again after %.0f s%s", (System.nanoTime() - t0) / 1e9,
                    quick < 3 ? " (gave up waiting)" : ""));
        }
    }

    static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    // ------------------------------------------------------------------------------------------------ deadlines

    /**
     * Deadline scale on PostgreSQL: open steps are put straight into the database (generate_series), far from
     * due, in batches up to each count of bench.deadlineCounts; after each count the next deadline watch pass
     * is read from the server log (its line "Deadline watch pass: N ms ..."), a few probe steps fall due across
     * a minute and the delay from each due instant to its recorded OVERDUE transition is measured, and the
     * EJB timers are counted.
     */
    static final class Deadlines {
        static final long SEED_BASE = 1_000_000_000L;
        static final long PROBE_BASE = 1_900_000_000L;
        static final Pattern PASS = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) .*"
                + "Deadline watch pass: (\\d+) ms \\(scan (\\d+) ms, cards (\\d+) ms\\), (\\d+) step\\(s\\) warned, (\\d+) overdue");
        static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

        final String jdbc;
        final Path serverLog;

        Deadlines(String jdbc, Path serverLog) {
            this.jdbc = jdbc;
            this.serverLog = serverLog;
        }

        void run() throws Exception {
            try (Connection db = DriverManager.getConnection(jdbc, "govflow", "govflow")) {
                db.setAutoCommit(true);
                result("timers before seeding", timers(db), "jboss_ejb_timer rows of GovFlow");
                long seeded = 0;
                int round = 0;
                for (String c : setting("deadlineCounts", "100000,1000000").split(",")) {
                    long count = Long.parseLong(c.strip());
                    long t = System.nanoTime();
                    while (seeded < count) {
                        long upto = Math.min(count, seeded + 100_000);
                        seed(db, seeded + 1, upto);
                        seeded = upto;
                    }
                    try (Statement s = db.createStatement()) {
                        s.execute("ANALYZE approval_case");
                        s.execute("ANALYZE case_step");
                    }
                    long open = count(db, "SELECT count(*) FROM case_step WHERE state = 'RUNNING'");
                    String n = String.format(Locale.ROOT, "%,d", count);
                    log("seeded " + n + " steps in " + Math.round((System.nanoTime() - t) / 1e9) + " s; running steps: " + open);
                    Instant seededAt = Instant.now();

                    long[] idle = nextPass(seededAt, 150);
                    result("deadline " + n + ": idle pass", idle == null ? "no pass logged" : idle[0] + " ms",
                            idle == null ? "" : "scan " + idle[1] + " ms + cards " + idle[2] + " ms; " + open
                                    + " running steps; target <= 50 ms at 1,000,000");

                    probe(db, round++, n);
                    result("deadline " + n + ": timers", timers(db), "must not grow with the cases");
                }
            }
        }

        private void seed(Connection db, long from, long to) throws SQLException {
            try (PreparedStatement cases = db.prepareStatement("INSERT INTO approval_case (id, acceptance_no,"
                    + " item_code, item_name, department_code, applicant_kind, applicant_name, applicant_id_no,"
                    + " applicant_phone, state, received_at, received_by, accepted_at, accepted_by, promised_days,"
                    + " legal_days, clock_started_on, last_action_at) SELECT ? + g, 'SB' || lpad(g::text, 12, '0'),"
                    + " 'JYJ-BENCH', '基准测试事项', 'JYJ', 'PERSON', '基准测试', '110105198001010000', '13800000000',"
                    + " 'IN_PROGRESS', now(), 'bench', now(), 'bench', 20, 20, current_date, now()"
                    + " FROM generate_series(?::bigint, ?::bigint) g");
                 PreparedStatement steps = db.prepareStatement("INSERT INTO case_step (id, case_id, seq, name, kind,"
                         + " department_code, department_name, post, limit_days, excluded, state, runs, started_at,"
                         + " clock_started_on, due_date, warn_at, due_at, deadline_state) SELECT ? + g, ? + g, 2, '审查',"
                         + " 'REVIEW', 'JYJ', '市教育局', '科员', 20, false, 'RUNNING', 1, now(), current_date,"
                         + " current_date + 30, now() + interval '20 days' + (g % 10000) * interval '1 minute',"
                         + " now() + interval '30 days' + (g % 10000) * interval '1 minute', 'ON_TIME'"
                         + " FROM generate_series(?::bigint, ?::bigint) g")) {
                for (PreparedStatement insert : List.of(cases, steps)) {
                    insert.setLong(1, SEED_BASE);
                    int i = 2;
                    if (insert == steps) {
                        insert.setLong(i++, SEED_BASE);
                    }
                    insert.setLong(i++, from);
                    insert.setLong(i, to);
                    insert.executeUpdate();
                }
            }
        }

        /**
         * Probe steps due every few seconds across the next minute: the watch runs once a minute, so together they
         * show the whole range of delays from a due instant to its transition.
         */
        private void probe(Connection db, int round, String n) throws Exception {
            int probes = intSetting("deadlineProbes", 12);
            long base = PROBE_BASE + round * 1000L;
            Instant first = Instant.now().plusSeconds(70);
            try (PreparedStatement cases = db.prepareStatement("INSERT INTO approval_case (id, acceptance_no,"
                    + " item_code, item_name, department_code, applicant_kind, applicant_name, applicant_id_no,"
                    + " applicant_phone, state, received_at, received_by, accepted_at, accepted_by, promised_days,"
                    + " legal_days, clock_started_on, last_action_at) VALUES (?, ?, 'JYJ-BENCH', '基准测试事项', 'JYJ',"
                    + " 'PERSON', '基准测试', '110105198001010000', '13800000000', 'IN_PROGRESS', now(), 'bench',"
                    + " now(), 'bench', 20, 20, current_date, now())");
                 PreparedStatement steps = db.prepareStatement("INSERT INTO case_step (id, case_id, seq, name, kind,"
                         + " department_code, department_name, post, limit_days, excluded, state, runs, started_at,"
                         + " clock_started_on, due_date, warn_at, due_at, deadline_state) VALUES (?, ?, 2, '审查',"
                         + " 'REVIEW', 'JYJ', '市教育局', '科员', 1, false, 'RUNNING', 1, now(), current_date,"
                         + " current_date, ?, ?, 'ON_TIME')")) {
                for (int j = 0; j < probes; j++) {
                    long id = base + j;
                    cases.setLong(1, id);
                    cases.setString(2, "SP" + id);
                    cases.executeUpdate();
                    java.sql.Timestamp due = java.sql.Timestamp.from(first.plusMillis(j * 60_000L / probes));
                    steps.setLong(1, id);
                    steps.setLong(2, id);
                    steps.setTimestamp(3, due);
                    steps.setTimestamp(4, due);
                    steps.executeUpdate();
                }
            }
            Instant inserted = Instant.now();
            // each probe's transition as recorded (overdue_at) and as first visible to others (its commit)
            Map<Long, double[]> delays = new HashMap<>();
            long deadline = System.nanoTime() + 240_000_000_000L;
            while (delays.size() < probes && System.nanoTime() < deadline) {
                try (PreparedStatement q = db.prepareStatement("SELECT id, due_at, overdue_at FROM case_step"
                        + " WHERE id BETWEEN ? AND ? AND deadline_state = 'OVERDUE'")) {
                    q.setLong(1, base);
                    q.setLong(2, base + probes - 1);
                    try (ResultSet rs = q.executeQuery()) {
                        Instant seen = Instant.now();
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            if (!delays.containsKey(id)) {
                                Instant due = rs.getTimestamp(2).toInstant();
                                Instant recorded = rs.getTimestamp(3).toInstant();
                                delays.put(id, new double[]{Duration.between(due, recorded).toMillis() / 1000.0,
                                        Duration.between(due, seen).toMillis() / 1000.0});
                            }
                        }
                    }
                }
                sleep(500);
            }
            double recordedMax = delays.values().stream().mapToDouble(d -> d[0]).max().orElse(Double.NaN);
            double visibleMax = delays.values().stream().mapToDouble(d -> d[1]).max().orElse(Double.NaN);
            double visibleMean = delays.values().stream().mapToDouble(d -> d[1]).average().orElse(Double.NaN);
            result("deadline " + n + ": due -> OVERDUE, max", String.format(Locale.ROOT, "%.1f s", visibleMax),
                    String.format(Locale.ROOT, "%d of %d probes due across a minute made it; committed max %.1f s "
                                    + "(mean %.1f s) after due, stamped max %.1f s; target <= 60 s", delays.size(), probes,
                            visibleMax, visibleMean, recordedMax));
            long[] busy = slowestPassWithOverdue(inserted);
            if (busy != null) {
                result("deadline " + n + ": slowest pass with transitions", busy[0] + " ms",
                        "scan " + busy[1] + " ms + cards " + busy[2] + " ms; " + busy[3] + " warned, " + busy[4]
                                + " overdue, with their audit entries and cards");
            }
        }

        /** The first pass logged that started after the instant: {total, scan, cards, warned, overdue} ms. */
        private long[] nextPass(Instant after, int waitSeconds) throws IOException {
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                for (long[] pass : passes()) {
                    Instant started = Instant.ofEpochMilli(pass[5]).minusMillis(pass[0]);
                    if (started.isAfter(after)) {
                        return pass;
                    }
                }
                sleep(1000);
            }
            return null;
        }

        private long[] slowestPassWithOverdue(Instant after) throws IOException {
            long[] slowest = null;
            for (long[] pass : passes()) {
                boolean startedAfter = Instant.ofEpochMilli(pass[5]).minusMillis(pass[0]).isAfter(after);
                if (startedAfter && pass[4] > 0 && (slowest == null || pass[0] > slowest[0])) {
                    slowest = pass;
                }
            }
            return slowest;
        }

        private List<long[]> passes() throws IOException {
            List<long[]> found = new ArrayList<>();
            if (!Files.exists(serverLog)) {
                return found;
            }
            try (RandomAccessFile file = new RandomAccessFile(serverLog.toFile(), "r")) {
                String line;
                while ((line = file.readLine()) != null) {
                    Matcher m = PASS.matcher(line);
                    if (m.find()) {
                        long at = LocalDateTime.parse(m.group(1), LOG_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
                        found.add(new long[]{Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)), at});
                    }
                }
            }
            return found;
        }

        private static String timers(Connection db) throws SQLException {
            StringBuilder which = new StringBuilder();
            long total = 0;
            try (ResultSet rs = db.createStatement().executeQuery("SELECT timed_object_id, count(*) FROM jboss_ejb_timer"
                    + " WHERE partition_name = 'govflow' GROUP BY timed_object_id ORDER BY timed_object_id")) {
                while (rs.next()) {
                    String bean = rs.getString(1);
                    which.append(which.length() == 0 ? "" : ", ").append(bean.substring(bean.lastIndexOf('.') + 1))
                            .append(' ').append(rs.getLong(2));
                    total += rs.getLong(2);
                }
            }
            return total + " (" + which + ")";
        }

        private static long count(Connection db, String sql) throws SQLException {
            try (ResultSet rs = db.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- JSON helpers

    /** A string field of a flat JSON object (enough for the few fields read here). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** The objects of a JSON array of flat objects. */
    static List<String> objects(String json) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*}").matcher(json);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** A well-formed resident ID number (GB 11643: MOD 11-2 check character) with a random sequence. */
    static String residentId() {
        String body = "110105" + "19800101" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
