package org.tandem.example.circular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.tandem.core.spi.Exporter;
import org.tandem.core.spi.TemplateTexts;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Measurement;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Target;

/**
 * The circular-economy indicator sheet of a partnership as Markdown: each indicator with its unit,
 * method, baseline, latest measurement and last target, and the circular measures with what they
 * recycle. Registered as a Declarative Services component ({@code OSGI-INF/indicator-sheet.xml}).
 */
public final class IndicatorSheet implements Exporter {

	private final TemplateTexts texts = TemplateTexts.load(IndicatorSheet.class, "org.tandem.example.circular.circular"); //$NON-NLS-1$

	@Override
	public String id() {
		return "org.tandem.example.circular.sheet"; //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		return texts.get("sheet.name", locale); //$NON-NLS-1$
	}

	@Override
	public String fileExtension() {
		return "md"; //$NON-NLS-1$
	}

	@Override
	public boolean accepts(EObject scope) {
		return scope instanceof Partnership;
	}

	@Override
	public void export(EObject scope, OutputStream out, Locale locale) throws IOException {
		Partnership partnership = (Partnership) scope;
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		String language = locale.getLanguage();
		writer.write("# " + name(locale) + ": " + text(partnership.getName(), language) + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		writer.write("| " + String.join(" | ", texts.get("sheet.indicator", locale), texts.get("sheet.unit", locale), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				texts.get("sheet.method", locale), texts.get("sheet.baseline", locale), texts.get("sheet.latest", locale), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				texts.get("sheet.target", locale)) + " |\n|---|---|---|---|---|---|\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Indicator indicator : partnership.getIndicators()) {
			Measurement latest = indicator.getMeasurements().stream().filter(m -> m.getDate() != null)
					.max(Comparator.comparing(Measurement::getDate)).orElse(null);
			Target target = indicator.getTargets().stream().max(Comparator.comparingInt(Target::getYear)).orElse(null);
			writer.write("| " + String.join(" | ", text(indicator.getName(), language), cell(indicator.getUnit()), //$NON-NLS-1$ //$NON-NLS-2$
					cell(indicator.getMethod()), indicator.getBaselineYear() == 0 ? "" : indicator.getBaselineValue() + " (" + indicator.getBaselineYear() + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					latest == null ? "" : latest.getValue() + " (" + latest.getDate() + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					target == null ? "" : target.getValue() + " (" + target.getYear() + ")") + " |\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		writer.write("\n## " + texts.get("sheet.measures", locale) + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (var all = partnership.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (CircularModel.isCircular(element)) {
				writer.write("- " + text(((org.tandem.model.api.Measure) element).getName(), language) + ": " //$NON-NLS-1$ //$NON-NLS-2$
						+ cell(CircularModel.material(element)) + ", " + CircularModel.recycledTonnes(element) + " t\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		writer.flush();
	}

	private static String text(LocalizedText text, String language) {
		return text == null || text.getTextOrOriginal(language) == null ? "" : cell(text.getTextOrOriginal(language)); //$NON-NLS-1$
	}

	private static String cell(String value) {
		return value == null ? "" : value.replace("|", "\\|").replace('\n', ' '); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
