package org.newsdesk.tracker.application.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A small HTTP client for the tracker's API, speaking JSON with HTTP Basic. */
public final class Api {

	public static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Api(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public record Response(int status, String raw, JsonNode body, HttpHeaders headers) {

		public String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

	}

	public Response post(String user, String path, String json) {
		return post(user, path, json, Map.of());
	}

	public Response post(String user, String path, String json, Map<String, String> headers) {
		HttpRequest.Builder request = request(user, path).header("Content-Type", "application/json")
			.POST((json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return send(request.build());
	}

	public Response get(String user, String path) {
		return send(request(user, path).GET().build());
	}

	/** A GET for plain text, such as the Prometheus scrape. */
	public Response getText(String user, String path) {
		return send(request(user, path).setHeader("Accept", "text/plain").GET().build());
	}

	public HttpRequest.Builder request(String user, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json");
		if (user != null) {
			builder.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			String raw = response.body();
			JsonNode body;
			try {
				body = (raw == null || raw.isBlank()) ? MissingNode.getInstance() : JSON.readTree(raw);
			}
			catch (IOException ex) {
				body = MissingNode.getInstance();
			}
			return new Response(response.statusCode(), raw, body, response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
