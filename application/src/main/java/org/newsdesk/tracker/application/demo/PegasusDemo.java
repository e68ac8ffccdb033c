package org.newsdesk.tracker.application.demo;

import static org.newsdesk.tracker.application.demo.DemoScript.claim;
import static org.newsdesk.tracker.application.demo.DemoScript.day;
import static org.newsdesk.tracker.application.demo.DemoScript.details;
import static org.newsdesk.tracker.application.demo.DemoScript.development;
import static org.newsdesk.tracker.application.demo.DemoScript.figure;
import static org.newsdesk.tracker.application.demo.DemoScript.investigation;
import static org.newsdesk.tracker.application.demo.DemoScript.party;
import static org.newsdesk.tracker.application.demo.DemoScript.proceeding;
import static org.newsdesk.tracker.application.demo.DemoScript.source;

import java.time.LocalDate;
import java.util.List;

import org.newsdesk.tracker.application.command.CommandDispatcher;
import org.newsdesk.tracker.claim.AssessClaim;
import org.newsdesk.tracker.claim.Bearing;
import org.newsdesk.tracker.claim.ClaimId;
import org.newsdesk.tracker.claim.RecordAllegation;
import org.newsdesk.tracker.claim.RecordDenial;
import org.newsdesk.tracker.claim.RecordEvidence;
import org.newsdesk.tracker.claim.RecordStatement;
import org.newsdesk.tracker.claim.RegisterClaim;
import org.newsdesk.tracker.claim.Strength;
import org.newsdesk.tracker.claim.Verdict;
import org.newsdesk.tracker.client.ClientRelationshipId;
import org.newsdesk.tracker.client.SuspendClient;
import org.newsdesk.tracker.common.DevelopmentDetails;
import org.newsdesk.tracker.investigation.InvestigationId;
import org.newsdesk.tracker.investigation.OpenInvestigation;
import org.newsdesk.tracker.party.PartyId;
import org.newsdesk.tracker.party.PartyKind;
import org.newsdesk.tracker.party.RegisterParty;
import org.newsdesk.tracker.proceeding.OpenProceeding;
import org.newsdesk.tracker.proceeding.ProceedingId;
import org.newsdesk.tracker.proceeding.ProceedingKind;
import org.newsdesk.tracker.proceeding.RecordProceedingDevelopment;
import org.newsdesk.tracker.source.RegisterSource;
import org.newsdesk.tracker.source.SourceId;
import org.newsdesk.tracker.source.SourceKind;

/**
 * The 2021 Pegasus affair as an editor would have logged it, from the two press articles
 * in {@code shared/seeds}: the same commands, in the order the facts became known.
 * Statuses follow from the rules; none is typed in. Dates are as precise as the articles
 * allow.
 */
final class PegasusDemo {

	static final InvestigationId PEGASUS = investigation("pegasus");

	static final PartyId NSO = party("nso");

	static final PartyId FORBIDDEN_STORIES = party("forbidden-stories");

	static final PartyId AMNESTY = party("amnesty");

	static final PartyId SECURITY_LAB = party("amnesty-security-lab");

	static final PartyId CITIZEN_LAB = party("citizen-lab");

	static final PartyId SCOTT_RAILTON = party("scott-railton");

	static final PartyId NPR = party("npr");

	static final PartyId NSO_EMPLOYEE = party("nso-employee");

	static final PartyId MEDIAPART = party("mediapart");

	static final PartyId CANARD = party("canard-enchaine");

	static final PartyId FRENCH_AUTHORITIES = party("french-authorities");

	static final PartyId PARIS_PROSECUTOR = party("paris-prosecutor");

	static final PartyId ISRAELI_DEFENCE = party("israeli-defence-ministry");

	static final PartyId WHATSAPP = party("whatsapp");

	static final PartyId FBI = party("fbi");

	static final PartyId UNNAMED_CLIENTS = party("unnamed-government-clients");

