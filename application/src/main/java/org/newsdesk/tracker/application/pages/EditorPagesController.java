package org.newsdesk.tracker.application.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.FieldProblem;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.application.web.RequestBinder;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.RecordAllegation;
import org.newsdesk.tracker.claim.RecordDenial;
import org.newsdesk.tracker.claim.RecordEvidence;
import org.newsdesk.tracker.claim.RecordStatement;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Rejection;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.party.PartyKind;
import org.newsdesk.tracker.party.RegisterParty;
import org.newsdesk.tracker.source.RegisterSource;
import org.newsdesk.tracker.source.SourceId;
import org.newsdesk.tracker.source.SourceKind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' forms: register parties and sources, record developments on a claim. */
@Controller
class EditorPagesController {

	static final List<String> DEVELOPMENT_KINDS = List.of("allegations", "denials", "evidence", "statements");

	private final RequestBinder binder;

	private final CommandDispatcher commands;

	private final PagesController pages;

	EditorPagesController(RequestBinder binder, CommandDispatcher commands, PagesController pages) {
		this.binder = binder;
		this.commands = commands;
		this.pages = pages;
	}

	@GetMapping("/parties/new")
	String newParty(Model model) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("values", Map.of());
		return "party-form";
	}

	@PostMapping("/parties")
	String registerParty(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String[]> values = request.getParameterMap();
		try {
			Forms.Party form = this.binder.bind(Forms.json(values, List.of()), Forms.Party.class);
			var id = new PartyId(Ids.orNew(form.partyId()));
			this.commands.send(id.toString(), new RegisterParty(id, form.name(), form.kind(), form.country()));
			redirect.addFlashAttribute("notice", "party.registered");
			return "redirect:/parties/new";
		}
		catch (InvalidRequest | Rejection ex) {
			model.addAttribute("kinds", PartyKind.values());
			return failed(model, values, ex, "party-form");
		}
	}

	@GetMapping("/sources/new")
	String newSource(Model model) {
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("values", Map.of());
		return "source-form";
	}

	@PostMapping("/sources")
	String registerSource(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String[]> values = request.getParameterMap();
		try {
			Forms.Source form = this.binder.bind(Forms.json(values, List.of()), Forms.Source.class);
			var id = new SourceId(Ids.orNew(form.sourceId()));
			this.commands.send(id.toString(),
					new RegisterSource(id, form.kind(), form.title(), form.url(), null, null, false));
			redirect.addFlashAttribute("notice", "source.registered");
			return "redirect:/sources/new";
		}
		catch (InvalidRequest | Rejection ex) {
			model.addAttribute("kinds", SourceKind.values());
			return failed(model, values, ex, "source-form");
		}
	}

	@PostMapping("/claims/{id}/developments")
	String record(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String[]> values = request.getParameterMap();
		String kind = request.getParameter("kind");
		try {
			if (!DEVELOPMENT_KINDS.contains(kind)) {
				throw new InvalidRequest("kind", "choose one of " + String.join(", ", DEVELOPMENT_KINDS));
			}
			Forms.Development form = this.binder.bind(Forms.json(values, List.of("partyIds", "sourceIds"), "kind"),
					Forms.Development.class);
			if (!kind.equals("statements")) {
				List<FieldProblem> problems = new java.util.ArrayList<>();
				form.details().requireSources(problems);
				if (kind.equals("evidence") && form.bearing() == null) {
					problems.add(new FieldProblem("bearing", "is required"));
				}
				if (kind.equals("evidence") && form.strength() == null) {
					problems.add(new FieldProblem("strength", "is required"));
				}
				if (!problems.isEmpty()) {
					throw new InvalidRequest(problems);
				}
			}
			var claimId = new ClaimId(id);
			var developmentId = new DevelopmentId(Ids.orNew(form.developmentId()));
			var details = form.details().toDetails();
			Object command = switch (kind) {
				case "allegations" -> new RecordAllegation(claimId, developmentId, details, null);
				case "denials" -> new RecordDenial(claimId, developmentId, details, null);
				case "evidence" ->
					new RecordEvidence(claimId, developmentId, details, form.bearing(), form.strength(), null);
				default -> new RecordStatement(claimId, developmentId, details, null);
			};
			this.commands.send(id.toString(), command);
			redirect.addFlashAttribute("notice", "development.recorded");
			return "redirect:/claims/" + id;
		}
		catch (InvalidRequest | Rejection ex) {
			model.addAttribute("kind", kind);
			failed(model, values, ex, "claim");
			return this.pages.claim(id, model);
		}
	}

	private static String failed(Model model, Map<String, String[]> values, RuntimeException ex, String view) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (ex instanceof InvalidRequest invalid) {
			invalid.problems().forEach((problem) -> errors.putIfAbsent(problem.field(), problem.message()));
		}
		else if (ex instanceof Rejection rejection) {
			errors.put((rejection.field() != null) ? rejection.field() : "form", rejection.getMessage());
		}
		Map<String, Object> kept = new LinkedHashMap<>();
		values.forEach((name, given) -> kept.put(name, (given.length == 1) ? given[0] : List.of(given)));
		model.addAttribute("errors", errors);
		model.addAttribute("values", kept);
		return view;
	}

}
