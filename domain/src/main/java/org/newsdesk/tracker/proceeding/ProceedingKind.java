package org.newsdesk.tracker.proceeding;

public enum ProceedingKind {

	OFFICIAL_INVESTIGATION, INTERNAL_REVIEW, CRIMINAL_COMPLAINT, LAWSUIT, PARLIAMENTARY_INQUIRY, OTHER

}
