package org.newsdesk.tracker.application.store;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SoftAggregateCacheTest {

	@Test
	void keepsWhatWasPutUntilRemoved() {
		SoftAggregateCache cache = new SoftAggregateCache(10);
		cache.put("claim-1", "folded claim");
		assertThat(cache.<String, String>get("claim-1")).isEqualTo("folded claim");
		assertThat(cache.containsKey("claim-1")).isTrue();
		assertThat(cache.remove("claim-1")).isTrue();
		assertThat(cache.<String, String>get("claim-1")).isNull();
		assertThat(cache.remove("claim-1")).isFalse();
	}

	@Test
	void countsHitsMissesAndWhatItDrops() {
		SoftAggregateCache cache = new SoftAggregateCache(2);
		assertThat(cache.<String, String>get("claim-1")).isNull();
		cache.put("claim-1", "claim 1");
		cache.<String, String>get("claim-1");
		cache.<String, String>get("claim-1");
		cache.put("claim-2", "claim 2");
		cache.put("claim-3", "claim 3");
		assertThat(cache.hits()).isEqualTo(2);
		assertThat(cache.misses()).isEqualTo(1);
		assertThat(cache.evicted()).isEqualTo(1);
		assertThat(cache.collected()).isZero();
		cache.clearAsCollectorWould();
		assertThat(cache.<String, String>get("claim-3")).isNull();
		assertThat(cache.collected()).isEqualTo(2);
		assertThat(cache.misses()).isEqualTo(2);
		// Removed on purpose (a failed command's aggregate) is neither.
		cache.put("claim-4", "claim 4");
		cache.remove("claim-4");
		assertThat(cache.evicted() + cache.collected()).isEqualTo(3);
	}

	@Test
	void holdsNoMoreThanItsCapacity() {
		SoftAggregateCache cache = new SoftAggregateCache(3);
		for (int i = 0; i < 10; i++) {
			cache.put("claim-" + i, "claim " + i);
		}
		assertThat(cache.size()).isEqualTo(3);
		int kept = 0;
		for (int i = 0; i < 10; i++) {
			kept += cache.containsKey("claim-" + i) ? 1 : 0;
		}
		assertThat(kept).isEqualTo(3);
		assertThat(cache.containsKey("claim-9")).as("the entry just put").isTrue();
	}

	@Test
	void forgetsWhatTheCollectorTookAndReportsItExpired() {
		SoftAggregateCache cache = new SoftAggregateCache(10);
		List<String> expired = new ArrayList<>();
		cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
			@Override
			public void onEntryExpired(Object key) {
				expired.add(key.toString());
			}
		});
		cache.put("claim-1", "folded claim");
		cache.clearAsCollectorWould();
		assertThat(cache.<String, String>get("claim-1")).isNull();
		assertThat(cache.size()).isZero();
		assertThat(expired).containsExactly("claim-1");
		// A cleared entry counts as absent.
		assertThat(cache.putIfAbsent("claim-1", "folded again")).isTrue();
		assertThat(cache.<String, String>get("claim-1")).isEqualTo("folded again");
	}

	@Test
	void putIfAbsentKeepsTheFirstAndComputeIfAbsentReturnsIt() {
		SoftAggregateCache cache = new SoftAggregateCache(10);
		assertThat(cache.putIfAbsent("claim-1", "first")).isTrue();
		assertThat(cache.putIfAbsent("claim-1", "second")).isFalse();
		assertThat(cache.computeIfAbsent("claim-1", () -> "third")).isEqualTo("first");
		assertThat(cache.computeIfAbsent("claim-2", () -> "fourth")).isEqualTo("fourth");
		cache.computeIfPresent("claim-2", (String value) -> value + " updated");
		assertThat(cache.<String, String>get("claim-2")).isEqualTo("fourth updated");
		cache.computeIfPresent("claim-3", (String value) -> "never");
		assertThat(cache.containsKey("claim-3")).isFalse();
		cache.removeAll();
		assertThat(cache.size()).isZero();
	}

	@Test
	void tellsListenersUntilTheyUnregister() {
		SoftAggregateCache cache = new SoftAggregateCache(10);
		List<String> heard = new ArrayList<>();
		Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
			@Override
			public void onEntryCreated(Object key, Object value) {
				heard.add("created " + key);
			}

			@Override
			public void onEntryUpdated(Object key, Object value) {
				heard.add("updated " + key);
			}

			@Override
			public void onEntryRemoved(Object key) {
				heard.add("removed " + key);
			}
		});
		cache.put("claim-1", "v1");
		cache.put("claim-1", "v2");
		cache.remove("claim-1");
		registration.cancel();
		cache.put("claim-2", "v1");
		assertThat(heard).containsExactly("created claim-1", "updated claim-1", "removed claim-1");
	}

	@Test
	void refusesACapacityBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SoftAggregateCache(0))
			.withMessageContaining("at least one");
	}

}
