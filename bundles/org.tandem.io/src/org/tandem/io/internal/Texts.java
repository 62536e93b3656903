package org.tandem.io.internal;

import java.util.Collection;
import java.util.regex.Pattern;

import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.TandemFactory;

/**
 * Texts between Tandem's multilingual model and files that hold one language. A file does not say
 * its language, so it is guessed once for the whole file: a text with Han characters is Chinese;
 * the other texts are German when the file's words look more German than English (umlauts, ß,
 * "sch", "-ung", "-en" against "th", "-ing", "-tion"), else English. A text read becomes the
 * original in that language; a text written is the chosen language's, else the original.
 */
public final class Texts {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}"); //$NON-NLS-1$
	private static final Pattern GERMAN = Pattern.compile(
			"[äöüß]|sch|ung\\b|keit\\b|heit\\b|lich\\b|ie|tz|en\\b|\\b(der|die|das|und|für|mit|von|zur|zum|im|vor)\\b", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern ENGLISH = Pattern.compile(
			"th|ing\\b|tion\\b|ment\\b|wh|ou|ee|\\b(the|and|of|for|with|to|on|at|by)\\b", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final String latinLanguage;

	/** Texts of a file whose texts are {@code all} (names, notes: whatever it holds). */
	public Texts(Collection<String> all) {
		long german = 0;
		long english = 0;
		for (String text : all) {
			if (text != null && !isChinese(text)) {
				german += GERMAN.matcher(text).results().count();
				english += ENGLISH.matcher(text).results().count();
			}
		}
		latinLanguage = german > english ? "de" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A new text whose original is {@code text}, or null when {@code text} is blank. */
	public LocalizedText read(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalizedText localized = TandemFactory.eINSTANCE.createLocalizedText();
		localized.setText(isChinese(text) ? "zh" : latinLanguage, text.strip()); //$NON-NLS-1$
		return localized;
	}

	/** Whether {@code text} has Han characters. */
	public static boolean isChinese(String text) {
		return HAN.matcher(text).find();
	}

	/** {@code text} in {@code language}, else its original; empty when there is none. */
	public static String write(LocalizedText text, String language) {
		String value = text == null ? null : text.getTextOrOriginal(language);
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
