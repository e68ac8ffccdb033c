package org.newsdesk.tracker.investigation;

public record InvestigationRenamed(InvestigationId investigationId, String title) {

}
