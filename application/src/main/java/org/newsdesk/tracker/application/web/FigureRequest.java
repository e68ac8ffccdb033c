package org.newsdesk.tracker.application.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsdesk.tracker.common.Figure;

public record FigureRequest(@NotNull BigDecimal value, @Size(max = 100) String unit, @Size(max = 300) String label,
		boolean approximate) {

	public Figure toFigure() {
		return new Figure(this.value, this.unit, this.label, this.approximate);
	}

}
