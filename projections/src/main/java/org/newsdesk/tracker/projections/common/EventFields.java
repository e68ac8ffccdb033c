package org.newsdesk.tracker.projections.common;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.investigation.InvestigationId;

/** The fields most events share, read from any event record that has them. */
public final class EventFields {

	private EventFields() {
	}

	public static DevelopmentId developmentId(Object payload) {
		return component(payload, "developmentId", DevelopmentId.class);
	}

	public static InvestigationId investigationId(Object payload) {
		return component(payload, "investigationId", InvestigationId.class);
	}

	/** A text component of the event, such as a reason, or null when it has none. */
	public static String text(Object payload, String name) {
		return component(payload, name, String.class);
	}

	public static DevelopmentDetails details(Object payload) {
		return component(payload, "details", DevelopmentDetails.class);
	}

	public static OccurredOn occurredOn(Object payload) {
		DevelopmentDetails details = details(payload);
		return (details != null) ? details.occurredOn() : null;
	}

	/**
	 * Each event class's record components by name, looked up once: asking a class for
	 * its record components parses them afresh every time.
	 */
	private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {

		@Override
		protected Map<String, RecordComponent> computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null) {
				return Map.of();
			}
			Map<String, RecordComponent> byName = new HashMap<>();
			for (RecordComponent component : components) {
				component.getAccessor().trySetAccessible();
				byName.put(component.getName(), component);
			}
			return Map.copyOf(byName);
		}

	};

	private static <T> T component(Object payload, String name, Class<T> type) {
		RecordComponent component = COMPONENTS.get(payload.getClass()).get(name);
		if (component == null || !type.isAssignableFrom(component.getType())) {
			return null;
		}
		try {
			return type.cast(component.getAccessor().invoke(payload));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read " + name + " of " + payload.getClass(), ex);
		}
	}

}
