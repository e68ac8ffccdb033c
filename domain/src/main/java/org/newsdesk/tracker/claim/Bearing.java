package org.newsdesk.tracker.claim;

public enum Bearing {

	SUPPORTS, CONTRADICTS

}
