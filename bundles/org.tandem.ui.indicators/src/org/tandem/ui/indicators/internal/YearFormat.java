package org.tandem.ui.indicators.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

/** Tick labels of the year axis: whole years as plain numbers (2024, not 2,024), nothing between them. */
final class YearFormat extends Format {

	private static final long serialVersionUID = 1L;

	@Override
	public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
		double year = ((Number) value).doubleValue();
		if (Math.abs(year - Math.rint(year)) < 1e-6) {
			to.append((long) Math.rint(year));
		}
		return to;
	}

	@Override
	public Object parseObject(String source, ParsePosition position) {
		int start = position.getIndex();
		int end = start;
		while (end < source.length() && (Character.isDigit(source.charAt(end)) || end == start && source.charAt(end) == '-')) {
			end++;
		}
		if (end == start || end == start + 1 && source.charAt(start) == '-') {
			position.setErrorIndex(start);
			return null;
		}
		position.setIndex(end);
		return Long.valueOf(source.substring(start, end));
	}
}
