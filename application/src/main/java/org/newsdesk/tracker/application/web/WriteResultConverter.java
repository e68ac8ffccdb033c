package org.newsdesk.tracker.application.web;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * Writes a {@link WriteResult}, the answer to every write, as the JSON Spring's own
 * converter writes, with its length stated. Spring's Jackson converter flushes what it
 * wrote, which commits the response before its length is known: Tomcat then sends the
 * body in chunks, and the end of the chunks in a write of its own, two writes to the
 * socket for every command where one does. The same mapper writes the same bytes.
 */
class WriteResultConverter implements HttpMessageConverter<WriteResult> {

	private final ObjectMapper json;

	WriteResultConverter(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public boolean canRead(Class<?> clazz, MediaType mediaType) {
		return false;
	}

	@Override
	public boolean canWrite(Class<?> clazz, MediaType mediaType) {
		return WriteResult.class == clazz && (mediaType == null || mediaType.isWildcardType()
				|| MediaType.APPLICATION_JSON.isCompatibleWith(mediaType));
	}

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return List.of(MediaType.APPLICATION_JSON);
	}

	@Override
	public WriteResult read(Class<? extends WriteResult> clazz, HttpInputMessage inputMessage) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void write(WriteResult result, MediaType contentType, HttpOutputMessage outputMessage) throws IOException {
		byte[] body = this.json.writeValueAsBytes(result);
		outputMessage.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		outputMessage.getHeaders().setContentLength(body.length);
		outputMessage.getBody().write(body);
	}

}
