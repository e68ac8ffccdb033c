package org.newsdesk.tracker.claim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.newsdesk.tracker.common.DetailsRules;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Fingerprint;
import org.newsdesk.tracker.common.InvalidCommand;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.References;
import org.newsdesk.tracker.common.Repeats;
import org.newsdesk.tracker.common.Texts;
import org.newsdesk.tracker.common.Versions;
import org.newsdesk.tracker.investigation.InvestigationId;

/**
 * A statement about the world whose truth is in question, and every development it goes
 * through.
 */
public class Claim {

	static final int MAX_STATEMENT_LENGTH = 1000;

	@AggregateIdentifier
	private ClaimId claimId;

	private InvestigationId investigationId;

	/** What the claim was registered with, for a repeated registration. */
	private Fingerprint registration;

	private final Developments developments = new Developments();

	protected Claim() {
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	Outcome handle(RegisterClaim command, References references) {
		if (command.investigationId() == null) {
			throw new InvalidCommand("investigationId", "is required");
		}
		var registered = new ClaimRegistered(command.claimId(), command.investigationId(),
				Texts.required("statement", command.statement(), MAX_STATEMENT_LENGTH), command.subjectPartyIds());
		if (this.registration != null) {
			return Repeats.repeatOf("claimId", command.claimId(), this.registration, Fingerprint.of(registered), 1);
		}
		references.requireOpenInvestigation(command.investigationId());
		references.requireParties("subjectPartyIds", registered.subjectPartyIds());
		apply(registered);
		return Outcome.recorded(command.claimId(), Versions.current());
	}

	@CommandHandler
	Outcome handle(RecordAllegation command, References references) {
		var event = new AllegationRecorded(this.claimId, this.investigationId, command.developmentId(),
				details(command.details(), true));
		return record(event, command.expectedVersion(), references, event.details());
	}

	@CommandHandler
	Outcome handle(RecordDenial command, References references) {
		var event = new DenialRecorded(this.claimId, this.investigationId, command.developmentId(),
				details(command.details(), true));
		return record(event, command.expectedVersion(), references, event.details());
	}

	@CommandHandler
	Outcome handle(RecordEvidence command, References references) {
		if (command.bearing() == null) {
			throw new InvalidCommand("bearing", "is required");
		}
		if (command.strength() == null) {
			throw new InvalidCommand("strength", "is required");
		}
		var event = new EvidenceRecorded(this.claimId, this.investigationId, command.developmentId(),
				details(command.details(), true), command.bearing(), command.strength());
		return record(event, command.expectedVersion(), references, event.details());
	}

	@CommandHandler
	Outcome handle(RecordStatement command, References references) {
		var event = new StatementRecorded(this.claimId, this.investigationId, command.developmentId(),
				details(command.details(), false));
		return record(event, command.expectedVersion(), references, event.details());
	}

	@CommandHandler
	Outcome handle(RecordRetraction command, References references) {
		if (command.retractedDevelopmentId() == null) {
			throw new InvalidCommand("retractedDevelopmentId", "is required");
		}
		var event = new RetractionRecorded(this.claimId, this.investigationId, command.developmentId(),
				details(command.details(), false), command.retractedDevelopmentId());
		return record(event, command.expectedVersion(), references, event.details(),
				() -> this.developments.requireRetractable(command.retractedDevelopmentId()));
	}

	@CommandHandler
	Outcome handle(AssessClaim command, References references) {
		if (command.verdict() == null) {
			throw new InvalidCommand("verdict", "is required");
		}
		var event = new ClaimAssessed(this.claimId, this.investigationId, command.developmentId(), command.verdict(),
				Texts.required("rationale", command.rationale(), DevelopmentDetails.MAX_SUMMARY_LENGTH));
		return record(event, command.expectedVersion(), references, null);
	}

	@CommandHandler
	Outcome handle(CorrectDevelopment command, References references) {
		var event = new DevelopmentCorrected(this.claimId, this.investigationId, command.developmentId(),
				command.correctedDevelopmentId(), Texts.required("reason", command.reason(), 4000),
				command.correction());
		return record(event, command.expectedVersion(), references, null, () -> Corrections
			.check(this.developments.requireCorrectable(command.correctedDevelopmentId()), command, references));
	}

	@CommandHandler
	Outcome handle(StrikeDevelopment command, References references) {
		var event = new DevelopmentStruck(this.claimId, this.investigationId, command.developmentId(),
				command.struckDevelopmentId(), Texts.required("reason", command.reason(), 4000));
		return record(event, command.expectedVersion(), references, null,
				() -> this.developments.requireStrikable(command.struckDevelopmentId()));
	}

	private static DevelopmentDetails details(DevelopmentDetails details, boolean sourcesRequired) {
		return DetailsRules.check(details, sourcesRequired);
	}

	private Outcome record(ClaimDevelopment event, Long expectedVersion, References references,
			DevelopmentDetails details) {
		return record(event, expectedVersion, references, details, () -> {
		});
	}

	private Outcome record(ClaimDevelopment event, Long expectedVersion, References references,
			DevelopmentDetails details, Runnable stateChecks) {
		DevelopmentId developmentId = event.developmentId();
		if (developmentId == null) {
			throw new InvalidCommand("developmentId", "is required");
		}
		var earlier = this.developments.find(developmentId);
		if (earlier != null) {
			return Repeats.repeatOf("developmentId", developmentId, earlier.fingerprint(), Fingerprint.of(event),
					earlier.version());
		}
		Versions.require(expectedVersion);
		references.requireOpenInvestigation(this.investigationId);
		if (details != null) {
			references.requireDetails(details);
		}
		stateChecks.run();
		apply(event);
		return Outcome.recorded(developmentId, Versions.current());
	}

	@EventSourcingHandler
	void on(ClaimRegistered event) {
		this.claimId = event.claimId();
		this.investigationId = event.investigationId();
		this.registration = Fingerprint.of(event);
	}

	@EventSourcingHandler
	void on(ClaimDevelopment event, @SequenceNumber long sequenceNumber) {
		this.developments.add(event, sequenceNumber + 1);
		if (event instanceof RetractionRecorded retraction) {
			this.developments.retract(retraction.retractedDevelopmentId(), retraction.developmentId());
		}
		else if (event instanceof DevelopmentStruck strike) {
			this.developments.strike(strike.struckDevelopmentId());
		}
	}

}
