package org.newsdesk.tracker.common;

import java.math.BigDecimal;
import java.util.Objects;

/** A number someone put forward: 50,000 phone numbers, 37 phones analysed. */
public record Figure(BigDecimal value, String unit, String label, boolean approximate) {

	public Figure {
		Objects.requireNonNull(value, "value");
		value = value.stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
	}

}
