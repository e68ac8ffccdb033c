package org.newsdesk.tracker.application.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Builds the pieces of a story over the API, as an editor would, asserting each write
 * lands.
 */
public final class Story {

	private final Api api;

	public Story(Api api) {
		this.api = api;
	}

	public static String id() {
		return UUID.randomUUID().toString();
	}

	/** A JSON object from alternating names and values, in order. */
	public static String json(Object... namesAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		try {
			return Api.JSON.writeValueAsString(object);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	public String investigation(String title) {
		String id = id();
		created(this.api.post(Users.EDITOR, "/api/v1/investigations", json("investigationId", id, "title", title)));
		return id;
	}

	public String party(String name, String kind) {
		String id = id();
		created(this.api.post(Users.EDITOR, "/api/v1/parties", json("partyId", id, "name", name, "kind", kind)));
		return id;
	}

	public String source(String title) {
		String id = id();
		created(this.api.post(Users.EDITOR, "/api/v1/sources",
				json("sourceId", id, "kind", "ARTICLE", "title", title)));
		return id;
	}

	public String claim(String investigationId, String statement) {
		String id = id();
		created(this.api.post(Users.EDITOR, "/api/v1/investigations/" + investigationId + "/claims",
				json("claimId", id, "statement", statement)));
		return id;
	}

	/**
	 * The body of a development with the given date, parties, sources and summary, plus
	 * extra fields.
	 */
	public static String development(String developmentId, String occurredOn, List<String> partyIds,
			List<String> sourceIds, String summary, Object... extra) {
		Object[] fields = new Object[10 + extra.length];
		Object[] base = { "developmentId", developmentId, "occurredOn", occurredOn, "partyIds", partyIds, "sourceIds",
				sourceIds, "summary", summary };
		System.arraycopy(base, 0, fields, 0, base.length);
		System.arraycopy(extra, 0, fields, base.length, extra.length);
		return json(fields);
	}

	public static Api.Response created(Api.Response response) {
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response;
	}

}
