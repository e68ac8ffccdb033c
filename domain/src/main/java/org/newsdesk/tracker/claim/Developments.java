package org.newsdesk.tracker.claim;

import java.util.Arrays;
import java.util.UUID;

import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Fingerprint;
import org.newsdesk.tracker.common.StateConflict;
import org.newsdesk.tracker.common.UnknownReference;

/**
 * The developments a claim has recorded, as far as decisions need them: the
 * {@link Fingerprint} of what each id recorded first (for idempotent repeats), its kind,
 * and whether it has been retracted or struck.
 * <p>
 * Kept in a few flat arrays rather than an object per development, so that a claim in the
 * aggregate cache costs about sixty bytes per development instead of its text: a node can
 * then keep tens of thousands of claims in memory, and a development recorded on one of
 * them need not read its stream first.
 */
final class Developments {

	/**
	 * Per development: the id's two halves, the fingerprint's two halves, the version.
	 */
	private static final int STRIDE = 5;

	private static final int NONE = -1;

	private long[] longs = new long[STRIDE * 4];

	private byte[] kinds = new byte[4];

	/** The index of the development that retracts this one, or {@link #NONE}. */
	private int[] retractedBy = new int[4];

	private boolean[] struck = new boolean[4];

	/** Fingerprints that keep their event, by index; null while there are none. */
	private Fingerprint[] retained;

	/** Open addressing by id: an entry's index plus one, 0 for an empty slot. */
	private int[] slots = new int[8];

	private int size;

	/** One development as decisions see it. */
	record Entry(DevelopmentId id, DevelopmentKind kind, long version, Fingerprint fingerprint,
			DevelopmentId retractedBy, boolean struck) {
	}

	Entry find(DevelopmentId developmentId) {
		int index = indexOf(developmentId.value());
		return (index == NONE) ? null : entry(index);
	}

	void add(ClaimDevelopment event, long version) {
		UUID id = event.developmentId().value();
		Fingerprint fingerprint = Fingerprint.of(event);
		int earlier = indexOf(id);
		// Decisions never record an id twice; were a stream to hold one, the later event
		// counts, as it did when each event was kept in a map.
		int index = (earlier != NONE) ? earlier : this.size;
		grow(index + 1);
		int base = index * STRIDE;
		this.longs[base] = id.getMostSignificantBits();
		this.longs[base + 1] = id.getLeastSignificantBits();
		this.longs[base + 2] = fingerprint.high();
		this.longs[base + 3] = fingerprint.low();
		this.longs[base + 4] = version;
		this.kinds[index] = (byte) event.kind().ordinal();
		this.retractedBy[index] = NONE;
		this.struck[index] = false;
		if (!fingerprint.encoded() || this.retained != null) {
			if (this.retained == null) {
				this.retained = new Fingerprint[this.kinds.length];
			}
			this.retained[index] = fingerprint.encoded() ? null : fingerprint;
		}
		if (earlier != NONE) {
			return;
		}
		this.size = index + 1;
		if (this.size * 2 > this.slots.length) {
			rehash(this.slots.length * 2);
		}
		else {
			place(index);
		}
	}

	void retract(DevelopmentId target, DevelopmentId by) {
		this.retractedBy[indexOf(target.value())] = indexOf(by.value());
	}

	void strike(DevelopmentId target) {
		int index = indexOf(target.value());
		this.struck[index] = true;
		for (int other = 0; other < this.size; other++) {
			// A struck retraction no longer retracts anything.
			if (this.retractedBy[other] == index) {
				this.retractedBy[other] = NONE;
			}
		}
	}

	Entry requireRetractable(DevelopmentId target) {
		Entry entry = require("retractedDevelopmentId", target);
		requireKind(entry, target, DevelopmentKind.RETRACTABLE, "retracted");
		if (entry.retractedBy() != null) {
			throw new StateConflict(entry.kind().label() + " " + target + " is already retracted by development "
					+ entry.retractedBy());
		}
		return entry;
	}

	Entry requireCorrectable(DevelopmentId target) {
		Entry entry = require("correctedDevelopmentId", target);
		requireKind(entry, target, DevelopmentKind.CORRECTABLE, "corrected");
		return entry;
	}

	Entry requireStrikable(DevelopmentId target) {
		Entry entry = require("struckDevelopmentId", target);
		requireKind(entry, target, DevelopmentKind.STRIKABLE, "struck");
		return entry;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Developments that) || that.size != this.size) {
			return false;
		}
		for (int index = 0; index < this.size; index++) {
			if (!that.entry(index).equals(entry(index))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		int hash = this.size;
		for (int index = 0; index < this.size; index++) {
			hash = hash * 31 + entry(index).hashCode();
		}
		return hash;
	}

	private Entry entry(int index) {
		int base = index * STRIDE;
		Fingerprint fingerprint = (this.retained != null && this.retained[index] != null) ? this.retained[index]
				: Fingerprint.of(this.longs[base + 2], this.longs[base + 3]);
		int by = this.retractedBy[index];
		return new Entry(idAt(index), DevelopmentKind.values()[this.kinds[index]], this.longs[base + 4], fingerprint,
				(by == NONE) ? null : idAt(by), this.struck[index]);
	}

	private DevelopmentId idAt(int index) {
		return new DevelopmentId(new UUID(this.longs[index * STRIDE], this.longs[index * STRIDE + 1]));
	}

	private int indexOf(UUID id) {
		long most = id.getMostSignificantBits();
		long least = id.getLeastSignificantBits();
		int mask = this.slots.length - 1;
		for (int slot = spread(most, least) & mask;; slot = (slot + 1) & mask) {
			int held = this.slots[slot];
			if (held == 0) {
				return NONE;
			}
			int base = (held - 1) * STRIDE;
			if (this.longs[base] == most && this.longs[base + 1] == least) {
				return held - 1;
			}
		}
	}

	private void place(int index) {
		int mask = this.slots.length - 1;
		int slot = spread(this.longs[index * STRIDE], this.longs[index * STRIDE + 1]) & mask;
		while (this.slots[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = index + 1;
	}

	private void rehash(int capacity) {
		this.slots = new int[capacity];
		for (int index = 0; index < this.size; index++) {
			place(index);
		}
	}

	private static int spread(long most, long least) {
		long mixed = (most ^ least) * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 32);
	}

	private void grow(int needed) {
		if (needed <= this.kinds.length) {
			return;
		}
		int capacity = Math.max(needed, this.kinds.length + (this.kinds.length >> 1) + 1);
		this.longs = Arrays.copyOf(this.longs, capacity * STRIDE);
		this.kinds = Arrays.copyOf(this.kinds, capacity);
		this.retractedBy = Arrays.copyOf(this.retractedBy, capacity);
		this.struck = Arrays.copyOf(this.struck, capacity);
		if (this.retained != null) {
			this.retained = Arrays.copyOf(this.retained, capacity);
		}
	}

	private Entry require(String field, DevelopmentId target) {
		Entry entry = find(target);
		if (entry == null) {
			throw new UnknownReference(field, "development", target);
		}
		return entry;
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static void requireKind(Entry entry, DevelopmentId target, java.util.Set<DevelopmentKind> allowed,
			String verb) {
		if (entry.struck()) {
			throw new StateConflict(entry.kind().label() + " " + target + " is struck and cannot be " + verb);
		}
		if (!allowed.contains(entry.kind())) {
			throw new StateConflict(
					capitalized(entry.kind().one()) + " cannot be " + verb + " (development " + target + ")");
		}
	}

}
