package org.newsdesk.tracker.party;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record PartyId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public PartyId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static PartyId of(String value) {
		return new PartyId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
