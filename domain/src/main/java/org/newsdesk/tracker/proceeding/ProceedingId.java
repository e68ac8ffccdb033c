package org.newsdesk.tracker.proceeding;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record ProceedingId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ProceedingId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static ProceedingId of(String value) {
		return new ProceedingId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
