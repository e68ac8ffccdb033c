package org.newsdesk.tracker.investigation;

public record InvestigationOpened(InvestigationId investigationId, String title, String summary) {

}
