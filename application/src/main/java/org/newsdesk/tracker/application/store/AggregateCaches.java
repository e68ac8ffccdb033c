package org.newsdesk.tracker.application.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The aggregates kept in memory between commands, one {@link SoftAggregateCache} for each
 * kind, and what they report: {@code tracker.aggregates.cache.gets} (by {@code result}:
 * hit, or miss when the aggregate was folded from its stream),
 * {@code tracker.aggregates.cache.removals} (by {@code cause}: collected by the garbage
 * collector, or evicted over the capacity) and {@code tracker.aggregates.cache.size},
 * each tagged with the aggregate's {@code type}. An operator whose misses climb with the
 * heap full sees that the tracker needs more heap, or fewer aggregates kept.
 */
public final class AggregateCaches implements MeterBinder {

	private final int capacity;

	private final Map<String, SoftAggregateCache> caches = new ConcurrentHashMap<>();

	private volatile MeterRegistry registry;

	public AggregateCaches(int capacity) {
		this.capacity = capacity;
	}

	/** The cache of one kind of aggregate, made on first use. */
	SoftAggregateCache of(Class<?> aggregate) {
		return this.caches.computeIfAbsent(aggregate.getSimpleName(), (type) -> {
			SoftAggregateCache cache = new SoftAggregateCache(this.capacity);
			MeterRegistry known = this.registry;
			if (known != null) {
				register(known, type, cache);
			}
			return cache;
		});
	}

	@Override
	public synchronized void bindTo(MeterRegistry registry) {
		this.registry = registry;
		this.caches.forEach((type, cache) -> register(registry, type, cache));
	}

	private static void register(MeterRegistry registry, String type, SoftAggregateCache cache) {
		String gets = "tracker.aggregates.cache.gets";
		FunctionCounter.builder(gets, cache, SoftAggregateCache::hits)
			.description("Aggregates looked up in memory before a command, by result")
			.tags("type", type, "result", "hit")
			.register(registry);
		FunctionCounter.builder(gets, cache, SoftAggregateCache::misses)
			.description("Aggregates looked up in memory before a command, by result")
			.tags("type", type, "result", "miss")
			.register(registry);
		String removals = "tracker.aggregates.cache.removals";
		FunctionCounter.builder(removals, cache, SoftAggregateCache::collected)
			.description("Aggregates dropped from memory, by cause")
			.tags("type", type, "cause", "collected")
			.register(registry);
		FunctionCounter.builder(removals, cache, SoftAggregateCache::evicted)
			.description("Aggregates dropped from memory, by cause")
			.tags("type", type, "cause", "evicted")
			.register(registry);
		Gauge.builder("tracker.aggregates.cache.size", cache, SoftAggregateCache::size)
			.description("Aggregates kept in memory, cleared ones not yet dropped included")
			.tags("type", type)
			.register(registry);
	}

}
