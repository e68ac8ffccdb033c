package org.newsdesk.tracker.application.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.tracker.claim.Claim;
import org.newsdesk.tracker.client.ClientRelationship;
import org.newsdesk.tracker.investigation.Investigation;
import org.newsdesk.tracker.party.Party;
import org.newsdesk.tracker.proceeding.Proceeding;
import org.newsdesk.tracker.source.Source;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which kind of aggregate owns a stream. Axon loads whatever stream an id names, so a
 * command for a claim sent with a party's id, or a party registered under a claim's id,
 * must be stopped before it reaches the aggregate.
 */
@Component
public class StreamTypes {

	private static final Map<String, Class<?>> AGGREGATES_BY_FEATURE = Map.of("investigation", Investigation.class,
			"party", Party.class, "source", Source.class, "claim", Claim.class, "client", ClientRelationship.class,
			"proceeding", Proceeding.class);

	private static final int REMEMBERED = 50_000;

	private final BoundedMemory<String, String> known = new BoundedMemory<>(REMEMBERED);

	private final JdbcTemplate jdbc;

	StreamTypes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The aggregate type a command of the domain is handled by, named as the event store
	 * names it.
	 */
	public static String aggregateTypeOf(Object command) {
		String feature = command.getClass().getPackageName();
		Class<?> aggregate = AGGREGATES_BY_FEATURE.get(feature.substring(feature.lastIndexOf('.') + 1));
		if (aggregate == null) {
			throw new IllegalArgumentException("no aggregate handles " + command.getClass().getName());
		}
		return aggregate.getSimpleName();
	}

	/**
	 * The type of the aggregate that owns the stream, or empty when nothing is stored
	 * under the id.
	 */
	public Optional<String> typeOf(String aggregateIdentifier) {
		String known = this.known.get(aggregateIdentifier);
		if (known != null) {
			return Optional.of(known);
		}
		List<String> types = this.jdbc.queryForList(
				"select type from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
				String.class, aggregateIdentifier);
		Optional<String> type = types.stream().findFirst();
		type.ifPresent((found) -> remember(aggregateIdentifier, found));
		return type;
	}

	/**
	 * A stream's first event never changes, so a type once found holds for good, on every
	 * node; an absent stream may appear at any time and is never remembered.
	 */
	private void remember(String aggregateIdentifier, String type) {
		this.known.put(aggregateIdentifier, type.intern());
	}

}