	static final PartyId MOROCCAN_SERVICES = party("moroccan-intelligence");

	static final PartyId AL_JAZEERA = party("al-jazeera");

	static final PartyId MACRON = party("macron");

	static final PartyId PLENEL = party("plenel");

	static final PartyId BREDOUX = party("bredoux");

	static final PartyId SIMONNOT = party("simonnot");

	static final SourceId REVELATIONS = source("pegasus-project");

	static final SourceId FORENSICS = source("security-lab-methodology");

	static final SourceId NSO_STATEMENT = source("nso-no-more-comment");

	static final SourceId NPR_REPORT = source("npr-suspensions");

	static final SourceId FRENCH_ANALYSES = source("french-analyses");

	static final SourceId ISRAELI_STATEMENT = source("israeli-defence-statement");

	static final SourceId CITIZEN_LAB_REPORT = source("citizen-lab-al-jazeera");

	static final SourceId TRANSPARENCY_REPORT = source("nso-transparency-report");

	static final SourceId MEDIAPART_COMPLAINT = source("mediapart-complaint");

	static final SourceId CANARD_ANNOUNCEMENT = source("canard-complaint");

	static final SourceId WHATSAPP_COMPLAINT = source("whatsapp-complaint");

	static final ClaimId TARGETED_WORLDWIDE = claim("targeted-worldwide");

	static final ClaimId LIST_OF_TARGETS = claim("list-of-targets");

	static final ClaimId FRENCH_JOURNALISTS = claim("french-journalists-infected");

	static final ClaimId MACRON_ON_LIST = claim("macron-on-list");

	static final ClaimId AL_JAZEERA_HACKED = claim("al-jazeera-hacked");

	static final ClaimId MEDIAPART_SPIED = claim("mediapart-spied");

	static final ClaimId ONLY_CRIME_AND_TERROR = claim("only-crime-and-terror");

	private final CommandDispatcher commands;

	PegasusDemo(CommandDispatcher commands) {
		this.commands = commands;
	}

	void load() {
		this.commands.send(PEGASUS.toString(),
				new OpenInvestigation(PEGASUS, "Projet Pegasus",
						"How NSO Group's Pegasus spyware was used against journalists, activists and heads of state, "
								+ "as revealed in July 2021 by a consortium of newsrooms."));
		registerParties();
		registerSources();
		registerClaims();
		tellTheStory();
		openProceedings();
		assess();
	}

	/** The newsroom's own verdicts, recorded when the demo is loaded. */
	private void assess() {
		assess(FRENCH_JOURNALISTS, "verdict-french-journalists", Verdict.TRUE,
				"State forensic analysts confirmed infections on three journalists' phones, independently of the "
						+ "consortium's own lab.");
		assess(TARGETED_WORLDWIDE, "verdict-targeted-worldwide", Verdict.MOSTLY_TRUE,
				"Forensic traces on dozens of listed phones support the core claim; how many of the listed numbers "
						+ "were actually attacked remains unknown.");
		assess(LIST_OF_TARGETS, "verdict-list-of-targets", Verdict.UNPROVEN,
				"Neither the origin of the list nor what being on it means has been established.");
	}

	private void assess(ClaimId claim, String name, Verdict verdict, String rationale) {
		this.commands.send(claim.toString(), new AssessClaim(claim, development(name), verdict, rationale, null));
	}

	private void newParty(PartyId id, String name, PartyKind kind, String country) {
		this.commands.send(id.toString(), new RegisterParty(id, name, kind, country));
	}

