package org.newsdesk.tracker.common;

/** How precisely journalism knows when a development happened. */
public enum Precision {

	INSTANT, DAY, MONTH, YEAR

}
