package org.newsdesk.tracker.application.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.newsdesk.tracker.application.security.Role;
import org.newsdesk.tracker.common.OccurredOn;
import org.newsdesk.tracker.projections.common.Cut;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.stereotype.Component;

/**
 * Reads {@code knownAt} (an instant) and {@code asOf} (a date of any precision, or an
 * instant). Looking into the past is an auditor's right.
 */
@Component
public class CutParameters {

	private final RoleHierarchy roles;

	CutParameters(RoleHierarchy roles) {
		this.roles = roles;
	}

	public Cut parse(String knownAt, String asOf) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant known = null;
		OccurredOn occurred = null;
		if (knownAt != null) {
			try {
				known = Instant.parse(knownAt);
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("knownAt", "must be an instant such as 2021-07-29T14:00:00Z"));
			}
		}
		if (asOf != null) {
			try {
				occurred = OccurredOn.parse(asOf);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("asOf", ex.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		if ((known != null || occurred != null) && !isAuditor()) {
			throw new AccessDeniedException("knownAt and asOf are for auditors");
		}
		return new Cut(known, occurred);
	}

	/** Whether the current user may record developments. */
	public boolean isEditor() {
		return hasRole(Role.EDITOR);
	}

	/** Whether the current user may see the past and what was struck. */
	public boolean isAuditor() {
		return hasRole(Role.AUDITOR);
	}

	/** Whether the current user may operate projections. */
	public boolean isAdmin() {
		return hasRole(Role.ADMIN);
	}

	private boolean hasRole(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && this.roles.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.anyMatch((authority) -> role.authority().equals(authority.getAuthority()));
	}

}
