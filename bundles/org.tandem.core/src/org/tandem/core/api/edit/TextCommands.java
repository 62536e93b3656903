package org.tandem.core.api.edit;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/**
 * Commands that write a person's text in one language, with the translation rules of
 * {@link LocalizedText#setText(String, String)} (a changed original makes the other translations
 * stale), undoable like every other edit.
 *
 * @since 0.1
 */
public final class TextCommands {

	private TextCommands() {
	}

	/** The feature that names an element: its {@code name} or {@code title}, where that is a text in several languages. */
	public static Optional<EReference> nameOf(EObject element) {
		for (String candidate : new String[] { "name", "title" }) { //$NON-NLS-1$ //$NON-NLS-2$
			EStructuralFeature feature = element.eClass().getEStructuralFeature(candidate);
			if (feature instanceof EReference reference && reference.isContainment()
					&& reference.getEReferenceType() == TandemPackage.Literals.LOCALIZED_TEXT) {
				return Optional.of(reference);
			}
		}
		return Optional.empty();
	}

	/** The text of {@code feature} of {@code element} in {@code language}, else the original, else empty. */
	public static String text(EObject element, EReference feature, String language) {
		LocalizedText text = (LocalizedText) element.eGet(feature);
		String value = text == null ? null : text.getTextOrOriginal(language);
		return value == null ? "" : value; //$NON-NLS-1$
	}

	/** Sets the text of {@code feature} of {@code element} in {@code language}, making the text if there is none. */
	public static Command setText(EObject element, EReference feature, String language, String value) {
		return new ChangeCommand(element) {
			@Override
			protected void doExecute() {
				LocalizedText text = (LocalizedText) element.eGet(feature);
				if (text == null) {
					text = TandemFactory.eINSTANCE.createLocalizedText();
					element.eSet(feature, text);
				}
				text.setText(language, value);
			}
		};
	}
}
