package org.tandem.core.internal.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.*;

/**
 * The demo workspace: the partnership of the Rhine-Neckar region with Urumqi (both task groups,
 * concepts, a five-year plan with milestones, annual visits) and that of the Ruhr with
 * Beijing-Tianjin-Hebei, written in German, Chinese and English, with some translations stale on
 * purpose so that the review workflow has something to show.
 */
public final class DemoWorkspace {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	private DemoWorkspace() {
	}

	/** Writes the demo files into {@code folder}, which must hold no model files yet. */
	public static void create(Path folder) throws IOException {
		if (!ModelWorkspace.modelFiles(folder).isEmpty()) {
			throw new IOException(folder + " holds model files already; the demo goes into an empty workspace");
		}
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		RheinNeckarUrumqi rnu = new RheinNeckarUrumqi();
		workspace.create("partnerships/rhein-neckar-urumqi.tandem", rnu.partnership);
		workspace.create("plans/wasser-2024-2028.tandem", rnu.waterPlan());
		workspace.create("plans/energie-2024-2028.tandem", rnu.energyPlan());
		workspace.create("partnerships/ruhr-jingjinji.tandem", new RuhrJingJinJi().partnership);
	}

	// ------------------------------------------------------------------ texts

	/** A text written in German, translated to Chinese and English. */
	static LocalizedText de(String de, String zh, String en) {
		return text("de", de, zh, en, TranslationState.REVIEWED);
	}

	/** A text written in Chinese, translated to German and English. */
	static LocalizedText zh(String zh, String de, String en) {
		LocalizedText text = F.createLocalizedText();
		add(text, "zh", zh, TranslationState.ORIGINAL);
		add(text, "de", de, TranslationState.REVIEWED);
		add(text, "en", en, TranslationState.REVIEWED);
		return text;
	}

	/** A German text whose translations are out of date: the original changed after they were made. */
	static LocalizedText deStale(String de, String zh, String en) {
		return text("de", de, zh, en, TranslationState.STALE);
	}

	/** A German text whose translations are drafts nobody has reviewed yet. */
	static LocalizedText deDraft(String de, String zh, String en) {
		return text("de", de, zh, en, TranslationState.DRAFT);
	}

	private static LocalizedText text(String original, String de, String zh, String en, TranslationState others) {
		LocalizedText text = F.createLocalizedText();
		add(text, "de", de, TranslationState.ORIGINAL);
		add(text, "zh", zh, others);
		add(text, "en", en, others);
		return text;
	}

	private static void add(LocalizedText text, String language, String value, TranslationState state) {
		Translation translation = F.createTranslation();
		translation.setLanguage(language);
		translation.setText(value);
		translation.setState(state);
		text.getTranslations().add(translation);
	}

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}
}
