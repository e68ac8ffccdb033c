package org.newsdesk.tracker.claim;

public enum Strength {

	INDICATIVE, STRONG, CONCLUSIVE

}
