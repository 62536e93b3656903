package org.tandem.ui.internal.properties;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Values typed as text: numbers (a decimal comma is taken too), points in time and other values
 * that EMF can read from a string; the text of a value to show.
 */
final class TextValues {

	private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class,
			byte.class, Byte.class, BigInteger.class);
	private static final Set<Class<?>> DECIMAL = Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

	/** Input that does not make a value; the message names the field and says what is wrong. */
	static final class BadValue extends Exception {
		private static final long serialVersionUID = 1L;

		BadValue(String message) {
			super(message);
		}
	}

	private TextValues() {
	}

	/** Whether values of {@code type} can be typed as text here. */
	static boolean typeable(EDataType type) {
		Class<?> c = type.getInstanceClass();
		return c == String.class || WHOLE.contains(c) || DECIMAL.contains(c) || c == Instant.class;
	}

	/** The value that {@code text} means for a field of {@code type}; blank is no value, where the type allows one. */
	static Object parse(EDataType type, String text, String field) throws BadValue {
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return text;
		}
		String value = text.strip();
		if (value.isEmpty() && !c.isPrimitive()) {
			return null;
		}
		try {
			if (c == Instant.class) {
				return EcoreUtil.createFromString(type, value);
			}
			if (DECIMAL.contains(c) && value.indexOf('.') < 0) {
				value = value.replace(',', '.');
			}
			Object parsed = EcoreUtil.createFromString(type, value);
			if (parsed instanceof Double d && (d.isNaN() || d.isInfinite()) || parsed instanceof Float f && (f.isNaN() || f.isInfinite())) {
				throw new NumberFormatException(value);
			}
			return parsed;
		} catch (NumberFormatException | DateTimeParseException e) {
			String message = c == Instant.class ? Messages.properties_notInstant
					: WHOLE.contains(c) ? Messages.properties_notWholeNumber : Messages.properties_notNumber;
			throw new BadValue(NLS.bind(message, field, text.strip()));
		}
	}

	/** The text that shows {@code value}: numbers in plain digits, nothing as empty. */
	static String format(EDataType type, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Double || value instanceof Float) {
			return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
		}
		String text = EcoreUtil.convertToString(type, value);
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
