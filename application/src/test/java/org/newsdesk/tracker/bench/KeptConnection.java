package org.newsdesk.tracker.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection to the tracker, written and read by hand: the
 * benchmark's own client. The benchmark runs on the same two cores as the tracker and
 * PostgreSQL, and the JDK's {@code HttpClient} took about 0.36 ms of CPU per request (a
 * third of a core under the append load), time taken from the tracker it measured. This
 * one sends each request as one write and reads the answer by its {@code Content-Length}
 * or chunks, as pgbench is to the raw baseline: a client that costs next to nothing. Used
 * by one thread at a time.
 */
final class KeptConnection implements AutoCloseable {

	/** An answer: its status and body. */
	record Answer(int status, String body) {
	}

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	KeptConnection(String host, int port) {
		this.host = host;
		this.port = port;
	}

	Answer send(String method, String path, String authorization, String json) throws IOException {
		byte[] body = (json != null) ? json.getBytes(StandardCharsets.UTF_8) : null;
		StringBuilder head = new StringBuilder(256).append(method)
			.append(' ')
			.append(path)
			.append(" HTTP/1.1\r\nHost: ")
			.append(this.host)
			.append(':')
			.append(this.port)
			.append("\r\nAccept: application/json\r\nAuthorization: ")
			.append(authorization)
			.append("\r\n");
		if (body != null) {
			head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
		byte[] request = new byte[headBytes.length + ((body != null) ? body.length : 0)];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		if (body != null) {
			System.arraycopy(body, 0, request, headBytes.length, body.length);
		}
		boolean fresh = this.socket == null;
		try {
			return exchange(request);
		}
		catch (IOException ex) {
			close();
			if (fresh) {
				throw ex;
			}
			// The server closed a kept connection between two requests: once more on a
			// new one.
			return exchange(request);
		}
	}

	private Answer exchange(byte[] request) throws IOException {
		if (this.socket == null) {
			this.socket = new Socket(this.host, this.port);
			this.socket.setTcpNoDelay(true);
			this.socket.setSoTimeout((int) Duration.ofMinutes(10).toMillis());
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16384);
			this.out = this.socket.getOutputStream();
		}
		this.out.write(request);
		this.out.flush();
		String statusLine = line();
		if (!statusLine.startsWith("HTTP/1.1 ")) {
			throw new IOException("not an HTTP/1.1 answer: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> closing = value.equalsIgnoreCase("close");
				default -> {
				}
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long
				.parseLong(line().split(";")[0].trim(), 16)) {
				copy(size, body);
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length >= 0) {
			copy(length, body);
		}
		else {
			this.in.transferTo(body);
			closing = true;
		}
		if (closing) {
			close();
		}
		return new Answer(status, body.toString(StandardCharsets.UTF_8));
	}

	private void copy(long length, ByteArrayOutputStream to) throws IOException {
		byte[] buffer = new byte[8192];
		for (long left = length; left > 0;) {
			int read = this.in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new EOFException("the answer ended early");
			}
			to.write(buffer, 0, read);
			left -= read;
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
			if (c < 0) {
				throw new EOFException("the connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			this.socket = null;
		}
	}

}
