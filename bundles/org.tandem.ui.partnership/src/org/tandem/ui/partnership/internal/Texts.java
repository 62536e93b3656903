package org.tandem.ui.partnership.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.osgi.util.NLS;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.edit.spi.TandemEditPlugin;

/** Dates, date ranges, enumeration values and lists of elements as the reader's language writes them. */
final class Texts {

	private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
	private final ILabelProvider labels;

	Texts(ILabelProvider labels) {
		this.labels = labels;
	}

	ILabelProvider labels() {
		return labels;
	}

	String date(LocalDate date) {
		return date == null ? "" : dates.format(date); //$NON-NLS-1$
	}

	/** One day, or the first and the last day of something that lasts several. */
	String range(LocalDate start, LocalDate finish) {
		if (finish == null || finish.equals(start)) {
			return date(start);
		}
		return NLS.bind(Messages.dateRange, date(start), date(finish));
	}

	/** The label of an enumeration value in the edit bundle's properties, such as {@code Jahresbesuch}. */
	String literal(String enumName, Enumerator value) {
		return value == null ? "" : TandemEditPlugin.INSTANCE.getString("_UI_" + enumName + "_" + value.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** A text a person wrote, in the reader's language, else its original. */
	String text(LocalizedText text) {
		String value = text == null ? null : text.getTextOrOriginal(Locale.getDefault().getLanguage());
		return value == null ? "" : value; //$NON-NLS-1$
	}

	/** The label of an element, empty for none. */
	String label(Object element) {
		return element == null ? "" : labels.getText(element); //$NON-NLS-1$
	}

	/** The labels of {@code elements}, joined by commas. */
	String list(Collection<?> elements) {
		return elements.stream().map(labels::getText).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
