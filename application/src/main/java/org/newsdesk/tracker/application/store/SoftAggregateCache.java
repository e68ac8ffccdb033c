package org.newsdesk.tracker.application.store;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Aggregates kept between commands for as long as the heap has room for them, and at most
 * {@code capacity} of them.
 * <p>
 * Axon's {@code WeakReferenceCache} loses an aggregate at the first collection after the
 * command that used it: on two cores under eight editors' load, a young collection every
 * second or two, so nearly every command folded its claim from the stream again (half of
 * a development's time in the command handler, profiled in docs/performance.md). Soft
 * references are kept until the heap needs the room; the garbage collector clears them
 * all before it would run out of memory, so the cache never costs the process its heap.
 * Above {@code capacity} an arbitrary entry other than the one just put makes way, which
 * bounds the map itself.
 * <p>
 * What is cached may be behind the store when another node appended since: the append
 * then fails on the store's unique (aggregate, sequence) constraint, Axon removes the
 * entry, and the command is retried on a fresh load ({@code CommandDispatcher}).
 */
public final class SoftAggregateCache implements Cache {

	private final ConcurrentMap<Object, Entry> entries = new ConcurrentHashMap<>();

	private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();

	private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();

	private final int capacity;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final LongAdder collected = new LongAdder();

	private final LongAdder evicted = new LongAdder();

	/**
	 * @param capacity how many entries at most; a positive number
	 */
	public SoftAggregateCache(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("an aggregate cache holds at least one entry, not " + capacity);
		}
		this.capacity = capacity;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <K, V> V get(K key) {
		purge();
		Entry entry = this.entries.get(key);
		Object value = (entry != null) ? entry.get() : null;
		if (value != null) {
			this.hits.increment();
			for (EntryListener listener : this.listeners) {
				listener.onEntryRead(key, value);
			}
		}
		else {
			this.misses.increment();
		}
		return (V) value;
	}

	@Override
	public void put(Object key, Object value) {
		if (value == null) {
			remove(key);
			return;
		}
		purge();
		Entry previous = this.entries.put(key, new Entry(key, value, this.cleared));
		for (EntryListener listener : this.listeners) {
			if (previous != null && previous.get() != null) {
				listener.onEntryUpdated(key, value);
			}
			else {
				listener.onEntryCreated(key, value);
			}
		}
		makeRoom(key);
	}

	@Override
	public boolean putIfAbsent(Object key, Object value) {
		purge();
		Entry fresh = new Entry(key, value, this.cleared);
		boolean added = false;
		for (;;) {
			Entry present = this.entries.putIfAbsent(key, fresh);
			if (present == null) {
				added = true;
				break;
			}
			if (present.get() != null) {
				break;
			}
			// Present but cleared: counts as absent.
			if (this.entries.replace(key, present, fresh)) {
				added = true;
				break;
			}
		}
		if (added) {
			for (EntryListener listener : this.listeners) {
				listener.onEntryCreated(key, value);
			}
			makeRoom(key);
		}
		return added;
	}

	@Override
	public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
		T present = get(key);
		if (present != null) {
			return present;
		}
		T value = valueSupplier.get();
		if (value != null && !putIfAbsent(key, value)) {
			T won = get(key);
			return (won != null) ? won : value;
		}
		return value;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
		Entry entry = this.entries.get(key);
		Object value = (entry != null) ? entry.get() : null;
		if (value == null) {
			return;
		}
		V updated = update.apply((V) value);
		if (updated == null) {
			remove(key);
		}
		else {
			put(key, updated);
		}
	}

	@Override
	public boolean remove(Object key) {
		Entry removed = this.entries.remove(key);
		if (removed == null) {
			return false;
		}
		for (EntryListener listener : this.listeners) {
			listener.onEntryRemoved(key);
		}
		return true;
	}

	@Override
	public void removeAll() {
		for (Object key : this.entries.keySet()) {
			remove(key);
		}
	}

	@Override
	public boolean containsKey(Object key) {
		purge();
		Entry entry = this.entries.get(key);
		return entry != null && entry.get() != null;
	}

	@Override
	public Registration registerCacheEntryListener(EntryListener listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	/** How many entries the map holds, cleared ones not yet purged included. */
	int size() {
		return this.entries.size();
	}

	/** Looks-up that found an aggregate. */
	long hits() {
		return this.hits.sum();
	}

	/** Looks-up that found none, so the aggregate was folded from its stream. */
	long misses() {
		return this.misses.sum();
	}

	/** Entries dropped because the garbage collector took their aggregates. */
	long collected() {
		return this.collected.sum();
	}

	/** Entries dropped to stay within the capacity. */
	long evicted() {
		return this.evicted.sum();
	}

	/**
	 * Clears every entry's reference as the garbage collector does when the heap runs
	 * short, for tests.
	 */
	void clearAsCollectorWould() {
		for (Entry entry : this.entries.values()) {
			entry.enqueue();
		}
	}

	/**
	 * Drops the entries whose aggregates the garbage collector took, as Axon's own caches
	 * report them: expired.
	 */
	private void purge() {
		for (Object reference = this.cleared.poll(); reference != null; reference = this.cleared.poll()) {
			Entry entry = (Entry) reference;
			if (this.entries.remove(entry.key, entry)) {
				this.collected.increment();
				for (EntryListener listener : this.listeners) {
					listener.onEntryExpired(entry.key);
				}
			}
		}
	}

	/** Removes arbitrary entries above the capacity, never the one just put. */
	private void makeRoom(Object kept) {
		Iterator<Object> keys = this.entries.keySet().iterator();
		while (this.entries.size() > this.capacity && keys.hasNext()) {
			Object key = keys.next();
			if (!key.equals(kept) && remove(key)) {
				this.evicted.increment();
			}
		}
	}

	private static final class Entry extends SoftReference<Object> {

		private final Object key;

		Entry(Object key, Object value, ReferenceQueue<Object> queue) {
			super(value, queue);
			this.key = key;
		}

	}

}
