package org.newsdesk.tracker.application.admin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What last stopped each projection. A batch that fails is written not at all and tried
 * again; meanwhile its projection reports ERROR with the problem, until its position has
 * passed the first event of the batch that failed. Failures are known to the node whose
 * processor met them, the one holding the projection's token.
 */
@Component
public class ProjectionFailures implements ConfigurerModule {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionFailures.class);

	/**
	 * @param position the first event of the batch that failed
	 * @param event that event's type
	 * @param problem what went wrong, as the exception said it
	 */
	public record Failure(long position, String event, String problem) {

		/** As the status reports it: the event, its position and the problem. */
		public String text() {
			return this.event + " at position " + this.position + ": " + this.problem;
		}

	}

	private final Map<String, Failure> last = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	ProjectionFailures(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public void configureModule(Configurer configurer) {
		for (String name : Projections.NAMES) {
			configurer.eventProcessing().registerErrorHandler(name, (c) -> (context) -> {
				record(context);
				PropagatingErrorHandler.instance().handleError(context);
			});
		}
	}

	private void record(ErrorContext context) {
		long position = -1;
		String event = "";
		for (EventMessage<?> message : context.failedEvents()) {
			if (message instanceof TrackedEventMessage<?> tracked) {
				position = tracked.trackingToken().position().orElse(-1);
				event = message.getPayloadType().getSimpleName();
				break;
			}
		}
		Throwable cause = context.error();
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String problem = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		this.last.put(context.eventProcessor(), new Failure(position, event, problem));
		Counter.builder("tracker.projection.failures")
			.description("Batches a projection failed to apply; each is written not at all and tried again")
			.tag("projection", context.eventProcessor())
			.register(this.meters)
			.increment();
		logger.warn("Projection {} failed on {} at position {}; the batch is written not at all and tried again: {}",
				context.eventProcessor(), event, position, problem);
	}

	/** Forgets the projection's failure: it is being rebuilt from the first event. */
	void forget(String projection) {
		this.last.remove(projection);
	}

	/**
	 * The failure that still holds the projection back at this position, if any; one the
	 * projection has got past is forgotten.
	 */
	public Optional<Failure> unresolved(String projection, long position) {
		Failure failure = this.last.get(projection);
		if (failure == null) {
			return Optional.empty();
		}
		if (position >= failure.position()) {
			this.last.remove(projection, failure);
			return Optional.empty();
		}
		return Optional.of(failure);
	}

}
