package org.newsdesk.tracker.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an aggregate remembers of an event it may have to compare a repeated command with:
 * 128 bits of SHA-256 over an unambiguous encoding of the event's values, so that two
 * fingerprints are equal exactly when the events are (as records compare), short of a
 * collision no one will ever meet. An aggregate that keeps fingerprints instead of its
 * events takes a few bytes per development in memory instead of its whole text.
 * <p>
 * The encoding writes each value with a tag naming its type: records by class name and
 * components in order, strings as their UTF-16 code units (so that strings that differ
 * only in unpaired surrogates stay apart; one byte each when all fit in one), decimals as
 * scale and unscaled value (as {@link BigDecimal#equals} compares them), lists element by
 * element. A value of any other type is not encoded: the fingerprint then keeps the value
 * itself and compares with {@link Object#equals}, which is always right and only costs
 * memory.
 */
public final class Fingerprint {

	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Method[] accessors = new Method[components.length];
			for (int i = 0; i < components.length; i++) {
				accessors[i] = components[i].getAccessor();
				accessors[i].setAccessible(true);
			}
			Encoder name = new Encoder();
			name.string(type.getName());
			return new Shape(accessors, Arrays.copyOf(name.bytes, name.length));
		}
	};

	/**
	 * Each thread's encoder, its buffer and digest reused from one fingerprint to the
	 * next.
	 */
	private static final ThreadLocal<Encoder> ENCODERS = ThreadLocal.withInitial(Encoder::new);

	/** A record class's accessors, and its name as the encoding writes it. */
	private record Shape(Method[] accessors, byte[] name) {
	}

	private final long high;

	private final long low;

	/** The value itself, when it holds something the encoding does not cover. */
	private final Object retained;

	private Fingerprint(long high, long low, Object retained) {
		this.high = high;
		this.low = low;
		this.retained = retained;
	}

	/** The fingerprint of {@code value}: a record, usually an event. */
	public static Fingerprint of(Object value) {
		Encoder encoder = ENCODERS.get();
		if (encoder.inUse) {
			// A record accessor that takes a fingerprint itself.
			encoder = new Encoder();
		}
		encoder.inUse = true;
		try {
			encoder.length = 0;
			if (!encoder.write(value)) {
				return new Fingerprint(0, 0, value);
			}
			ByteBuffer digest = ByteBuffer.wrap(encoder.digest());
			return new Fingerprint(digest.getLong(), digest.getLong(), null);
		}
		finally {
			encoder.release();
		}
	}

	/** The high 64 bits, for storing a fingerprint apart ({@link #of(long, long)}). */
	public long high() {
		return this.high;
	}

	public long low() {
		return this.low;
	}

	/**
	 * Whether the fingerprint is its two halves alone: false when it keeps the value
	 * itself.
	 */
	public boolean encoded() {
		return this.retained == null;
	}

	/** A fingerprint stored as its two halves. */
	public static Fingerprint of(long high, long low) {
		return new Fingerprint(high, low, null);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Fingerprint that && that.high == this.high && that.low == this.low
				&& Objects.equals(that.retained, this.retained);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.high) * 31 + Objects.hashCode(this.retained);
	}

	@Override
	public String toString() {
		return (this.retained != null) ? "Fingerprint[" + this.retained + "]"
				: String.format("Fingerprint[%016x%016x]", this.high, this.low);
	}

	private static final class Encoder {

		/** Above this, a buffer is not kept for the next fingerprint. */
		private static final int KEPT_BUFFER = 64 * 1024;

		private byte[] bytes = new byte[512];

		private int length;

		private boolean inUse;

		private MessageDigest sha256;

		byte[] digest() {
			if (this.sha256 == null) {
				try {
					this.sha256 = MessageDigest.getInstance("SHA-256");
				}
				catch (NoSuchAlgorithmException ex) {
					throw new IllegalStateException("every Java runtime has SHA-256", ex);
				}
			}
			this.sha256.update(this.bytes, 0, this.length);
			return this.sha256.digest();
		}

		void release() {
			this.inUse = false;
			if (this.bytes.length > KEPT_BUFFER) {
				this.bytes = new byte[512];
			}
		}

		/** False when the value holds something not covered. */
		boolean write(Object value) {
			if (value == null) {
				tag(0);
			}
			else if (value instanceof String text) {
				tag(1);
				string(text);
			}
			else if (value instanceof Record) {
				tag(2);
				Shape shape = SHAPES.get(value.getClass());
				bytes(shape.name());
				for (Method accessor : shape.accessors()) {
					if (!write(component(accessor, value))) {
						return false;
					}
				}
			}
			else if (value instanceof List<?> list) {
				tag(3);
				integer(list.size());
				for (Object element : list) {
					if (!write(element)) {
						return false;
					}
				}
			}
			else if (value instanceof Enum<?> constant) {
				tag(4);
				string(constant.getDeclaringClass().getName());
				string(constant.name());
			}
			else if (value instanceof UUID uuid) {
				tag(5);
				longValue(uuid.getMostSignificantBits());
				longValue(uuid.getLeastSignificantBits());
			}
			else if (value instanceof BigDecimal decimal) {
				tag(6);
				integer(decimal.scale());
				byte[] unscaled = decimal.unscaledValue().toByteArray();
				integer(unscaled.length);
				for (byte b : unscaled) {
					tag(b);
				}
			}
			else if (value instanceof Boolean bool) {
				tag(7);
				tag(bool ? 1 : 0);
			}
			else if (value instanceof Integer || value instanceof Long || value instanceof Short
					|| value instanceof Byte) {
				tag(8);
				string(value.getClass().getName());
				longValue(((Number) value).longValue());
			}
			else if (value instanceof Instant instant) {
				tag(9);
				longValue(instant.getEpochSecond());
				integer(instant.getNano());
			}
			else if (value instanceof LocalDate date) {
				tag(10);
				longValue(date.toEpochDay());
			}
			else {
				return false;
			}
			return true;
		}

		private static Object component(Method accessor, Object record) {
			try {
				return accessor.invoke(record);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot read " + accessor, ex);
			}
		}

		/**
		 * A string as its length and code units: one byte each when every unit fits in
		 * one (marked 0), two bytes each otherwise (marked 1). Most text is of the first
		 * kind, and hashing half the bytes is half the digest's work.
		 */
		private void string(String text) {
			int units = text.length();
			room(5 + units * 2);
			int start = this.length;
			tag(0);
			integer(units);
			for (int i = 0; i < units; i++) {
				char c = text.charAt(i);
				if (c > 0xFF) {
					this.length = start;
					wideString(text);
					return;
				}
				this.bytes[this.length++] = (byte) c;
			}
		}

		private void wideString(String text) {
			tag(1);
			integer(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				this.bytes[this.length++] = (byte) (c >>> 8);
				this.bytes[this.length++] = (byte) c;
			}
		}

		private void bytes(byte[] encoded) {
			room(encoded.length);
			System.arraycopy(encoded, 0, this.bytes, this.length, encoded.length);
			this.length += encoded.length;
		}

		private void tag(int value) {
			room(1);
			this.bytes[this.length++] = (byte) value;
		}

		private void integer(int value) {
			room(4);
			for (int shift = 24; shift >= 0; shift -= 8) {
				this.bytes[this.length++] = (byte) (value >>> shift);
			}
		}

		private void longValue(long value) {
			room(8);
			for (int shift = 56; shift >= 0; shift -= 8) {
				this.bytes[this.length++] = (byte) (value >>> shift);
			}
		}

		private void room(int more) {
			if (this.length + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
			}
		}

	}

}
