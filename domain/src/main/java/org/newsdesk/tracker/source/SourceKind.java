package org.newsdesk.tracker.source;

public enum SourceKind {

	ARTICLE, REPORT, DOCUMENT, INTERVIEW, PRESS_RELEASE, COURT_FILING, SOCIAL_POST, OTHER

}
