package org.newsdesk.tracker.projections.reports;

import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

import org.newsdesk.tracker.common.OccurredOn;

/** Wording shared by the human-readable formats. */
final class ReportText {

	private ReportText() {
	}

	/** "AllegationRecorded" becomes "Allegation recorded". */
	static String kind(String type) {
		String spaced = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/**
	 * A date as precisely as it is known: "2021", "July 2021", "29 July 2021", "29 July
	 * 2021 14:00 UTC".
	 */
	static String date(OccurredOn occurredOn) {
		var start = occurredOn.start().atZone(ZoneOffset.UTC);
		String month = start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return switch (occurredOn.precision()) {
			case YEAR -> String.valueOf(start.getYear());
			case MONTH -> month + " " + start.getYear();
			case DAY -> start.getDayOfMonth() + " " + month + " " + start.getYear();
			case INSTANT -> start.getDayOfMonth() + " " + month + " " + start.getYear() + " "
					+ String.format(Locale.ROOT, "%02d:%02d UTC", start.getHour(), start.getMinute());
		};
	}

	static String monthName(int month) {
		return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	static String statusPath(java.util.List<?> path) {
		return String.join(" → ", path.stream().map(Object::toString).toList());
	}

}
