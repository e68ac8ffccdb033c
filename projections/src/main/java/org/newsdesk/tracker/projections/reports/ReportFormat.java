package org.newsdesk.tracker.projections.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats newsrooms publish with, and the media type each is served as. */
public enum ReportFormat {

	MARKDOWN("text/markdown;charset=UTF-8", "md", MarkdownReport::render),
	HTML("text/html;charset=UTF-8", "html", HtmlReport::render), JSON("application/json", "json", JsonReports::json),
	CSV("text/csv;charset=UTF-8", "csv", CsvReport::render),
	CLAIMREVIEW("application/ld+json", "jsonld", JsonReports::claimReview),
	TIMELINEJS("application/json", "json", JsonReports::timelineJs),
	FTM("application/x-ndjson", "ftm.json", JsonReports::ftm);

	private final String mediaType;

	private final String extension;

	private final Function<ReportData, String> renderer;

	ReportFormat(String mediaType, String extension, Function<ReportData, String> renderer) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.renderer = renderer;
	}

	public static Optional<ReportFormat> named(String name) {
		return Arrays.stream(values()).filter((format) -> format.name().equalsIgnoreCase(name)).findFirst();
	}

	public static String names() {
		return String.join(", ", Arrays.stream(values()).map((f) -> f.name().toLowerCase(Locale.ROOT)).toList());
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String render(ReportData data) {
		return this.renderer.apply(data);
	}

}
