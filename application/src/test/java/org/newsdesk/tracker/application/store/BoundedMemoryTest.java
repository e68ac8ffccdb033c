package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BoundedMemoryTest {

	@Test
	void keepsNoMoreThanItsCapacityAndAlwaysWhatWasJustKept() {
		BoundedMemory<String, Integer> memory = new BoundedMemory<>(100);
		for (int i = 0; i < 1_000; i++) {
			memory.put("stream-" + i, i);
			assertThat(memory.size()).isLessThanOrEqualTo(100);
			assertThat(memory.get("stream-" + i)).isEqualTo(i);
		}
		assertThat(memory.size()).isEqualTo(100);
	}

	@Test
	void mergesWithWhatIsKept() {
		BoundedMemory<String, Long> memory = new BoundedMemory<>(4);
		memory.merge("claim", 5L, Math::max);
		memory.merge("claim", 3L, Math::max);
		assertThat(memory.get("claim")).isEqualTo(5L);
		memory.merge("claim", 7L, Math::max);
		assertThat(memory.get("claim")).isEqualTo(7L);
	}

	@Test
	void keysSpreadEvenlyBeyondItsCapacityAreFoundAsOftenAsItHoldsThem() {
		// The use that emptied the earlier memories whole: more keys than the bound.
		int capacity = 50_000;
		int keys = 60_000;
		BoundedMemory<Integer, Integer> memory = new BoundedMemory<>(capacity);
		Random random = new Random(11);
		int found = 0;
		int looks = 600_000;
		for (int i = 0; i < looks; i++) {
			int key = random.nextInt(keys);
			if (memory.get(key) != null) {
				found++;
			}
			else {
				memory.put(key, key);
			}
		}
		// Emptied whole at the bound, the same looks found 52 %.
		assertThat((double) found / looks).isGreaterThan(0.7);
	}

	@Test
	void refusesACapacityBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BoundedMemory<>(0)).withMessageContaining("0");
	}

}