	private void registerParties() {
		newParty(NSO, "NSO Group", PartyKind.COMPANY, "IL");
		newParty(FORBIDDEN_STORIES, "Forbidden Stories", PartyKind.MEDIA, "FR");
		newParty(AMNESTY, "Amnesty International", PartyKind.NGO, null);
		newParty(SECURITY_LAB, "Amnesty International Security Lab", PartyKind.NGO, null);
		newParty(CITIZEN_LAB, "Citizen Lab (University of Toronto)", PartyKind.NGO, "CA");
		newParty(SCOTT_RAILTON, "John Scott-Railton", PartyKind.PERSON, "CA");
		newParty(NPR, "NPR", PartyKind.MEDIA, "US");
		newParty(NSO_EMPLOYEE, "An NSO Group employee speaking anonymously", PartyKind.PERSON, "IL");
		newParty(MEDIAPART, "Mediapart", PartyKind.MEDIA, "FR");
		newParty(CANARD, "Le Canard enchaîné", PartyKind.MEDIA, "FR");
		newParty(FRENCH_AUTHORITIES, "French authorities", PartyKind.GOVERNMENT, "FR");
		newParty(PARIS_PROSECUTOR, "Paris public prosecutor", PartyKind.AGENCY, "FR");
		newParty(ISRAELI_DEFENCE, "Israeli Ministry of Defence", PartyKind.GOVERNMENT, "IL");
		newParty(WHATSAPP, "WhatsApp", PartyKind.COMPANY, "US");
		newParty(FBI, "FBI", PartyKind.AGENCY, "US");
		newParty(UNNAMED_CLIENTS, "Several unnamed government clients of NSO Group", PartyKind.GROUP, null);
		newParty(MOROCCAN_SERVICES, "Moroccan intelligence services", PartyKind.AGENCY, "MA");
		newParty(AL_JAZEERA, "Al Jazeera", PartyKind.MEDIA, "QA");
		newParty(MACRON, "Emmanuel Macron", PartyKind.PERSON, "FR");
		newParty(PLENEL, "Edwy Plenel", PartyKind.PERSON, "FR");
		newParty(BREDOUX, "Lénaïg Bredoux", PartyKind.PERSON, "FR");
		newParty(SIMONNOT, "Dominique Simonnot", PartyKind.PERSON, "FR");
	}

	private void newSource(SourceId id, SourceKind kind, String title, PartyId publisher, LocalDate publishedOn) {
		this.commands.send(id.toString(), new RegisterSource(id, kind, title, null, publisher, publishedOn, false));
	}

	private void registerSources() {
		newSource(REVELATIONS, SourceKind.ARTICLE, "The Pegasus Project: the consortium's first publications",
				FORBIDDEN_STORIES, day("2021-07-18"));
		newSource(FORENSICS, SourceKind.REPORT, "Security Lab forensic methodology for Pegasus traces", AMNESTY,
				day("2021-07-18"));
		newSource(NSO_STATEMENT, SourceKind.PRESS_RELEASE, "NSO Group statement announcing it will stop answering", NSO,
				day("2021-07-21"));
		newSource(NPR_REPORT, SourceKind.ARTICLE, "NPR interview with an NSO Group employee on suspended clients", NPR,
				day("2021-07-29"));
		newSource(FRENCH_ANALYSES, SourceKind.DOCUMENT, "First French technical analyses of journalists' phones",
				FRENCH_AUTHORITIES, day("2021-07-29"));
		newSource(ISRAELI_STATEMENT, SourceKind.PRESS_RELEASE, "Israeli defence ministry statement on its visit to NSO",
				ISRAELI_DEFENCE, day("2021-07-29"));
		newSource(CITIZEN_LAB_REPORT, SourceKind.REPORT, "Citizen Lab report on hacked Al Jazeera iPhones", CITIZEN_LAB,
				null);
		newSource(TRANSPARENCY_REPORT, SourceKind.REPORT, "NSO Group transparency report", NSO, null);
		newSource(MEDIAPART_COMPLAINT, SourceKind.COURT_FILING, "Mediapart's complaint to the Paris prosecutor",
				MEDIAPART, null);
		newSource(CANARD_ANNOUNCEMENT, SourceKind.ARTICLE, "Le Canard enchaîné announces its complaint", CANARD, null);
		newSource(WHATSAPP_COMPLAINT, SourceKind.COURT_FILING, "WhatsApp's complaint against NSO Group", WHATSAPP,
				null);
	}

