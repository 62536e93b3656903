package org.tandem.ui.concept.internal.text;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Translation;
import org.tandem.model.api.TranslationState;

/** Commands on the state of one translation, undoable like every other edit. */
public final class TranslationCommands {

	private TranslationCommands() {
	}

	/** The translation of {@code feature} of {@code element} in {@code language}, or null. */
	public static Translation find(EObject element, EReference feature, String language) {
		if (element == null || !(element.eGet(feature) instanceof LocalizedText text)) {
			return null;
		}
		for (Translation translation : text.getTranslations()) {
			if (language.equals(translation.getLanguage())) {
				return translation;
			}
		}
		return null;
	}

	/** Whether the translation in {@code language} is one that a person can mark as reviewed: a draft or a stale one with text. */
	public static boolean canMarkReviewed(Translation translation) {
		return translation != null && translation.getText() != null && !translation.getText().isBlank()
				&& (translation.getState() == TranslationState.DRAFT || translation.getState() == TranslationState.STALE);
	}

	/** Marks the translation in {@code language} as reviewed: it says what the original says. */
	public static Command markReviewed(EObject element, EReference feature, String language) {
		return new ChangeCommand(element) {
			@Override
			protected boolean prepare() {
				return canMarkReviewed(find(element, feature, language));
			}

			@Override
			protected void doExecute() {
				find(element, feature, language).setState(TranslationState.REVIEWED);
			}
		};
	}
}
