package org.newsdesk.tracker.investigation;

public record InvestigationReopened(InvestigationId investigationId, String reason) {

}
