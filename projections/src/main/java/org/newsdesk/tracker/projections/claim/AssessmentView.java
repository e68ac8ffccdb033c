package org.newsdesk.tracker.projections.claim;

import java.time.Instant;

import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.common.DevelopmentId;

public record AssessmentView(DevelopmentId developmentId, Verdict verdict, String rationale, Instant recordedAt,
		String recordedBy) {

}
