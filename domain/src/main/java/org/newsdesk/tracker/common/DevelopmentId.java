package org.newsdesk.tracker.common;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record DevelopmentId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DevelopmentId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static DevelopmentId of(String value) {
		return new DevelopmentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