	private void newClaim(ClaimId id, String statement, PartyId... subjects) {
		this.commands.send(id.toString(), new RegisterClaim(id, PEGASUS, statement, List.of(subjects)));
	}

	private void registerClaims() {
		newClaim(TARGETED_WORLDWIDE, "NSO Group's Pegasus spyware was used to target thousands of people worldwide",
				NSO);
		newClaim(LIST_OF_TARGETS, "The leaked list of numbers is a list of Pegasus targets", NSO);
		newClaim(FRENCH_JOURNALISTS, "Pegasus infected the phones of French journalists", NSO);
		newClaim(MACRON_ON_LIST, "The French president and 14 ministers appear among the listed numbers", MACRON);
		newClaim(AL_JAZEERA_HACKED, "Pegasus was used to hack the iPhones of Al Jazeera journalists", AL_JAZEERA);
		newClaim(MEDIAPART_SPIED, "Moroccan intelligence spied on Mediapart journalists Edwy Plenel and Lénaïg Bredoux",
				MOROCCAN_SERVICES, PLENEL, BREDOUX);
		newClaim(ONLY_CRIME_AND_TERROR, "NSO Group sells its spyware only to fight crime and terrorism", NSO);
	}

	private void allege(ClaimId claim, String name, DevelopmentDetails details) {
		this.commands.send(claim.toString(), new RecordAllegation(claim, development(name), details, null));
	}

	private void deny(ClaimId claim, String name, DevelopmentDetails details) {
		this.commands.send(claim.toString(), new RecordDenial(claim, development(name), details, null));
	}

	private void evidence(ClaimId claim, String name, DevelopmentDetails details, Bearing bearing, Strength strength) {
		this.commands.send(claim.toString(),
				new RecordEvidence(claim, development(name), details, bearing, strength, null));
	}

	private void state(ClaimId claim, String name, DevelopmentDetails details) {
		this.commands.send(claim.toString(), new RecordStatement(claim, development(name), details, null));
	}

