package org.tandem.ui.indicators.internal;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A column of a table of targets or measurements: its header and width, how a figure's attribute
 * shows as text, and how text a person types becomes the attribute's value (or why it cannot).
 */
record FigureColumn(String header, int width, EAttribute attribute, Function<Object, String> format, Parser parse) {

	/** Reads typed text into a value, or throws {@link IllegalArgumentException} with the message to show. */
	@FunctionalInterface
	interface Parser {
		Object parse(EObject figure, String text);
	}

	String text(EObject figure) {
		Object value = figure.eGet(attribute);
		return value == null ? "" : format.apply(value); //$NON-NLS-1$
	}
}
