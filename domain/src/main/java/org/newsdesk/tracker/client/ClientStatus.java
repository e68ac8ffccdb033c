package org.newsdesk.tracker.client;

public enum ClientStatus {

	ACTIVE, SUSPENDED, TERMINATED

}