	private void tellTheStory() {
		allege(AL_JAZEERA_HACKED, "citizen-lab-al-jazeera",
				details("2020-12", List.of(CITIZEN_LAB), List.of(CITIZEN_LAB_REPORT),
						"Researchers report that the phones of journalists at the Qatari broadcaster were compromised "
								+ "with the spyware, months after the FBI opened its inquiry."));
		allege(TARGETED_WORLDWIDE, "consortium-publishes",
				details("2021-07-18", List.of(FORBIDDEN_STORIES, AMNESTY), List.of(REVELATIONS),
						"A Paris-based consortium of newsrooms, helped by Amnesty, reports that governments used the "
								+ "spyware to pick out thousands of potential targets across the world.",
						figure(50000, "phone numbers", "numbers on the leaked list", true)));
		evidence(TARGETED_WORLDWIDE, "security-lab-37-phones",
				details("2021-07-18", List.of(SECURITY_LAB), List.of(FORENSICS),
						"Amnesty's lab examined smartphones whose numbers were on the list and reports traces of "
								+ "infection or attempted infection on them.",
						figure(37, "smartphones", "phones analysed by the Security Lab", false)),
				Bearing.SUPPORTS, Strength.STRONG);
		allege(LIST_OF_TARGETS, "list-means-targets",
				details("2021-07-18", List.of(FORBIDDEN_STORIES), List.of(REVELATIONS),
						"The partners present the leaked numbers as people of interest to the company's clients.",
						figure(50000, "phone numbers", "numbers on the leaked list", true)));
		allege(FRENCH_JOURNALISTS, "french-journalists-alleged",
				details("2021-07-18", List.of(FORBIDDEN_STORIES, AMNESTY), List.of(REVELATIONS, FORENSICS),
						"French reporters are among those the consortium says were targeted, some with traces found "
								+ "on their phones."));
		allege(MACRON_ON_LIST, "macron-and-ministers",
				details("2021-07", List.of(FORBIDDEN_STORIES), List.of(REVELATIONS),
						"Reporting says the president's number, those of 14 ministers and of several journalists "
								+ "appear among the French entries.",
						figure(14, "ministers", "French ministers among the listed numbers", false)));
		allege(MEDIAPART_SPIED, "mediapart-complains",
				details("2021-07", List.of(MEDIAPART), List.of(MEDIAPART_COMPLAINT),
						"The outlet says two of its journalists, including its founder, were spied on by Morocco's "
								+ "secret services and takes the matter to the Paris prosecutor."));
		allege(ONLY_CRIME_AND_TERROR, "nso-mission", details("2021-07", List.of(NSO), List.of(NSO_STATEMENT),
				"The company maintains that it sells only to governments for fighting crime and terrorism."));
		deny(ONLY_CRIME_AND_TERROR, "authoritarian-clients",
				details("2021-07", List.of(FORBIDDEN_STORIES), List.of(REVELATIONS),
						"Years of reporting show authoritarian governments among its clients, using the tool against "
								+ "journalists, activists and dissidents."));
		state(ONLY_CRIME_AND_TERROR, "transparency-report",
				details("2021", List.of(NSO), List.of(TRANSPARENCY_REPORT),
						"In a transparency report the company says it has cut ties with clients after abuse inquiries "
								+ "since 2016, without naming them.",
						figure(5, "clients", "clients cut off since 2016", false)));
		deny(LIST_OF_TARGETS, "nso-enough-is-enough",
				details("2021-07-21", List.of(NSO), List.of(NSO_STATEMENT),
						"The company says a name on the list does not make it a target, calls the claims false, and "
								+ "announces it will stop answering the press."));
		deny(TARGETED_WORLDWIDE, "nso-denies-involvement",
				details("2021-07-21", List.of(NSO), List.of(NSO_STATEMENT),
						"The company rejects the reporting and says it neither runs the surveillance nor sees what its "
								+ "clients do with the tool."));
		state(LIST_OF_TARGETS, "scott-railton-pattern", details("2021-07", List.of(SCOTT_RAILTON, CITIZEN_LAB),
				List.of(),
				"A senior Citizen Lab researcher says the company follows a familiar pattern: it steps forward, "
						+ "then retreats once its denials ring hollow."));
		state(LIST_OF_TARGETS, "employee-checked-numbers",
				details("2021-07-29", List.of(NSO_EMPLOYEE), List.of(NPR_REPORT),
						"An employee says the company checked some of the numbers and found no link to its software."));
		evidence(FRENCH_JOURNALISTS, "french-analyses-confirm",
				details("2021-07-29", List.of(FRENCH_AUTHORITIES), List.of(FRENCH_ANALYSES),
						"The first analyses by French authorities find the spyware on the personal phones of three "
								+ "journalists, as Amnesty had reported.",
						figure(3, "phones", "journalists' phones found infected", false)),
				Bearing.SUPPORTS, Strength.CONCLUSIVE);
		state(ONLY_CRIME_AND_TERROR, "employee-client-base",
				details("2021-07-29", List.of(NSO_EMPLOYEE), List.of(NPR_REPORT),
						"The company's stated customer base: intelligence, police and military bodies in dozens of "
								+ "countries; it says it has already shut off some agencies for misuse.",
						figure(60, "clients", "government clients claimed", false),
						figure(40, "countries", "countries those clients are in", false),
						figure(5, "agencies", "agencies blocked for misuse in recent years", false)));
		var suspension = new SuspendClient(NSO, UNNAMED_CLIENTS, development("clients-suspended"), PEGASUS,
				details("2021-07-29", List.of(NSO_EMPLOYEE), List.of(NPR_REPORT),
						"An employee says some government clients have been cut off for the time of an internal "
								+ "inquiry into possible misuse; which ones, and how many, is not said."),
				"internal inquiry into possible misuse", true, null);
		this.commands.send(new ClientRelationshipId(NSO, UNNAMED_CLIENTS).toString(), suspension);
	}

