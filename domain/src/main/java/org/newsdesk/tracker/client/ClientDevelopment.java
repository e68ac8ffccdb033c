package org.newsdesk.tracker.client;

import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.party.PartyId;

/** An event that changes a vendor-client relationship. */
public interface ClientDevelopment {

	PartyId vendorId();

	PartyId clientId();

	DevelopmentId developmentId();

	InvestigationId investigationId();

	DevelopmentDetails details();

}
