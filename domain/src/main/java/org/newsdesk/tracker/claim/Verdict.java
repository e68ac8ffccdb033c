package org.newsdesk.tracker.claim;

/** The newsroom's own editorial verdict, separate from the derived status. */
public enum Verdict {

	TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNPROVEN

}
