package org.newsdesk.tracker.client;

import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;

/** A command on a vendor-client relationship. */
public interface ClientAction {

	ClientRelationshipId relationshipId();

	DevelopmentId developmentId();

	InvestigationId investigationId();

	DevelopmentDetails details();

	String reason();

	Long expectedVersion();

}
