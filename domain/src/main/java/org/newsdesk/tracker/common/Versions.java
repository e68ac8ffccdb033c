package org.newsdesk.tracker.common;

import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * Aggregate versions as the API counts them: the number of events, so the first event
 * makes version 1. Axon counts sequence numbers from 0.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * The version of the aggregate whose handler is running, 0 before its first event.
	 */
	public static long current() {
		Long sequence = AggregateLifecycle.getVersion();
		return (sequence != null) ? sequence + 1 : 0;
	}

	/**
	 * Refuses the command when the caller based it on another version than the current
	 * one.
	 * @param expected the version the caller saw, or {@code null} when it does not care
	 */
	public static void require(Long expected) {
		if (expected == null) {
			return;
		}
		long current = current();
		if (expected != current) {
			throw new StaleVersion(expected, current);
		}
	}

}
