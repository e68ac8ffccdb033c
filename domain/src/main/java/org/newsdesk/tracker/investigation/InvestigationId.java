package org.newsdesk.tracker.investigation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record InvestigationId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public InvestigationId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static InvestigationId of(String value) {
		return new InvestigationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
