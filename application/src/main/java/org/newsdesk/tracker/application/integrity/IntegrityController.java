package org.newsdesk.tracker.application.integrity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.integrity.MerkleTree;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What an auditor needs to trust the record without trusting the tracker: verification,
 * the signed checkpoints and their public key, proofs between them, and the raw event log
 * to check offline.
 */
@RestController
@Tag(name = "Audit")
class IntegrityController {

	private static final HexFormat HEX = HexFormat.of();

	private final Verification verification;

	private final Checkpoints checkpoints;

	private final CheckpointKeys keys;

	private final StoredEvents events;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	IntegrityController(Verification verification, Checkpoints checkpoints, CheckpointKeys keys, StoredEvents events,
			JdbcTemplate jdbc) {
		this.verification = verification;
		this.checkpoints = checkpoints;
		this.keys = keys;
		this.events = events;
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/audit/verify")
	@Operation(summary = "Re-check every stream's hash chain and every signed checkpoint; report the first broken "
			+ "place of each stream")
	VerificationReport verify() {
		return this.verification.verify();
	}

	@GetMapping("/api/v1/audit/checkpoints")
	@Operation(summary = "Every sealed checkpoint: how many events it covers, the position of the last, and the "
			+ "signed text")
	List<ChainVerifier.SealedCheckpoint> all() {
		return this.checkpoints.all();
	}

	@GetMapping("/api/v1/audit/checkpoints/latest")
	@Operation(summary = "The latest checkpoint in the C2SP signed checkpoint format (text/plain)")
	ResponseEntity<String> latest() {
		return text(
				this.checkpoints.latest().orElseThrow(() -> new NotFound("checkpoint", "(none sealed yet)")).note());
	}

	@GetMapping("/api/v1/audit/checkpoints/{size}")
	@Operation(summary = "The checkpoint covering the given number of events, in the C2SP format (text/plain)")
	ResponseEntity<String> ofSize(@PathVariable long size) {
		return text(sealed(size).note());
	}

	@GetMapping("/api/v1/audit/checkpoints/key")
	@Operation(summary = "The public key checkpoints are signed with, as a signed-note verifier key (text/plain)")
	ResponseEntity<String> key() {
		return text(this.keys.verifier()
			.orElseThrow(() -> new NotFound("checkpoint key", "(none configured: tracker.integrity.signing-key)"))
			.verifierKey());
	}

	/**
	 * Plain text whatever the client accepts, so that an auditor's curl saves it as it
	 * is; errors still answer as problems.
	 */
	private static ResponseEntity<String> text(String body) {
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(body);
	}

	@GetMapping("/api/v1/audit/proofs/consistency")
	@Operation(summary = "Proof that the checkpoint of size 'from' is a prefix of the checkpoint of size 'to'")
	Map<String, Object> consistency(@RequestParam long from, @RequestParam long to) {
		if (from < 1 || from > to) {
			throw new InvalidRequest("from", "must be at least 1 and at most 'to'");
		}
		sealed(from);
		MerkleTree tree = this.verification.treeOf(sealed(to));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("from", from);
		answer.put("to", to);
		answer.put("proof", tree.consistencyProof((int) from, (int) to).stream().map(HEX::formatHex).toList());
		return answer;
	}

	@GetMapping("/api/v1/audit/proofs/inclusion")
	@Operation(summary = "Proof that the event at a global position is included in the checkpoint of a size")
	Map<String, Object> inclusion(@RequestParam long globalIndex, @RequestParam long treeSize) {
		ChainVerifier.SealedCheckpoint checkpoint = sealed(treeSize);
		if (globalIndex > checkpoint.lastGlobalIndex()) {
			throw new InvalidRequest("globalIndex", "is past the last event the checkpoint of size " + treeSize
					+ " covers (" + checkpoint.lastGlobalIndex() + ")");
		}
		Long leaf = this.jdbc.queryForObject(
				"select case when exists (select 1 from domain_event_entry where global_index = ?)"
						+ " then (select count(*) from domain_event_entry where global_index < ?) end",
				Long.class, globalIndex, globalIndex);
		if (leaf == null) {
			throw new NotFound("event at global position", globalIndex);
		}
		MerkleTree tree = this.verification.treeOf(checkpoint);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("globalIndex", globalIndex);
		answer.put("leafIndex", leaf);
		answer.put("treeSize", treeSize);
		answer.put("proof", tree.inclusionProof(leaf.intValue(), (int) treeSize).stream().map(HEX::formatHex).toList());
		return answer;
	}

	@GetMapping("/api/v1/audit/export")
	@Operation(summary = "Every stored event exactly as stored, one JSON object a line, for offline verification "
			+ "with 'java -jar tracker.jar verify'")
	ResponseEntity<StreamingResponseBody> export() {
		StreamingResponseBody body = (OutputStream out) -> this.events.inOrder(0, (event) -> {
			try {
				out.write(this.json.writeValueAsBytes(exported(event)));
				out.write('\n');
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header("Content-Disposition", "attachment; filename=\"events.jsonl\"")
			.body(body);
	}

	static Map<String, Object> exported(StoredEvent event) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("globalIndex", event.globalIndex());
		line.put("aggregateIdentifier", event.aggregateIdentifier());
		line.put("sequenceNumber", event.sequenceNumber());
		line.put("payloadType", event.payloadType());
		line.put("timeStamp", event.timeStamp());
		line.put("payload", Base64.getEncoder().encodeToString(event.payload()));
		line.put("metaData", (event.metaData() != null) ? new String(event.metaData(), StandardCharsets.UTF_8) : null);
		return line;
	}

	@PostMapping("/api/v1/admin/checkpoints")
	@Operation(summary = "Seal a checkpoint now over what has been stored since the last one")
	ResponseEntity<Object> sealNow() {
		if (this.keys.signer().isEmpty()) {
			throw new NotFound("checkpoint key", "(none configured: tracker.integrity.signing-key)");
		}
		return this.checkpoints.seal()
			.<ResponseEntity<Object>>map((sealed) -> ResponseEntity.status(HttpStatus.CREATED).body(sealed))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	private ChainVerifier.SealedCheckpoint sealed(long size) {
		return this.checkpoints.ofSize(size).orElseThrow(() -> new NotFound("checkpoint of size", size));
	}

}
