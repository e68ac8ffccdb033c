package org.newsdesk.tracker.claim;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record ClaimId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ClaimId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static ClaimId of(String value) {
		return new ClaimId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
