package org.newsdesk.tracker.source;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record SourceId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SourceId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static SourceId of(String value) {
		return new SourceId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
