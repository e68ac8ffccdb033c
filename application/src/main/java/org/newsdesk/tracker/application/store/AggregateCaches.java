package org.newsdesk.tracker.application.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

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

	private final Map<String, SoftAggregateCache> caches = new HashMap<>();

	private MeterRegistry registry;

	public AggregateCaches(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * The cache of one kind of aggregate, made on first use; called once per kind while
	 * Axon is configured, and in step with {@link #bindTo}, so that no cache is made
	 * between the registry's arrival and its registration of those already made.
	 */
	synchronized SoftAggregateCache of(Class<?> aggregate) {
		String type = aggregate.getSimpleName();
		SoftAggregateCache cache = this.caches.get(type);
		if (cache == null) {
			cache = new SoftAggregateCache(this.capacity);
			this.caches.put(type, cache);
			if (this.registry != null) {
				register(this.registry, type, cache);
			}
		}
		return cache;
	}

	@Override
	public synchronized void bindTo(MeterRegistry registry) {
		this.registry = registry;
		this.caches.forEach((type, cache) -> register(registry, type, cache));
	}

	private static void register(MeterRegistry registry, String type, SoftAggregateCache cache) {
		String gets = "Aggregates looked up in memory before a command, by result";
		count(registry, "tracker.aggregates.cache.gets", gets, type, "result", "hit", cache, SoftAggregateCache::hits);
		count(registry, "tracker.aggregates.cache.gets", gets, type, "result", "miss", cache,
				SoftAggregateCache::misses);
		String removals = "Aggregates dropped from memory, by cause";
		count(registry, "tracker.aggregates.cache.removals", removals, type, "cause", "collected", cache,
				SoftAggregateCache::collected);
		count(registry, "tracker.aggregates.cache.removals", removals, type, "cause", "evicted", cache,
				SoftAggregateCache::evicted);
		Gauge.builder("tracker.aggregates.cache.size", cache, SoftAggregateCache::size)
			.description("Aggregates kept in memory, cleared ones not yet dropped included")
			.tags("type", type)
			.register(registry);
	}

	private static void count(MeterRegistry registry, String name, String description, String type, String tag,
			String value, SoftAggregateCache cache, ToDoubleFunction<SoftAggregateCache> count) {
		FunctionCounter.builder(name, cache, count)
			.description(description)
			.tags("type", type, tag, value)
			.register(registry);
	}

}
