package org.newsdesk.tracker.application.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.tracker.application.admin.Projections;
import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.application.web.FieldProblem;
import org.newsdesk.tracker.application.web.Ids;
import org.newsdesk.tracker.application.web.InvalidRequest;
import org.newsdesk.tracker.application.web.RequestBinder;
import org.newsdesk.tracker.claim.AssessClaim;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.CorrectDevelopment;
import org.newsdesk.tracker.claim.Correction;
import org.newsdesk.tracker.claim.RecordAllegation;
import org.newsdesk.tracker.claim.RecordDenial;
import org.newsdesk.tracker.claim.RecordEvidence;
import org.newsdesk.tracker.claim.RecordRetraction;
import org.newsdesk.tracker.claim.RecordStatement;
import org.newsdesk.tracker.claim.StrikeDevelopment;
import org.newsdesk.tracker.common.DevelopmentId;
import org.newsdesk.tracker.common.Rejection;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.party.PartyKind;
import org.newsdesk.tracker.party.RegisterParty;
import org.newsdesk.tracker.projections.common.Cut;
import org.newsdesk.tracker.projections.registers.RegistersProjection;
import org.newsdesk.tracker.projections.registers.RegistersQueries;
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

	static final List<String> DEVELOPMENT_KINDS = List.of("allegations", "denials", "evidence", "statements",
			"retractions", "assessments", "corrections", "strikes");

	/**
	 * How long a registration waits for the pickers to list what it registered, before
	 * the editor is sent on anyway.
	 */
	private static final Duration PICKER_WAIT = Duration.ofSeconds(5);

	private static final List<String> SOURCED = List.of("allegations", "denials", "evidence");

	private final RequestBinder binder;

	private final CommandDispatcher commands;

	private final PagesController pages;

	private final RegistersQueries registers;

	private final Projections projections;

	EditorPagesController(RequestBinder binder, CommandDispatcher commands, PagesController pages,
			RegistersQueries registers, Projections projections) {
		this.registers = registers;
		this.projections = projections;
		this.binder = binder;
		this.commands = commands;
		this.pages = pages;
	}

	@GetMapping("/parties/new")
	String newParty(Model model) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("values", Map.of("partyId", UUID.randomUUID().toString()));
		return "party-form";
	}

	@PostMapping("/parties")
	String registerParty(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String[]> values = request.getParameterMap();
		try {
			Forms.Party form = this.binder.bind(Forms.json(values, List.of()), Forms.Party.class);
			var id = new PartyId(Ids.orNew(form.partyId()));
			this.commands.send(id.toString(), new RegisterParty(id, form.name(), form.kind(), form.country()));
			this.projections.awaitCaughtUp(RegistersProjection.NAME, PICKER_WAIT);
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
		model.addAttribute("partyChoices", this.registers.parties());
		model.addAttribute("values", Map.of("sourceId", UUID.randomUUID().toString()));
		return "source-form";
	}

	@PostMapping("/sources")
	String registerSource(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String[]> values = request.getParameterMap();
		try {
			Forms.Source form = this.binder.bind(Forms.json(values, List.of()), Forms.Source.class);
			var id = new SourceId(Ids.orNew(form.sourceId()));
			this.commands.send(id.toString(),
					new RegisterSource(id, form.kind(), form.title(), form.url(),
							(form.publisherPartyId() != null) ? new PartyId(form.publisherPartyId()) : null,
							form.publishedOn(), form.confidential()));
			this.projections.awaitCaughtUp(RegistersProjection.NAME, PICKER_WAIT);
			redirect.addFlashAttribute("notice", "source.registered");
			return "redirect:/sources/new";
		}
		catch (InvalidRequest | Rejection ex) {
			model.addAttribute("kinds", SourceKind.values());
			model.addAttribute("partyChoices", this.registers.parties());
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
			this.commands.send(id.toString(), command(new ClaimId(id), kind, values));
			redirect.addFlashAttribute("notice", "development.recorded");
			return "redirect:/claims/" + id;
		}
		catch (InvalidRequest | Rejection ex) {
			model.addAttribute("kind", kind);
			model.addAttribute("form", switch (String.valueOf(kind)) {
				case "assessments" -> "assessment";
				case "corrections" -> "correction";
				case "strikes" -> "strike";
				default -> "development";
			});
			failed(model, values, ex, "claim");
			return this.pages.claim(id, Cut.NONE, model);
		}
	}

	private Object command(ClaimId claimId, String kind, Map<String, String[]> values) {
		switch (kind) {
			case "assessments" -> {
				Forms.Assessment form = this.binder.bind(Forms.json(values, List.of(), "kind"), Forms.Assessment.class);
				return new AssessClaim(claimId, developmentId(form.developmentId()), form.verdict(), form.rationale(),
						null);
			}
			case "corrections" -> {
				Forms.Correction form = this.binder.bind(Forms.json(values, List.of(), "kind"), Forms.Correction.class);
				return new CorrectDevelopment(claimId, developmentId(form.developmentId()),
						new DevelopmentId(form.correctedDevelopmentId()), form.reason(),
						new Correction(form.occurredOn(), null, null, form.summary(), null, form.bearing(),
								form.strength()),
						null);
			}
			case "strikes" -> {
				Forms.Strike form = this.binder.bind(Forms.json(values, List.of(), "kind"), Forms.Strike.class);
				return new StrikeDevelopment(claimId, developmentId(form.developmentId()),
						new DevelopmentId(form.struckDevelopmentId()), form.reason(), null);
			}
			default -> {
				return development(claimId, kind, values);
			}
		}
	}

	private Object development(ClaimId claimId, String kind, Map<String, String[]> values) {
		Forms.Development form = this.binder.bind(Forms.json(values, List.of("partyIds", "sourceIds"), "kind"),
				Forms.Development.class);
		List<FieldProblem> problems = new ArrayList<>();
		if (SOURCED.contains(kind)) {
			form.details().requireSources(problems);
		}
		if (kind.equals("evidence") && form.bearing() == null) {
			problems.add(new FieldProblem("bearing", "is required"));
		}
		if (kind.equals("evidence") && form.strength() == null) {
			problems.add(new FieldProblem("strength", "is required"));
		}
		if (kind.equals("retractions") && form.retractedDevelopmentId() == null) {
			problems.add(new FieldProblem("retractedDevelopmentId", "choose the development it withdraws"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		var developmentId = developmentId(form.developmentId());
		var details = form.details().toDetails();
		return switch (kind) {
			case "allegations" -> new RecordAllegation(claimId, developmentId, details, null);
			case "denials" -> new RecordDenial(claimId, developmentId, details, null);
			case "evidence" ->
				new RecordEvidence(claimId, developmentId, details, form.bearing(), form.strength(), null);
			case "retractions" -> new RecordRetraction(claimId, developmentId, details,
					new DevelopmentId(form.retractedDevelopmentId()), null);
			default -> new RecordStatement(claimId, developmentId, details, null);
		};
	}

	private static DevelopmentId developmentId(UUID id) {
		return new DevelopmentId(Ids.orNew(id));
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
