import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clients and the invariant check of ci/crash-check.sh (see the README's "Crash safety").
 *
 * <pre>
 * java -cp postgresql.jar ci/CrashCheck.java load   &lt;base url&gt; &lt;jdbc url&gt; &lt;work dir&gt; &lt;clients&gt;
 * java -cp postgresql.jar ci/CrashCheck.java pending &lt;base url&gt; &lt;jdbc url&gt; &lt;work dir&gt; 0
 * java -cp postgresql.jar ci/CrashCheck.java verify &lt;base url&gt; &lt;jdbc url&gt; &lt;work dir&gt; &lt;greenmail api url&gt;
 * </pre>
 *
 * load runs until the file &lt;work dir&gt;/stop appears. Its clients submit applications (interop), accept
 * them at the window (clerk) and pass the SCJ steps (approver, head) over the REST API while the server is
 * killed and restarted under them; a mail writer puts mails into the outbox. Every operation the server
 * acknowledged (a 2xx answer) and every committed outbox row is appended to &lt;work dir&gt;/acks. A request
 * that got no answer is unknown: it may or may not have happened, and the check allows either.
 * verify compares the acks with the database and with what GreenMail received; it exits 1 on a violation.
 */
public class CrashCheck {

    private static final String PASSWORD = "GovFlow2026";
    private static final String ITEM = "SCJ-001";
    private static final String REFERENCE_PREFIX = "crash-";
    private static final String MAIL_TO = "crash-check@govflow.local";

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || !Set.of("load", "pending", "verify").contains(args[0])) {
            System.err.println("usage: CrashCheck load <base url> <jdbc url> <work dir> <clients>"
                    + " | pending <base url> <jdbc url> <work dir> 0"
                    + " | verify <base url> <jdbc url> <work dir> <greenmail api url>");
            System.exit(2);
        }
        Path work = Path.of(args[3]);
        if (args[0].equals("pending")) {
            try (Connection db = DriverManager.getConnection(args[2], "govflow", "govflow")) {
                System.out.println(Verify.count(db, "SELECT count(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')"));
            }
        } else if (args[0].equals("load")) {
            new Load(args[1], args[2], work).run(Integer.parseInt(args[4]));
        } else {
            List<String> violations = new Verify(args[2], work, args[4]).run();
            violations.forEach(v -> System.out.println("VIOLATION " + v));
            System.exit(violations.isEmpty() ? 0 : 1);
        }
    }

    /** The acknowledged operations, one a line: kind, then its keys, separated by blanks. */
    static final class Acks {
        private final PrintWriter out;

        Acks(Path file) throws IOException {
            out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        }

        synchronized void add(String... fields) {
            out.println(String.join(" ", fields));
        }
    }

    static final class Load {
        private final String base;
        private final String jdbcUrl;
        private final Path work;
        private final Acks acks;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final AtomicInteger serial = new AtomicInteger();
        private final Map<String, AtomicInteger> counts = new HashMap<>();

        Load(String base, String jdbcUrl, Path work) throws IOException {
            this.base = base;
            this.jdbcUrl = jdbcUrl;
            this.work = work;
            this.acks = new Acks(work.resolve("acks"));
        }

        void run(int clients) throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                threads.add(new Thread(() -> loop(this::submitAndAccept), "window-" + i));
                threads.add(new Thread(() -> loop(this::passOpenSteps), "approver-" + i));
            }
            threads.add(new Thread(() -> loop(this::queueMail), "mail"));
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            System.out.println("[crash-check] load stopped: " + counts);
        }

        private void loop(Step step) {
            while (!Files.exists(work.resolve("stop"))) {
                try {
                    step.run();
                } catch (IOException | SQLException e) {
                    // The server (or its database connection) is down or going down: wait and try again
                    count("unanswered");
                    sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void submitAndAccept() throws IOException, InterruptedException {
            String external = REFERENCE_PREFIX + ProcessHandle.current().pid() + "-" + serial.incrementAndGet();
            HttpResponse<String> submitted = post("interop", "/api/v1/applications", """
                    {"itemCode":"%s","externalReference":"%s","applicant":{"kind":"PERSON","name":"张三丰",\
                    "idNumber":"%s","phone":"13800000000"}}""".formatted(ITEM, external, residentId()));
            if (submitted.statusCode() != 201) {
                count("submit " + submitted.statusCode());
                return;
            }
            String reference = field(submitted.body(), "trackingReference");
            acks.add("SUBMITTED", reference, external);
            HttpResponse<String> accepted = post("clerk", "/api/v1/applications/" + reference + "/acceptance", "{}");
            if (accepted.statusCode() != 200) {
                count("accept " + accepted.statusCode());
                return;
            }
            acks.add("ACCEPTED", reference, field(accepted.body(), "acceptanceNumber"));
            count("accepted");
        }

        private void passOpenSteps() throws IOException, InterruptedException {
            boolean any = false;
            for (String account : List.of("approver", "head")) {
                HttpResponse<String> tasks = send(account, HttpRequest.newBuilder(uri("/api/v1/tasks")).GET());
                if (tasks.statusCode() != 200) {
                    count("tasks " + tasks.statusCode());
                    continue;
                }
                for (String task : objects(tasks.body())) {
                    boolean decision = "DECISION".equals(field(task, "kind"));
                    if (decision != account.equals("head") || !"RUNNING".equals(field(task, "state"))
                            || !ITEM.equals(field(task, "itemCode"))) {
                        continue;
                    }
                    any = true;
                    String stepId = number(task, "stepId");
                    HttpResponse<String> passed = post(account, "/api/v1/tasks/" + stepId + "/pass",
                            "{\"opinion\":\"同意（崩溃测试）\",\"version\":" + number(task, "version") + "}");
                    if (passed.statusCode() == 200) {
                        acks.add("PASSED", stepId, field(task, "acceptanceNumber"));
                        count("passed");
                    } else {
                        count("pass " + passed.statusCode());
                    }
                }
            }
            if (!any) {
                sleep(300);
            }
        }

        /** A mail put straight into the outbox, as a change that causes one would: the outbox must send it once. */
        private void queueMail() throws SQLException {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "govflow", "govflow")) {
                long id;
                try (ResultSet rs = db.createStatement().executeQuery("SELECT nextval('mail_outbox_seq')")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                String subject = "crash-check mail " + id;
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO mail_outbox (id, recipient, subject,"
                        + " body, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'PENDING', 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                    insert.setLong(1, id);
                    insert.setString(2, MAIL_TO);
                    insert.setString(3, subject);
                    insert.setString(4, "一封待发邮件 " + id);
                    insert.executeUpdate();
                }
                acks.add("MAIL", String.valueOf(id), subject.replace(' ', '_'));
                count("mails");
            }
            sleep(1000);
        }

        private HttpResponse<String> post(String account, String path, String json)
                throws IOException, InterruptedException {
            return send(account, HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        private HttpResponse<String> send(String account, HttpRequest.Builder request)
                throws IOException, InterruptedException {
            String credentials = Base64.getEncoder()
                    .encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return http.send(request.header("Authorization", "Basic " + credentials)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private URI uri(String path) {
            return URI.create(base + path);
        }

        private synchronized void count(String what) {
            counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }

        /** A well-formed resident ID number (GB 11643: MOD 11-2 check character) with a random sequence. */
        private static String residentId() {
            String body = "110105" + "19800101" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
            int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            return body + "10X98765432".charAt(sum % 11);
        }
    }

    static final class Verify {
        private final String jdbcUrl;
        private final Path work;
        private final String greenmail;
        private final List<String> violations = new ArrayList<>();

        Verify(String jdbcUrl, Path work, String greenmail) {
            this.jdbcUrl = jdbcUrl;
            this.work = work;
            this.greenmail = greenmail;
        }

        List<String> run() throws Exception {
            List<String[]> acks = Files.readAllLines(work.resolve("acks"), StandardCharsets.UTF_8).stream()
                    .map(line -> line.split(" ")).toList();
            try (Connection db = DriverManager.getConnection(jdbcUrl, "govflow", "govflow")) {
                acknowledgedWorkIsThere(db, acks);
                noAcceptanceNumberTwice(db, acks);
                noStepHalfApplied(db);
                everyRunningStepIsWatched(db);
                pendingMailSentOnce(db, acks);
            }
            return violations;
        }

        private void acknowledgedWorkIsThere(Connection db, List<String[]> acks) throws SQLException {
            int submitted = 0, accepted = 0, passed = 0;
            for (String[] ack : acks) {
                switch (ack[0]) {
                    case "SUBMITTED" -> {
                        submitted++;
                        expect(count(db, "SELECT count(*) FROM approval_case WHERE tracking_ref = ?"
                                + " AND external_reference = ?", ack[1], ack[2]) == 1, "submission " + ack[1] + " lost");
                    }
                    case "ACCEPTED" -> {
                        accepted++;
                        expect(count(db, "SELECT count(*) FROM approval_case WHERE tracking_ref = ? AND acceptance_no = ?"
                                + " AND accepted_at IS NOT NULL AND state <> 'SUBMITTED'", ack[1], ack[2]) == 1,
                                "acceptance " + ack[2] + " of " + ack[1] + " lost");
                    }
                    case "PASSED" -> {
                        passed++;
                        expect(count(db, "SELECT count(*) FROM case_step s JOIN approval_case c ON c.id = s.case_id"
                                + " WHERE s.id = ? AND c.acceptance_no = ? AND s.state = 'DONE' AND EXISTS (SELECT 1"
                                + " FROM step_action a WHERE a.step_id = s.id AND a.action_type = 'PASS')",
                                Long.parseLong(ack[1]), ack[2]) == 1, "pass of step " + ack[1] + " (" + ack[2] + ") lost");
                    }
                    default -> {
                    }
                }
            }
            System.out.printf("[crash-check] acknowledged: %d submissions, %d acceptances, %d passes%n",
                    submitted, accepted, passed);
            expect(accepted > 0 && passed > 0, "the clients got nothing acknowledged: the check proves nothing");
        }

        private void noAcceptanceNumberTwice(Connection db, List<String[]> acks) throws SQLException {
            for (String number : strings(db, "SELECT acceptance_no FROM approval_case WHERE acceptance_no IS NOT NULL"
                    + " GROUP BY acceptance_no HAVING count(*) > 1")) {
                violations.add("acceptance number " + number + " used twice");
            }
            Map<String, String> byNumber = new HashMap<>();
            for (String[] ack : acks) {
                if (ack[0].equals("ACCEPTED")) {
                    String earlier = byNumber.putIfAbsent(ack[2], ack[1]);
                    expect(earlier == null || earlier.equals(ack[1]),
                            "acceptance number " + ack[2] + " acknowledged for " + earlier + " and " + ack[1]);
                }
            }
        }

        /** Case state, step records, audit entries: every change of an action is there, or none of it. */
        private void noStepHalfApplied(Connection db) throws SQLException {
            String ours = " c.external_reference LIKE '" + REFERENCE_PREFIX + "%'";
            // Accepted exactly when there is one acceptance action and one acceptance audit entry
            report(db, "SELECT c.acceptance_no FROM approval_case c WHERE" + ours + " AND ((c.accepted_at IS NOT NULL)"
                    + " <> (c.acceptance_no IS NOT NULL) OR (c.state = 'SUBMITTED') <> (c.accepted_at IS NULL)"
                    + " OR (SELECT count(*) FROM audit_entry e WHERE e.subject_type = 'case'"
                    + " AND e.subject_id = CAST(c.id AS VARCHAR) AND e.action LIKE 'CASE_ACCEPTED%')"
                    + " <> (CASE WHEN c.accepted_at IS NULL THEN 0 ELSE 1 END))",
                    "case %s: acceptance, state and audit disagree");
            // A step is DONE exactly when it has its one completing action (the window's acceptance or issue, a
            // department's pass), and every pass has its audit entry
            report(db, "SELECT CAST(s.id AS VARCHAR) FROM case_step s JOIN approval_case c ON c.id = s.case_id WHERE"
                    + ours + " AND (s.state = 'DONE') <> ((SELECT count(*) FROM step_action a WHERE a.step_id = s.id"
                    + " AND a.action_type = CASE s.kind WHEN 'ACCEPT' THEN 'ACCEPT' WHEN 'ISSUE' THEN 'ISSUE'"
                    + " ELSE 'PASS' END) = 1)", "step %s: state and completing action disagree");
            report(db, "SELECT c.acceptance_no FROM approval_case c WHERE" + ours + " AND (SELECT count(*)"
                    + " FROM step_action a JOIN case_step s ON s.id = a.step_id WHERE s.case_id = c.id"
                    + " AND a.action_type = 'PASS') <> (SELECT count(*) FROM audit_entry e WHERE e.subject_type = 'case'"
                    + " AND e.subject_id = CAST(c.id AS VARCHAR) AND e.action = 'STEP_PASSED')",
                    "case %s: pass actions and audit entries disagree");
            // The case state follows its steps: in progress while a department step runs; to issue once every
            // department step is done, with the window's issue step running
            String departmentStep = " s.case_id = c.id AND s.kind IN ('REVIEW', 'DECISION')";
            report(db, "SELECT c.acceptance_no FROM approval_case c WHERE" + ours + " AND ((c.state = 'IN_PROGRESS'"
                    + " AND NOT EXISTS (SELECT 1 FROM case_step s WHERE" + departmentStep + " AND s.state = 'RUNNING'))"
                    + " OR (c.state = 'TO_ISSUE' AND (EXISTS (SELECT 1 FROM case_step s WHERE" + departmentStep
                    + " AND s.state IN ('PENDING', 'RUNNING')) OR NOT EXISTS (SELECT 1 FROM case_step s"
                    + " WHERE s.case_id = c.id AND s.kind = 'ISSUE' AND s.state = 'RUNNING'))))",
                    "case %s: state and steps disagree");
        }

        private void everyRunningStepIsWatched(Connection db) throws SQLException {
            report(db, "SELECT CAST(s.id AS VARCHAR) FROM case_step s WHERE s.state = 'RUNNING' AND s.due_at IS NULL",
                    "running step %s has no deadline to watch");
            long watches = count(db, "SELECT count(*) FROM jboss_ejb_timer WHERE partition_name = 'govflow'"
                    + " AND timed_object_id LIKE '%DeadlineWatch'");
            expect(watches == 1, "deadline watch timers: " + watches + ", expected exactly 1");
            long outboxTimers = count(db, "SELECT count(*) FROM jboss_ejb_timer WHERE partition_name = 'govflow'"
                    + " AND timed_object_id LIKE '%MailOutbox'");
            expect(outboxTimers == 1, "mail outbox timers: " + outboxTimers + ", expected exactly 1");
        }

        private void pendingMailSentOnce(Connection db, List<String[]> acks) throws Exception {
            Map<String, Integer> received = new HashMap<>();
            String inbox = get(greenmail + "/api/user/" + URLEncoder.encode(MAIL_TO, StandardCharsets.UTF_8)
                    + "/messages/INBOX");
            Matcher subjects = Pattern.compile("\"subject\"\\s*:\\s*\"(crash-check mail \\d+)\"").matcher(inbox);
            while (subjects.find()) {
                received.merge(subjects.group(1), 1, Integer::sum);
            }
            Set<String> queued = new HashSet<>();
            for (String[] ack : acks) {
                if (ack[0].equals("MAIL")) {
                    String subject = ack[2].replace('_', ' ');
                    queued.add(subject);
                    expect(count(db, "SELECT count(*) FROM mail_outbox WHERE id = ? AND status = 'SENT'",
                            Long.parseLong(ack[1])) == 1, "outbox mail " + ack[1] + " not marked sent");
                    int times = received.getOrDefault(subject, 0);
                    expect(times == 1, "\"" + subject + "\" received " + times + " times");
                }
            }
            System.out.printf("[crash-check] mails: %d queued, %d distinct received%n", queued.size(), received.size());
        }

        private void report(Connection db, String sql, String message) throws SQLException {
            for (String key : strings(db, sql)) {
                violations.add(message.formatted(key));
            }
        }

        private void expect(boolean holds, String violation) {
            if (!holds) {
                violations.add(violation);
            }
        }

        private static long count(Connection db, String sql, Object... params) throws SQLException {
            try (PreparedStatement query = db.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    query.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        private static List<String> strings(Connection db, String sql) throws SQLException {
            List<String> found = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }

        private static String get(String url) throws IOException, InterruptedException {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        }
    }

    @FunctionalInterface
    interface Step {
        void run() throws IOException, InterruptedException, SQLException;
    }

    /** A string field of a flat JSON object (enough for the few fields read here). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new UncheckedIOException(new IOException("no " + name + " in " + json));
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
