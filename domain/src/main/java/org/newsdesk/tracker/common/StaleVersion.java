package org.newsdesk.tracker.common;

/** The caller based the command on a version the aggregate has since moved on from. */
public final class StaleVersion extends Rejection {

	private final long expectedVersion;

	private final long currentVersion;

	public StaleVersion(long expectedVersion, long currentVersion) {
		super("expectedVersion",
				"expectedVersion " + expectedVersion + " is stale: the current version is " + currentVersion);
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
	}

	public long expectedVersion() {
		return this.expectedVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
