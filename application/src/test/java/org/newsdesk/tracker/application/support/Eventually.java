package org.newsdesk.tracker.application.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous read model to show something, with a deadline instead of a
 * fixed sleep.
 */
public final class Eventually {

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private Eventually() {
	}

	/**
	 * Polls until the value satisfies the condition and returns it; fails with the last
	 * value at the deadline.
	 */
	public static <T> T until(Supplier<T> value, java.util.function.Predicate<T> condition, String what) {
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		T last = value.get();
		while (!condition.test(last)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("still not " + what + " after " + DEADLINE.toSeconds() + " s; last: " + last);
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
			last = value.get();
		}
		return last;
	}

}
