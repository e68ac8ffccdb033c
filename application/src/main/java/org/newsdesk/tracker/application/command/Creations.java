package org.newsdesk.tracker.application.command;

import java.util.Set;

import org.newsdesk.tracker.claim.RegisterClaim;
import org.newsdesk.tracker.client.ReinstateClient;
import org.newsdesk.tracker.client.SuspendClient;
import org.newsdesk.tracker.client.TerminateClient;
import org.newsdesk.tracker.investigation.OpenInvestigation;
import org.newsdesk.tracker.party.RegisterParty;
import org.newsdesk.tracker.proceeding.OpenProceeding;
import org.newsdesk.tracker.source.RegisterSource;

/** Commands that may bring an aggregate into being under a client-supplied id. */
final class Creations {

	private static final Set<Class<?>> CREATING = Set.of(OpenInvestigation.class, RegisterParty.class,
			RegisterSource.class, RegisterClaim.class, OpenProceeding.class, SuspendClient.class, ReinstateClient.class,
			TerminateClient.class);

	private Creations() {
	}

	static boolean isCreation(Object command) {
		return CREATING.contains(command.getClass());
	}

}
