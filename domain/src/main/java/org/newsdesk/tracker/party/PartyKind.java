package org.newsdesk.tracker.party;

public enum PartyKind {

	PERSON, COMPANY, GOVERNMENT, AGENCY, NGO, MEDIA, COURT, GROUP, OTHER

}
