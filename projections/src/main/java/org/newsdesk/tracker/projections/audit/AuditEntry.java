package org.newsdesk.tracker.projections.audit;

import java.time.Instant;

/** One stored event with its metadata, as the audit log lists it. */
public record AuditEntry(long globalIndex, String eventIdentifier, String aggregateIdentifier, String aggregateType,
		long sequenceNumber, String type, Instant recordedAt, String recordedBy, String investigationId,
		String developmentId, String correlationId, String requestId) {

}
