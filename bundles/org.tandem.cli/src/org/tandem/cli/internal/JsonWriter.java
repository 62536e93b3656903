package org.tandem.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes model elements as JSON: an object per element with its class in {@code "eClass"}, every set
 * attribute by name, contained elements nested, and other references as the ids of their targets.
 */
final class JsonWriter {

	private final Writer out;

	JsonWriter(Writer out) {
		this.out = out;
	}

	void element(EObject element, int indent) throws IOException {
		out.write("{\n"); //$NON-NLS-1$
		pad(indent + 1);
		out.write("\"eClass\": "); //$NON-NLS-1$
		string(element.eClass().getName());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !element.eIsSet(feature)) {
				continue;
			}
			out.write(",\n"); //$NON-NLS-1$
			pad(indent + 1);
			string(feature.getName());
			out.write(": "); //$NON-NLS-1$
			Object value = element.eGet(feature);
			if (feature.isMany()) {
				List<?> values = (List<?>) value;
				out.write("["); //$NON-NLS-1$
				for (int i = 0; i < values.size(); i++) {
					out.write(i == 0 ? "\n" : ",\n"); //$NON-NLS-1$ //$NON-NLS-2$
					pad(indent + 2);
					value(feature, values.get(i), indent + 2);
				}
				if (!values.isEmpty()) {
					out.write("\n"); //$NON-NLS-1$
					pad(indent + 1);
				}
				out.write("]"); //$NON-NLS-1$
			} else {
				value(feature, value, indent + 1);
			}
		}
		out.write("\n"); //$NON-NLS-1$
		pad(indent);
		out.write("}"); //$NON-NLS-1$
	}

	private void value(EStructuralFeature feature, Object value, int indent) throws IOException {
		if (value == null) {
			out.write("null"); //$NON-NLS-1$
		} else if (feature instanceof EReference reference) {
			EObject target = (EObject) value;
			if (reference.isContainment()) {
				element(target, indent);
			} else {
				String id = EcoreUtil.getID(target);
				string(id != null ? id : EcoreUtil.getURI(target).toString());
			}
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short) {
			out.write(value.toString());
		} else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
			out.write(value.toString());
		} else if (value instanceof Number) {
			out.write("null"); //$NON-NLS-1$
		} else if (value instanceof Enumerator literal) {
			string(literal.getLiteral());
		} else {
			string(EcoreUtil.convertToString((EDataType) ((EAttribute) feature).getEType(), value));
		}
	}

	void string(String text) throws IOException {
		out.write('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.write("\\\""); //$NON-NLS-1$
			case '\\' -> out.write("\\\\"); //$NON-NLS-1$
			case '\n' -> out.write("\\n"); //$NON-NLS-1$
			case '\r' -> out.write("\\r"); //$NON-NLS-1$
			case '\t' -> out.write("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					out.write(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					out.write(c);
				}
			}
			}
		}
		out.write('"');
	}

	void pad(int indent) throws IOException {
		for (int i = 0; i < indent; i++) {
			out.write("  "); //$NON-NLS-1$
		}
	}
}
