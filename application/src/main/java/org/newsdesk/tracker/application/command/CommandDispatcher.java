package org.newsdesk.tracker.application.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.newsdesk.tracker.application.web.NotFound;
import org.newsdesk.tracker.application.store.AxonConfiguration;
import org.newsdesk.tracker.application.store.DevelopmentIdTaken;
import org.newsdesk.tracker.application.store.StreamTypes;
import org.newsdesk.tracker.common.Outcome;
import org.newsdesk.tracker.common.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sends one command on behalf of the current user. Concurrent writers on one aggregate,
 * on this node or another, make the event store refuse all but one append; those commands
 * are retried against the new state, a bounded number of times, so that none is lost and
 * none is doubled.
 */
@Service
public class CommandDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(CommandDispatcher.class);

	private final CommandGateway gateway;

	private final MeterRegistry meters;

	private final RequestContext requestContext;

	private final int maxAttempts;

	private final StreamTypes streamTypes;

	/**
	 * Meters by command type and outcome: looked up by name and tags in the registry,
	 * they were built anew for every command.
	 */
	private final Map<String, Meters> meterCache = new ConcurrentHashMap<>();

	CommandDispatcher(CommandGateway gateway, MeterRegistry meters, RequestContext requestContext,
			StreamTypes streamTypes, @Value("${tracker.commands.max-attempts:25}") int maxAttempts) {
		this.gateway = gateway;
		this.streamTypes = streamTypes;
		this.meters = meters;
		this.requestContext = requestContext;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * Sends the command and waits for its outcome.
	 * @param aggregateIdentifier the stream the command acts on, named in a stale-version
	 * answer
	 * @throws StaleAggregate when the command named a version the aggregate has moved on
	 * from
	 */
	public Outcome send(String aggregateIdentifier, Object command) {
		String type = command.getClass().getSimpleName();
		Map<String, Object> metadata = metadata();
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "rejected";
		try {
			Outcome result = sendWithRetries(aggregateIdentifier, command, metadata);
			outcome = result.repeated() ? "repeated" : "accepted";
			return result;
		}
		catch (StaleVersion stale) {
			throw new StaleAggregate(aggregateIdentifier, stale);
		}
		catch (AggregateNotFoundException missing) {
			throw new NotFound(kindOf(command), aggregateIdentifier);
		}
		finally {
			String outcomeName = outcome;
			Meters counted = this.meterCache.computeIfAbsent(type + ' ' + outcomeName,
					(key) -> meters(type, outcomeName));
			sample.stop(counted.timer());
			counted.handled().increment();
		}
	}

	/** The meters of one type of command and one outcome, registered once. */
	private record Meters(Timer timer, Counter handled) {
	}

	private Meters meters(String type, String outcome) {
		return new Meters(this.meters.timer("tracker.commands", "type", type, "outcome", outcome),
				Counter.builder("tracker.commands.handled")
					.description("Commands handled, by type and outcome")
					.tag("type", type)
					.tag("outcome", outcome)
					.register(this.meters));
	}

	private Outcome sendWithRetries(String aggregateIdentifier, Object command, Map<String, Object> metadata) {
		boolean developmentIdRetried = false;
		for (int attempt = 1;; attempt++) {
			// Checked on every attempt: the race just lost may have been against another
			// kind.
			requireSameKind(aggregateIdentifier, command);
			try {
				return this.gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
			}
			catch (RuntimeException ex) {
				RuntimeException cause = unwrap(ex);
				boolean conflict = cause instanceof ConcurrencyException;
				// A development id taken while racing an identical request on the same
				// aggregate turns into an idempotent repeat on the second try; taken
				// elsewhere, it fails again.
				boolean takenOnce = cause instanceof DevelopmentIdTaken && !developmentIdRetried;
				if ((conflict || takenOnce) && attempt < this.maxAttempts) {
					developmentIdRetried |= takenOnce;
					backOff(attempt);
					continue;
				}
				if (conflict) {
					logger.warn("{} still conflicted after {} attempts", command.getClass().getSimpleName(), attempt);
				}
				throw cause;
			}
		}
	}

	private static void backOff(int attempt) {
		long micros = ThreadLocalRandom.current().nextLong(200, 1000L * Math.min(attempt, 20));
		LockSupport.parkNanos(micros * 1000);
	}

	/**
	 * Refuses a command aimed at a stream another kind of aggregate owns, or at none: a
	 * 404 for a command on an existing thing, a 409 for a creation that reuses the id.
	 */
	private void requireSameKind(String aggregateIdentifier, Object command) {
		String expected = StreamTypes.aggregateTypeOf(command);
		Optional<String> actual = this.streamTypes.typeOf(aggregateIdentifier);
		boolean creation = Creations.isCreation(command);
		if (actual.isEmpty() && !creation) {
			throw new NotFound(kindOf(command), aggregateIdentifier);
		}
		if (actual.isPresent() && !actual.get().equals(expected)) {
			if (creation) {
				throw new IdTaken(aggregateIdentifier, actual.get());
			}
			throw new NotFound(kindOf(command), aggregateIdentifier);
		}
	}

	/**
	 * What the command acts on, as an editor would name it: the feature its package is
	 * named after.
	 */
	private static String kindOf(Object command) {
		String feature = command.getClass().getPackageName();
		feature = feature.substring(feature.lastIndexOf('.') + 1);
		return feature.equals("client") ? "client relationship" : feature;
	}

	/**
	 * Axon may wrap what a handler or the event store threw; callers want the original.
	 */
	static RuntimeException unwrap(RuntimeException ex) {
		Throwable current = ex;
		while ((current instanceof CommandExecutionException
				|| current instanceof org.axonframework.eventhandling.EventProcessingException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		if (current instanceof RuntimeException runtime) {
			Throwable nested = runtime;
			while (nested != null) {
				if (nested instanceof DevelopmentIdTaken taken) {
					return taken;
				}
				nested = nested.getCause();
			}
			return runtime;
		}
		return ex;
	}

	private Map<String, Object> metadata() {
		RequestContext.Ids ids = this.requestContext.ids();
		Map<String, Object> metadata = new HashMap<>();
		metadata.put(AxonConfiguration.RECORDED_BY, this.requestContext.user());
		metadata.put(AxonConfiguration.REQUEST_ID, ids.requestId());
		metadata.put(AxonConfiguration.CORRELATION_ID, ids.correlationId());
		return metadata;
	}

}
