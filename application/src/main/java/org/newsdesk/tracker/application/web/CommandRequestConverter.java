package org.newsdesk.tracker.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * Reads request bodies of {@link CommandRequest} types: at most 256 KiB, strict JSON (no
 * duplicate keys), bound by {@link RequestBinder} so that every bad field is reported.
 */
class CommandRequestConverter implements HttpMessageConverter<Object> {

	private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final RequestBinder binder;

	CommandRequestConverter(RequestBinder binder) {
		this.binder = binder;
	}

	@Override
	public boolean canRead(Class<?> clazz, MediaType mediaType) {
		return CommandRequest.class.isAssignableFrom(clazz) && clazz.isRecord() && (mediaType == null
				|| MediaType.APPLICATION_JSON.isCompatibleWith(mediaType) || mediaType.getSubtype().endsWith("+json"));
	}

	@Override
	public boolean canWrite(Class<?> clazz, MediaType mediaType) {
		return false;
	}

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return List.of(MediaType.APPLICATION_JSON);
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Object read(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
		byte[] body = readLimited(inputMessage.getBody());
		JsonNode node;
		try {
			node = (body.length == 0) ? null : STRICT_JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			var location = ex.getLocation();
			throw new InvalidRequest("$",
					"malformed JSON"
							+ ((location != null)
									? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "")
							+ ": " + ex.getOriginalMessage());
		}
		return this.binder.bind(node, (Class) clazz);
	}

	private static byte[] readLimited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(RequestBodyLimit.MAX_BYTES + 1);
		if (bytes.length > RequestBodyLimit.MAX_BYTES) {
			throw new PayloadTooLarge();
		}
		return bytes;
	}

	@Override
	public void write(Object o, MediaType contentType, HttpOutputMessage outputMessage) {
		throw new UnsupportedOperationException();
	}

}
