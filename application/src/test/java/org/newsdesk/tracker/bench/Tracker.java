package org.newsdesk.tracker.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The tracker's jar run as a process of its own, as an operator would run it. */
final class Tracker implements AutoCloseable {

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	final int port;

	final Process process;

	final long startedAt;

	final long readyAt;

	private Tracker(int port, Process process, long startedAt, long readyAt) {
		this.port = port;
		this.process = process;
		this.startedAt = startedAt;
		this.readyAt = readyAt;
		this.connections = ThreadLocal.withInitial(() -> new KeptConnection("127.0.0.1", port));
	}

	/**
	 * Starts the tracker with a plain {@code java -jar} and the benchmark's heap limit:
	 * the JVM's own defaults otherwise.
	 */
	static Tracker start(Path jar, Map<String, String> environment, List<String> arguments, Path log)
			throws IOException, InterruptedException {
		List<String> launch = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
		launch.addAll(extraOptions());
		launch.addAll(List.of("-jar", jar.toString()));
		return launch(launch, environment, arguments, log);
	}

	/**
	 * Starts the tracker as an operator does, through {@code deploy/run-tracker} (the
	 * documented start, which also picks the tracker's collector), with the benchmark's
	 * heap limit and the given jar.
	 */
	static Tracker startWithScript(Path script, Path jar, Map<String, String> environment, List<String> arguments,
			Path log) throws IOException, InterruptedException {
		Map<String, String> withHeap = new java.util.HashMap<>(environment);
		withHeap.put("TRACKER_JAR", jar.toAbsolutePath().toString());
		List<String> options = new ArrayList<>(List.of("-Xmx512m"));
		options.addAll(extraOptions());
		withHeap.put("JAVA_OPTS", String.join(" ", options));
		return launch(List.of(script.toString()), withHeap, arguments, log);
	}

	/**
	 * Extra JVM options for a profiling run or a comparison, for example
	 * {@code BENCH_JVM_OPTS=-XX:StartFlightRecording=filename=bench/out/append.jfr}.
	 */
	private static List<String> extraOptions() {
		String extra = System.getenv("BENCH_JVM_OPTS");
		return (extra == null || extra.isBlank()) ? List.of() : List.of(extra.trim().split("\\s+"));
	}

	private static Tracker launch(List<String> launch, Map<String, String> environment, List<String> arguments,
			Path log) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(launch);
		command.addAll(List.of("--server.port=" + port, "--tracker.users.editor.password={noop}editor",
				"--tracker.users.editor.roles=EDITOR", "--tracker.users.admin.password={noop}admin",
				"--tracker.users.admin.roles=ADMIN", "--tracker.users.auditor.password={noop}auditor",
				"--tracker.users.auditor.roles=AUDITOR"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		Process process = builder.start();
		long deadline = started + Duration.ofMinutes(3).toNanos();
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the tracker stopped at start; see " + log);
			}
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return new Tracker(port, process, started, System.nanoTime());
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException("the tracker was not ready within 3 minutes; see " + log);
			}
			Thread.sleep(20);
		}
	}

	double startupSeconds() {
		return (this.readyAt - this.startedAt) / 1e9;
	}

	/**
	 * Each thread's own kept connection ({@link KeptConnection}), so that eight clients
	 * are eight connections, as eight editors' browsers would be.
	 */
	private final ThreadLocal<KeptConnection> connections;

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	KeptConnection.Answer get(String user, String path) throws IOException {
		return this.connections.get().send("GET", path, basic(user), null);
	}

	KeptConnection.Answer post(String user, String path, String json) throws IOException {
		return this.connections.get().send("POST", path, basic(user), json);
	}

	/** Closes the calling thread's connection, as a client thread ends. */
	void closeConnection() {
		this.connections.get().close();
		this.connections.remove();
	}

	/** Resident memory of the tracker's process, from the kernel. */
	double residentMegabytes() throws IOException {
		for (String line : Files.readAllLines(new File("/proc/" + this.process.pid() + "/status").toPath())) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
			}
		}
		return -1;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
