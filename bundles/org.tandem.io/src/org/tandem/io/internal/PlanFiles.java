package org.tandem.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Locale;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelResourceFactory;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.io.internal.Texts;
import org.tandem.model.api.ImplementationPlan;

/** Puts an imported plan into a workspace as a new file {@code plans/NAME.tandem}, named after the plan. */
public final class PlanFiles {

	private PlanFiles() {
	}

	/**
	 * Adds {@code plan} as a new, saved model file of {@code workspace}, named after the plan, or
	 * after {@code fallbackName} (the imported file's) when the plan's name has no Latin letters.
	 */
	public static XMLResource add(ModelWorkspace workspace, ImplementationPlan plan, String fallbackName) throws IOException {
		return workspace.create(newPath(workspace, Texts.write(plan.getName(), "en"), fallbackName), plan); //$NON-NLS-1$
	}

	/** A path {@code plans/slug.tandem} that no file has yet: the name in lower-case ASCII, numbered when taken. */
	static String newPath(ModelWorkspace workspace, String name, String fallbackName) {
		String slug = slug(name);
		if (!slug.matches(".*[a-z].*")) { //$NON-NLS-1$
			slug = slug(fallbackName);
		}
		String base = "plans/" + (slug.isEmpty() ? "imported-plan" : slug); //$NON-NLS-1$ //$NON-NLS-2$
		String path = base + "." + ModelResourceFactory.EXTENSION; //$NON-NLS-1$
		for (int i = 2; Files.exists(workspace.folder().resolve(path)); i++) {
			path = base + "-" + i + "." + ModelResourceFactory.EXTENSION; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return path;
	}

	private static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ß", "ss") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