	private void open(ProceedingId id, ProceedingKind kind, String title, List<PartyId> initiators,
			List<PartyId> targets, String venue, DevelopmentDetails details) {
		this.commands.send(id.toString(),
				new OpenProceeding(id, PEGASUS, kind, title, initiators, targets, venue, details));
	}

	private void openProceedings() {
		open(proceeding("whatsapp-lawsuit"), ProceedingKind.LAWSUIT, "WhatsApp's complaint against NSO Group",
				List.of(WHATSAPP), List.of(NSO), null, details("2019", List.of(WHATSAPP), List.of(WHATSAPP_COMPLAINT),
						"The messaging service goes to court after detecting attacks on its users."));
		open(proceeding("fbi-inquiry"), ProceedingKind.OFFICIAL_INVESTIGATION, "FBI inquiry into NSO Group",
				List.of(FBI), List.of(NSO), null, details("2020", List.of(FBI), List.of(),
						"The bureau investigates the company over suspected government hacking."));
		open(proceeding("nso-internal-review"), ProceedingKind.INTERNAL_REVIEW,
				"NSO Group's review of some government clients", List.of(NSO), List.of(UNNAMED_CLIENTS), null,
				details("2021-07-29", List.of(NSO_EMPLOYEE), List.of(NPR_REPORT),
						"The company reviews whether some clients misused the spyware."));
		ProceedingId israeli = proceeding("israeli-inquiry");
		open(israeli, ProceedingKind.OFFICIAL_INVESTIGATION, "Israeli government assessment of NSO Group",
				List.of(ISRAELI_DEFENCE), List.of(NSO), "Herzliya",
				details("2021-07-29", List.of(ISRAELI_DEFENCE), List.of(ISRAELI_STATEMENT),
						"Defence ministry officials visit the company's offices to assess the allegations."));
		this.commands.send(israeli.toString(),
				new RecordProceedingDevelopment(israeli, development("nso-cooperates"),
						details("2021-07-29", List.of(NSO_EMPLOYEE), List.of(NPR_REPORT),
								"The company says it cooperates fully and wants to show that people named in the press "
										+ "were not targets."),
						null));
		open(proceeding("french-inquiry"), ProceedingKind.OFFICIAL_INVESTIGATION, "French judicial inquiry",
				List.of(PARIS_PROSECUTOR), List.of(), "Paris", details("2021-07", List.of(PARIS_PROSECUTOR),
						List.of(MEDIAPART_COMPLAINT), "Prosecutors open an inquiry after the revelations."));
		open(proceeding("mediapart-complaint"), ProceedingKind.CRIMINAL_COMPLAINT,
				"Mediapart's complaint over the spying of its journalists", List.of(MEDIAPART),
				List.of(MOROCCAN_SERVICES), "Paris", details("2021-07", List.of(MEDIAPART, PLENEL, BREDOUX),
						List.of(MEDIAPART_COMPLAINT), "The outlet files a complaint with the Paris prosecutor."));
		open(proceeding("canard-complaint"), ProceedingKind.CRIMINAL_COMPLAINT,
				"Le Canard enchaîné's complaint over the spying of a former journalist", List.of(CANARD), List.of(),
				"Paris",
				details("2021-07", List.of(CANARD, SIMONNOT), List.of(CANARD_ANNOUNCEMENT),
						"The weekly says it will complain to the Paris prosecutor about the spying of its former "
								+ "reporter Dominique Simonnot."));
	}

}
