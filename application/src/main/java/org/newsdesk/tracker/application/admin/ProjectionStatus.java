package org.newsdesk.tracker.application.admin;

import java.time.Instant;

/**
 * Where a projection stands.
 *
 * @param state RUNNING, REBUILDING, STOPPED or ERROR
 * @param position the last event it has applied (global index), -1 before the first
 * @param head the last event stored
 * @param lagEvents how many stored events it has yet to apply
 * @param lagSeconds how long ago the oldest of those was stored
 * @param progressPercent during a rebuild, how far it has come; otherwise null
 * @param eventsPerSecond during a rebuild, its average rate so far; otherwise null
 * @param failure in ERROR, what failed: the event's type and position and the problem;
 * otherwise null
 */
public record ProjectionStatus(String name, String state, long position, long head, long lagEvents, double lagSeconds,
		Double progressPercent, Double eventsPerSecond, Instant rebuildStartedAt, Instant rebuildCompletedAt,
		String failure) {

}
