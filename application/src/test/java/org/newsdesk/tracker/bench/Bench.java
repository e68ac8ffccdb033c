package org.newsdesk.tracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.newsdesk.tracker.integrity.NoteSigner;

/**
 * The performance figures of issue 6, measured against this machine's PostgreSQL and
 * printed as medians with one {@code name=value} line each; {@code bench/run} calls it
 * with the raw PostgreSQL figures it measured in the same run.
 */
public final class Bench {

	private static final List<String> PROJECTIONS = List.of("board", "timeline", "registers", "audit");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, String> options;

	private final boolean quick;

	private final Map<String, String> figures = new LinkedHashMap<>();

	private final Path work;

	private Bench(Map<String, String> options) throws IOException {
		this.options = options;
		this.quick = options.containsKey("quick");
		this.work = Files.createDirectories(Path.of(options.getOrDefault("work", "bench/out/work")));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String name = arg.replaceFirst("^--", "");
			int equals = name.indexOf('=');
			options.put((equals < 0) ? name : name.substring(0, equals),
					(equals < 0) ? "" : name.substring(equals + 1));
		}
		new Bench(options).run();
	}

	private void figure(String name, Object value) {
		String text = (value instanceof Double number) ? String.format(java.util.Locale.ROOT, "%.3f", number)
				: String.valueOf(value);
		this.figures.put(name, text);
		System.out.println(name + "=" + text);
	}

	private static void say(String text) {
		System.err.println("[bench] " + text);
	}

	private void run() throws Exception {
		long events = Long.parseLong(this.options.getOrDefault("events", this.quick ? "50000" : "1000000"));
		int runs = Integer.parseInt(this.options.getOrDefault("runs", "3"));
		double rawAppend = Double.parseDouble(this.options.getOrDefault("raw-append-tps", "0"));
		double rawRead = Double.parseDouble(this.options.getOrDefault("raw-read-rows-s", "0"));
		figure("raw_append_tps", rawAppend);
		figure("raw_read_rows_s", rawRead);
		Path jar = Path.of(this.options.getOrDefault("jar", "application/target/tracker.jar"));
		String adminUrl = this.options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = this.options.getOrDefault("pg-user", "postgres");
		String password = this.options.getOrDefault("pg-password", "");
		String database = "tracker_bench_" + Long.toString(System.currentTimeMillis(), 36);
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + database);
		}
		String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
		say("database " + database);
		// Only the figures go to standard output, for whoever reads it as name=value
		// lines.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.flywaydb"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.placeholders(Map.of("runtime_user", user))
			.load()
			.migrate();
		Map<String, String> environment = Map.of("TRACKER_DB_URL", url, "TRACKER_DB_USER", user, "TRACKER_DB_PASSWORD",
				password);
		NoteSigner key = NoteSigner.generate("bench.tracker/events");
		List<String> arguments = List.of("--tracker.integrity.signing-key=" + key.signerKey(),
				"--tracker.integrity.seal-delay=0s", "--tracker.integrity.checkpoint-interval=PT1H");
		Path log = this.work.resolve("tracker-" + database + ".log");
		// As an operator starts it (deploy/run-tracker picks the collector).
		Path launcher = Path.of(this.options.getOrDefault("launcher", "deploy/run-tracker"));
		try (Tracker empty = Tracker.startWithScript(launcher, jar, environment, arguments, log)) {
			awaitCaughtUp(empty, Duration.ofMinutes(1));
		}
		long loadStarted = System.nanoTime();
		Archive.Written archive;
		try (Connection connection = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", user, password)) {
			archive = Archive.write(connection, events, 42);
			if (measures("rebuild")) {
				placeTokensAtHead(connection);
			}
		}
		say("archive of " + archive.events() + " events written in " + seconds(loadStarted) + " s");
		figure("archive_events", archive.events());
		try (Tracker tracker = Tracker.startWithScript(launcher, jar, environment, arguments, log)) {
			if (measures("rebuild")) {
				rebuild(tracker, archive, runs);
			}
			else {
				awaitCaughtUp(tracker, Duration.ofHours(2));
			}
			footprint(tracker);
			if (measures("asof")) {
				asOf(tracker, archive, runs);
			}
			if (measures("append")) {
				append(tracker, archive, runs, rawAppend);
				ceiling(tracker, runs);
			}
			if (measures("verify")) {
				verify(tracker, runs);
			}
		}
		// The archive's database goes before start-up is timed, so that no vacuum of it
		// competes with the starts measured.
		if (!this.options.containsKey("keep")) {
			try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
					Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists " + database);
			}
		}
		if (measures("startup")) {
			startup(jar, runs);
		}
		if (rawRead > 0 && this.figures.containsKey("rebuild_events_s")) {
			figure("rebuild_ratio", Double.parseDouble(this.figures.get("rebuild_events_s")) / rawRead);
		}
		if (rawAppend > 0 && this.figures.containsKey("append_tps")) {
			figure("append_ratio", Double.parseDouble(this.figures.get("append_tps")) / rawAppend);
			figure("http_ceiling_ratio", Double.parseDouble(this.figures.get("http_ceiling_tps")) / rawAppend);
		}
	}

	/**
	 * Whether this run measures the named figure: all of them, unless {@code --only=}
	 * lists some (rebuild, asof, append, verify, startup), for profiling one at a time.
	 */
	private boolean measures(String name) {
		String only = this.options.get("only");
		return only == null || List.of(only.split(",")).contains(name);
	}

	/**
	 * The archive was written behind the projections' back: their tokens are moved to its
	 * end, so that the rebuild measured next is the first time they read it.
	 */
	private static void placeTokensAtHead(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			long head;
			try (var rows = statement.executeQuery("select max(global_index) from domain_event_entry")) {
				rows.next();
				head = rows.getLong(1);
			}
			int updated = statement.executeUpdate("update token_entry set token_type ="
					+ " 'org.axonframework.eventhandling.GapAwareTrackingToken', token = convert_to('{\"index\":" + head
					+ ",\"gaps\":[]}', 'UTF8')");
			connection.commit();
			say(updated + " tokens placed at " + head);
		}
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private static JsonNode json(KeptConnection.Answer response) throws IOException {
		if (response.status() >= 300) {
			throw new IllegalStateException(response.status() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private static JsonNode projections(Tracker tracker) throws Exception {
		return json(tracker.get("admin", "/api/v1/admin/projections"));
	}

	private static void awaitCaughtUp(Tracker tracker, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			JsonNode all = projections(tracker);
			boolean done = all.size() == 4;
			for (JsonNode projection : all) {
				done &= "RUNNING".equals(projection.get("state").asText()) && projection.get("lagEvents").asLong() == 0;
			}
			if (done) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("projections not caught up: " + all);
			}
			Thread.sleep(100);
		}
	}

	private void rebuild(Tracker tracker, Archive.Written archive, int runs) throws Exception {
		List<Double> rates = new ArrayList<>();
		// Every run rebuilds the whole archive: the first on a tracker that has not yet
		// compiled the projections' code (its JIT takes a third of a core for a minute or
		// more), the later ones as a tracker that has been running would.
		for (int run = 0; run < runs; run++) {
			double elapsed = rebuildSeconds(tracker, PROJECTIONS);
			rates.add(archive.events() / elapsed);
			say("rebuild of every projection: " + archive.events() + " events in " + elapsed + " s");
		}
		figure("rebuild_runs", rates.size());
		figure("rebuild_events_s", median(rates));
		if (this.options.containsKey("rebuild-each")) {
			// Which projection sets the pace: each rebuilt alone, once the JIT has
			// compiled them all in the runs above.
			for (String name : PROJECTIONS) {
				figure("rebuild_" + name + "_events_s", archive.events() / rebuildSeconds(tracker, List.of(name)));
			}
		}
	}

	/**
	 * Rebuilds the named projections together and waits until every one has caught up.
	 */
	private static double rebuildSeconds(Tracker tracker, List<String> names) throws Exception {
		long started = System.nanoTime();
		for (String name : names) {
			json(tracker.post("admin", "/api/v1/admin/projections/" + name + "/rebuild", ""));
		}
		awaitCaughtUp(tracker, Duration.ofHours(2));
		return seconds(started);
	}

	/**
	 * The claim cache's counts so far: hits, misses, entries the collector took, entries
	 * evicted over the capacity.
	 */
	private static double[] claimCache(Tracker tracker) throws Exception {
		String gets = "/actuator/metrics/tracker.aggregates.cache.gets?tag=type:Claim&tag=result:";
		String removals = "/actuator/metrics/tracker.aggregates.cache.removals?tag=type:Claim&tag=cause:";
		double[] counts = new double[4];
		String[] paths = { gets + "hit", gets + "miss", removals + "collected", removals + "evicted" };
		for (int i = 0; i < paths.length; i++) {
			counts[i] = json(tracker.get("admin", paths[i])).get("measurements").get(0).get("value").asDouble();
		}
		return counts;
	}

	/** The claim cache's hit ratio between two of {@link #claimCache}'s counts. */
	private static double hitRatio(double[] before, double[] after) {
		double hits = after[0] - before[0];
		double misses = after[1] - before[1];
		return hits / Math.max(1, hits + misses);
	}

	private void footprint(Tracker tracker) throws Exception {
		JsonNode heap = json(tracker.get("admin", "/actuator/metrics/jvm.memory.used?tag=area:heap"));
		figure("heap_mb", heap.get("measurements").get(0).get("value").asDouble() / (1024 * 1024));
		figure("rss_mb", tracker.residentMegabytes());
		figure("xmx_mb", 512);
	}

	private void asOf(Tracker tracker, Archive.Written archive, int runs) throws Exception {
		Random random = new Random(7);
		List<Double> claimP50 = new ArrayList<>();
		List<Double> claimP99 = new ArrayList<>();
		List<Double> boardP50 = new ArrayList<>();
		List<Double> boardP99 = new ArrayList<>();
		// Like the append load, the reads are measured on a tracker that has compiled
		// them: about two hundred reads of each, as the runs below make, were not enough
		// for the JIT on two cores (claim reads at 4 to 15 ms at the median, 1.6 ms once
		// compiled). The warm-up makes the same reads at other cuts, unmeasured.
		Duration warmUp = Duration
			.ofSeconds(Long.parseLong(this.options.getOrDefault("asof-warmup-seconds", this.quick ? "10" : "30")));
		Random warming = new Random(8);
		long warmEnd = System.nanoTime() + warmUp.toNanos();
		int warmed = 0;
		while (System.nanoTime() < warmEnd) {
			timed(tracker, "/api/v1/claims/" + archive.longClaim()
					+ cut(warming, archive.longClaimRegistered(), archive.lastRecorded()));
			if (warmed++ % 4 == 0) {
				timed(tracker, "/api/v1/investigations/" + archive.board() + "/claims"
						+ cut(warming, archive.boardOpened(), archive.lastRecorded()));
			}
		}
		say("as-of warm-up: " + warmed + " claim reads in " + warmUp.toSeconds() + " s");
		for (int run = 0; run < runs; run++) {
			List<Double> claim = new ArrayList<>();
			List<Double> board = new ArrayList<>();
			int claimReads = this.quick ? 120 : 220;
			int boardReads = this.quick ? 30 : 55;
			for (int i = 0; i < claimReads; i++) {
				String path = "/api/v1/claims/" + archive.longClaim()
						+ cut(random, archive.longClaimRegistered(), archive.lastRecorded());
				double ms = timed(tracker, path);
				if (i >= 20) {
					claim.add(ms);
				}
			}
			for (int i = 0; i < boardReads; i++) {
				String path = "/api/v1/investigations/" + archive.board() + "/claims"
						+ cut(random, archive.boardOpened(), archive.lastRecorded());
				double ms = timed(tracker, path);
				if (i >= 5) {
					board.add(ms);
				}
			}
			claimP50.add(percentile(claim, 50));
			claimP99.add(percentile(claim, 99));
			boardP50.add(percentile(board, 50));
			boardP99.add(percentile(board, 99));
		}
		figure("asof_claim_p50_ms", median(claimP50));
		figure("asof_claim_p99_ms", median(claimP99));
		figure("asof_board_p50_ms", median(boardP50));
		figure("asof_board_p99_ms", median(boardP99));
	}

	/** A cut at a random moment after the thing read existed, and a random day. */
	private static String cut(Random random, Instant from, Instant to) {
		long span = Duration.between(from, to).toMillis();
		Instant knownAt = from.plusMillis((long) (random.nextDouble() * span * 1.1));
		LocalDate asOf = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(800));
		return switch (random.nextInt(3)) {
			case 0 -> "?knownAt=" + knownAt;
			case 1 -> "?asOf=" + asOf;
			default -> "?knownAt=" + knownAt + "&asOf=" + asOf;
		};
	}

	private static double timed(Tracker tracker, String path) throws Exception {
		long started = System.nanoTime();
		KeptConnection.Answer response = tracker.get("auditor", path);
		double ms = (System.nanoTime() - started) / 1e6;
		if (response.status() != 200) {
			throw new IllegalStateException(path + " answered " + response.status() + " " + response.body());
		}
		return ms;
	}

	private void append(Tracker tracker, Archive.Written archive, int runs, double rawAppend) throws Exception {
		Duration length = Duration
			.ofSeconds(Long.parseLong(this.options.getOrDefault("append-seconds", this.quick ? "10" : "20")));
		List<Double> throughput = new ArrayList<>();
		List<Double> p50 = new ArrayList<>();
		List<Double> p99 = new ArrayList<>();
		List<Double> lagP99 = new ArrayList<>();
		List<Double> lagMax = new ArrayList<>();
		// A server's first minutes under a new load are spent compiling its code: on two
		// cores the rate kept rising for about two minutes (about 140, 205, 265 and 290
		// developments a second in four successive half-minutes), and on a slower day for
		// longer, the compiler threads sharing the cores with the load. The same load
		// runs unmeasured first, in ten-second windows: for at least
		// append-warmup-seconds, then until two windows in a row are no more than 5 %
		// faster than the best before them (the rate has levelled off) and 98 % of the
		// claims appended to are found in memory, for at most append-warmup-max-seconds;
		// so that the figures are those of the tracker in service. A quick run stops
		// sooner (at most one and a half times its least), to stay within five minutes.
		Duration warmUp = Duration
			.ofSeconds(Long.parseLong(this.options.getOrDefault("append-warmup-seconds", this.quick ? "40" : "90")));
		long atMostByDefault = this.quick ? warmUp.toSeconds() * 3 / 2 : warmUp.toSeconds() * 3;
		Duration warmUpAtMost = Duration.ofSeconds(Long
			.parseLong(this.options.getOrDefault("append-warmup-max-seconds", String.valueOf(atMostByDefault))));
		List<org.newsdesk.tracker.claim.ClaimId> claims = archive.claims();
		Request append = (random) -> {
			String claim = claims.get(random.nextInt(claims.size())).toString();
			String kind = switch (random.nextInt(3)) {
				case 0 -> "allegations";
				case 1 -> "denials";
				default -> "statements";
			};
			return tracker.post("editor", "/api/v1/claims/" + claim + "/" + kind, development(random, archive))
				.status() == 201;
		};
		warmUp(tracker, append, warmUp, warmUpAtMost);
		// The machine's raw appends drift by a third and more within minutes: measured
		// again just before each run, beside the tracker at rest, each run has a ratio
		// of its own.
		List<Double> pairedRaw = new ArrayList<>();
		double[] cacheBefore = null;
		for (int run = 0; run < runs; run++) {
			pairedRaw.add(rawAppendNow());
			if (run == 0) {
				cacheBefore = claimCache(tracker);
			}
			ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
			List<Double> lags = Collections.synchronizedList(new ArrayList<>());
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicLong failures = new AtomicLong();
			ExecutorService sampler = Executors.newSingleThreadExecutor();
			Future<?> lagSamples = sampler.submit(() -> {
				while (running.get()) {
					double worst = 0;
					for (JsonNode projection : projections(tracker)) {
						worst = Math.max(worst, projection.get("lagSeconds").asDouble());
					}
					lags.add(worst * 1000);
					Thread.sleep(100);
				}
				return null;
			});
			long started = System.nanoTime();
			load(tracker, run * 100L + 100, length, latencies, failures, append);
			double elapsed = seconds(started);
			running.set(false);
			lagSamples.get();
			sampler.shutdown();
			awaitCaughtUp(tracker, Duration.ofMinutes(5));
			List<Double> times = new ArrayList<>(latencies);
			throughput.add(times.size() / elapsed);
			p50.add(percentile(times, 50));
			p99.add(percentile(times, 99));
			lagP99.add(percentile(lags, 99));
			lagMax.add(Collections.max(lags));
			say("append run " + run + ": " + times.size() + " developments in " + elapsed + " s, " + failures.get()
					+ " failed");
		}
		double[] cacheAfter = claimCache(tracker);
		figure("claim_cache_hit_ratio", hitRatio(cacheBefore, cacheAfter));
		figure("claim_cache_collected", (long) (cacheAfter[2] - cacheBefore[2]));
		figure("claim_cache_evicted", (long) (cacheAfter[3] - cacheBefore[3]));
		figure("append_clients", 8);
		figure("append_tps", median(throughput));
		figure("append_p50_ms", median(p50));
		figure("append_p99_ms", median(p99));
		figure("lag_p99_ms", median(lagP99));
		figure("lag_max_ms", median(lagMax));
		if (!pairedRaw.contains(Double.NaN)) {
			List<Double> ratios = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				ratios.add(throughput.get(run) / pairedRaw.get(run));
			}
			say("raw appends just before each run: " + pairedRaw + "; the runs' ratios: " + ratios);
			figure("raw_append_tps_paired", median(pairedRaw));
			figure("append_ratio_paired", median(ratios));
		}
	}

	/**
	 * The machine's raw appends now: {@code pg-baseline.sh}'s append part (8 clients, 10
	 * s, 3 s in a quick run, a table of a thousand rows to read), when {@code --baseline}
	 * names the script; otherwise NaN.
	 */
	private double rawAppendNow() throws IOException, InterruptedException {
		String script = this.options.get("baseline");
		if (script == null) {
			return Double.NaN;
		}
		Process baseline = new ProcessBuilder("bash", script, "8", this.quick ? "3" : "10", "1000")
			.redirectErrorStream(true)
			.start();
		String output = new String(baseline.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (baseline.waitFor() != 0) {
			say("pg-baseline.sh failed: " + output);
			return Double.NaN;
		}
		Matcher tps = Pattern.compile("raw_append_tps=(\\d+)").matcher(output);
		return tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN;
	}

	/**
	 * The append load, unmeasured, in ten-second windows: for at least {@code least},
	 * then until the rate has {@linkplain #levelled levelled off} and the claims appended
	 * to are found in the tracker's claim cache (98 % of them in the last window, as in a
	 * tracker in service, whose claims in progress are in memory), for at most
	 * {@code most}. On the million-event archive the appends go to some 47,000 claims,
	 * and a window can level off while one claim in twelve is still read from the store.
	 */
	private void warmUp(Tracker tracker, Request append, Duration least, Duration most) throws Exception {
		Duration window = Duration.ofSeconds(10);
		long started = System.nanoTime();
		List<Long> rates = new ArrayList<>();
		List<Double> hitRatios = new ArrayList<>();
		long developments = 0;
		long failed = 0;
		for (int round = 0;; round++) {
			ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
			AtomicLong failures = new AtomicLong();
			double[] cacheBefore = claimCache(tracker);
			long windowStarted = System.nanoTime();
			load(tracker, 1_000_000L + round * 100L, window, latencies, failures, append);
			rates.add(Math.round(latencies.size() / seconds(windowStarted)));
			hitRatios.add(Math.round(1000 * hitRatio(cacheBefore, claimCache(tracker))) / 1000.0);
			developments += latencies.size();
			failed += failures.get();
			double elapsed = seconds(started);
			boolean inService = levelled(rates) && hitRatios.get(hitRatios.size() - 1) >= 0.98;
			if ((elapsed >= least.toSeconds() && inService) || elapsed >= most.toSeconds()) {
				break;
			}
		}
		say("append warm-up: " + developments + " developments in " + Math.round(seconds(started)) + " s, " + failed
				+ " failed; developments a second per 10 s: " + rates + "; claim cache hit ratio per 10 s: "
				+ hitRatios);
		awaitCaughtUp(tracker, Duration.ofMinutes(5));
	}

	/**
	 * Whether the last two windows each came within 5 % of the best window before them: a
	 * single window no faster than the one before proved nothing on a noisy machine (the
	 * measured runs after it rose by a third).
	 */
	static boolean levelled(List<Long> rates) {
		if (rates.size() < 3) {
			return false;
		}
		for (int window = rates.size() - 2; window < rates.size(); window++) {
			long best = Collections.max(rates.subList(0, window));
			if (rates.get(window) > 1.05 * best) {
				return false;
			}
		}
		return true;
	}

	/** One request of a load: true when it was answered as expected. */
	@FunctionalInterface
	private interface Request {

		boolean send(Random random) throws Exception;

	}

	/**
	 * Eight clients sending requests one after another for {@code length}, each with its
	 * own seeded random; the latencies of the requests answered as expected are added to
	 * {@code latencies}, the others counted in {@code failures}. Each client keeps its
	 * connection for the whole load and closes it at the end.
	 */
	private static void load(Tracker tracker, long seed, Duration length, ConcurrentLinkedQueue<Double> latencies,
			AtomicLong failures, Request request) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		long end = System.nanoTime() + length.toNanos();
		List<Future<?>> futures = new ArrayList<>();
		for (int client = 0; client < 8; client++) {
			Random random = new Random(seed + client);
			futures.add(clients.submit(() -> {
				try {
					while (System.nanoTime() < end) {
						long sent = System.nanoTime();
						if (request.send(random)) {
							latencies.add((System.nanoTime() - sent) / 1e6);
						}
						else {
							failures.incrementAndGet();
						}
					}
				}
				finally {
					tracker.closeConnection();
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		clients.shutdown();
	}

	/**
	 * What the same eight clients get from the web stack alone on this machine: an
	 * authenticated read of {@code /actuator/info}, which touches no database, through
	 * the same Tomcat, Spring Security and Spring MVC as an append. No append can go
	 * faster, so its ratio to raw PostgreSQL bounds {@code append_ratio}.
	 */
	private void ceiling(Tracker tracker, int runs) throws Exception {
		List<Double> throughput = new ArrayList<>();
		// The append load before it has compiled most of this path; quick runs skip the
		// warm-up run.
		for (int run = this.quick ? 0 : -1; run < runs; run++) {
			ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
			AtomicLong failures = new AtomicLong();
			long started = System.nanoTime();
			load(tracker, run * 100L + 5000, Duration.ofSeconds(this.quick ? 3 : 10), latencies, failures,
					(random) -> tracker.get("admin", "/actuator/info").status() == 200);
			double elapsed = seconds(started);
			if (run >= 0) {
				throughput.add(latencies.size() / elapsed);
			}
			say("web stack run " + run + ": " + latencies.size() + " reads in " + elapsed + " s, " + failures.get()
					+ " failed");
		}
		figure("http_ceiling_tps", median(throughput));
	}

	private static String development(Random random, Archive.Written archive) {
		StringBuilder summary = new StringBuilder("The newsroom learns that ");
		while (summary.length() < 300) {
			summary.append("the ministry's phone list was analysed again and found to hold more numbers ");
		}
		return "{\"developmentId\":\"" + UUID.randomUUID() + "\",\"occurredOn\":\"2021-07-" + (10 + random.nextInt(19))
				+ "\",\"partyIds\":[\"" + archive.parties().get(random.nextInt(archive.parties().size()))
				+ "\"],\"sourceIds\":[\"" + archive.sources().get(random.nextInt(archive.sources().size()))
				+ "\"],\"summary\":\"" + summary.toString().strip() + "\"}";
	}

	private void verify(Tracker tracker, int runs) throws Exception {
		json(tracker.post("admin", "/api/v1/admin/checkpoints", ""));
		List<Double> rates = new ArrayList<>();
		JsonNode report = null;
		for (int run = 0; run < runs; run++) {
			long started = System.nanoTime();
			report = json(tracker.get("auditor", "/api/v1/audit/verify"));
			double elapsed = seconds(started);
			rates.add(report.get("eventsChecked").asLong() / elapsed);
			say("verification " + run + ": " + report.get("eventsChecked").asLong() + " events in " + elapsed
					+ " s, valid " + report.get("valid").asBoolean());
			if (!report.get("valid").asBoolean()) {
				break;
			}
		}
		figure("verify_events", report.get("eventsChecked").asLong());
		figure("verify_valid", report.get("valid").asBoolean());
		figure("verify_failures", report.get("failures").size());
		figure("verify_checkpoints", report.get("checkpointsVerified").asInt());
		figure("verify_events_s", median(rates));
	}

	/**
	 * Start to ready on the embedded default, as an operator starts it with
	 * {@code deploy/run-tracker} (its one-off preparation done first, as at
	 * installation), and with a plain {@code java -jar}.
	 */
	private void startup(Path jar, int runs) throws Exception {
		Path script = Path.of(this.options.getOrDefault("launcher", "deploy/run-tracker"));
		Process prepare = new ProcessBuilder(script.toString(), "--prepare")
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.work.resolve("startup.log").toFile()))
			.redirectErrorStream(true)
			.start();
		if (prepare.waitFor() != 0) {
			throw new IllegalStateException(script + " --prepare failed; see " + this.work.resolve("startup.log"));
		}
		List<Double> scripted = new ArrayList<>();
		List<Double> plain = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			Path data = Files.createTempDirectory(this.work, "h2-");
			try (Tracker tracker = Tracker.startWithScript(script, jar, Map.of(), List.of("--tracker.data-dir=" + data),
					this.work.resolve("startup.log"))) {
				scripted.add(tracker.startupSeconds());
			}
			data = Files.createTempDirectory(this.work, "h2-");
			try (Tracker tracker = Tracker.start(jar, Map.of(), List.of("--tracker.data-dir=" + data),
					this.work.resolve("startup.log"))) {
				plain.add(tracker.startupSeconds());
			}
		}
		figure("startup_s", median(scripted));
		figure("startup_jar_s", median(plain));
	}

	static double percentile(List<Double> values, int percent) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	static double median(List<Double> values) {
		return percentile(values, 50);
	}

}
