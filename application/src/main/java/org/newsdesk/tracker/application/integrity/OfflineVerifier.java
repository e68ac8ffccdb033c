package org.newsdesk.tracker.application.integrity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsdesk.tracker.integrity.Checkpoint;
import org.newsdesk.tracker.integrity.MerkleProofs;
import org.newsdesk.tracker.integrity.NoteVerifier;

/**
 * {@code java -jar tracker.jar verify --events events.jsonl [--checkpoint checkpoint.txt
 * --key <verifier key>] [--previous earlier-checkpoint.txt [--proof consistency.json]]}:
 * the verification the running tracker does, from an export and the signed checkpoints
 * alone, so that an auditor need not trust the server. An earlier checkpoint the auditor
 * kept catches a rolled-back log: the new one must cover at least as many events, agree
 * with the earlier one on them, and, given the tracker's consistency proof, prove it.
 * Prints the report as JSON; exits 0 when valid, 1 when not, 2 when the call is wrong.
 */
public final class OfflineVerifier {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private OfflineVerifier() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				return usage(err, "unexpected argument '" + args[i] + "'");
			}
			options.put(args[i].substring(2), args[++i]);
		}
		if (!options.containsKey("events")) {
			return usage(err, "--events is required");
		}
		if ((options.containsKey("checkpoint") || options.containsKey("previous")) && !options.containsKey("key")) {
			return usage(err, "--key is required to check a checkpoint's signature");
		}
		if (options.containsKey("previous") && !options.containsKey("checkpoint")) {
			return usage(err, "--previous goes with --checkpoint");
		}
		try {
			VerificationReport report = verify(options);
			out.println(JSON.writeValueAsString(report));
			return report.valid() ? 0 : 1;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("verify: " + ex.getMessage());
			return 2;
		}
	}

	private static VerificationReport verify(Map<String, String> options) throws IOException {
		List<StoredEvent> events = read(Path.of(options.get("events")));
		events.sort(
				Comparator.comparing(StoredEvent::aggregateIdentifier).thenComparingLong(StoredEvent::sequenceNumber));
		ChainVerifier chains = new ChainVerifier();
		events.forEach(chains::accept);
		NoteVerifier key = options.containsKey("key") ? NoteVerifier.parse(keyText(options.get("key"))) : null;
		List<ChainVerifier.SealedCheckpoint> sealed = new ArrayList<>();
		String current = options.containsKey("checkpoint") ? Files.readString(Path.of(options.get("checkpoint")))
				: null;
		String previous = options.containsKey("previous") ? Files.readString(Path.of(options.get("previous"))) : null;
		if (current != null) {
			sealed.add(new ChainVerifier.SealedCheckpoint(Checkpoint.parse(current).size(), -1, current));
		}
		if (previous != null) {
			sealed.add(new ChainVerifier.SealedCheckpoint(Checkpoint.parse(previous).size(), -1, previous));
		}
		VerificationReport report = chains.finish(sealed, key);
		if (previous == null
				|| !report.failures().stream().allMatch((failure) -> failure.aggregateIdentifier() != null)) {
			return report;
		}
		List<VerificationReport.Failure> failures = new ArrayList<>(report.failures());
		Checkpoint now = Checkpoint.verify(current, key);
		Checkpoint before = Checkpoint.verify(previous, key);
		if (now.size() < before.size()) {
			failures.add(new VerificationReport.Failure(null, null, null,
					"the checkpoint covers " + now.size() + " events, fewer than the " + before.size()
							+ " an earlier checkpoint covered: the log was rolled back"));
		}
		else if (options.containsKey("proof") && !MerkleProofs.verifyConsistency(before.size(), now.size(),
				before.root(), now.root(), proof(Path.of(options.get("proof"))))) {
			failures.add(new VerificationReport.Failure(null, null, null, "the consistency proof from " + before.size()
					+ " to " + now.size() + " events does not hold: the later checkpoint does not extend the earlier"));
		}
		return new VerificationReport(failures.isEmpty(), report.eventsChecked(), report.checkpointsVerified(),
				List.copyOf(failures));
	}

	private static String keyText(String value) throws IOException {
		Path file = Path.of(value);
		return (Files.isRegularFile(file) ? Files.readString(file) : value).strip();
	}

	private static List<byte[]> proof(Path file) throws IOException {
		List<byte[]> hashes = new ArrayList<>();
		for (JsonNode hash : JSON.readTree(file.toFile()).path("proof")) {
			hashes.add(HexFormat.of().parseHex(hash.asText()));
		}
		return hashes;
	}

	static List<StoredEvent> read(Path file) throws IOException {
		List<StoredEvent> events = new ArrayList<>();
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				JsonNode event = JSON.readTree(line);
				events.add(new StoredEvent(event.get("globalIndex").asLong(), event.get("aggregateIdentifier").asText(),
						event.get("sequenceNumber").asLong(), event.get("payloadType").asText(),
						event.get("timeStamp").asText(), Base64.getDecoder().decode(event.get("payload").asText()),
						event.get("metaData").isNull() ? null
								: event.get("metaData").asText().getBytes(StandardCharsets.UTF_8)));
			}
			catch (IOException | RuntimeException ex) {
				throw new IllegalArgumentException(file + " line " + number + " is not an exported event");
			}
		}
		return events;
	}

	private static int usage(PrintStream err, String problem) {
		err.println("verify: " + problem);
		err.println("usage: java -jar tracker.jar verify --events events.jsonl [--checkpoint checkpoint.txt "
				+ "--key <verifier key or file>] [--previous earlier-checkpoint.txt [--proof consistency.json]]");
		return 2;
	}

}
