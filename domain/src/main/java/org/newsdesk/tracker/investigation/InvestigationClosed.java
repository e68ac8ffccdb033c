package org.newsdesk.tracker.investigation;

public record InvestigationClosed(InvestigationId investigationId, String reason) {

}
