package org.tandem.core.api.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.persistence.ModelResourceFactory;
import org.tandem.model.api.ImplementationPlan;

/**
 * New plan files: a plan goes into a workspace as a new, saved file {@code plans/NAME.tandem},
 * named after the plan's English name (else its original) in lower-case ASCII and numbered when
 * that name is taken. The command line's import and the workbench's new plans share it.
 *
 * @since 0.1
 */
public final class PlanFiles {

	/** The folder of the workspace that new plans go to. */
	public static final String FOLDER = "plans"; //$NON-NLS-1$

	private PlanFiles() {
	}

	/**
	 * Adds {@code plan} as a new, saved model file of {@code workspace}, named after the plan, or
	 * after {@code fallbackName} when the plan's name has no Latin letters.
	 */
	public static XMLResource add(ModelWorkspace workspace, ImplementationPlan plan, String fallbackName) throws IOException {
		String name = plan.getName() == null ? null : plan.getName().getTextOrOriginal("en"); //$NON-NLS-1$
		return workspace.create(newPath(workspace, name, fallbackName), plan);
	}

	/**
	 * A path {@code plans/slug.tandem} that neither a file nor a model of {@code workspace} has
	 * yet: {@code name} (else {@code fallbackName}, else "plan") in lower-case ASCII, numbered from 2
	 * when taken.
	 */
	public static String newPath(ModelWorkspace workspace, String name, String fallbackName) {
		String slug = slug(name);
		if (!slug.matches(".*[a-z].*")) { //$NON-NLS-1$
			slug = slug(fallbackName);
		}
		String base = FOLDER + "/" + (slug.isEmpty() ? "plan" : slug); //$NON-NLS-1$ //$NON-NLS-2$
		String path = base + "." + ModelResourceFactory.EXTENSION; //$NON-NLS-1$
		for (int i = 2; taken(workspace, path); i++) {
			path = base + "-" + i + "." + ModelResourceFactory.EXTENSION; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return path;
	}

	private static boolean taken(ModelWorkspace workspace, String path) {
		Path file = workspace.folder().resolve(path);
		return Files.exists(file) || workspace.resources().getResource(ModelFiles.uriOf(file), false) != null;
	}

	/** {@code name} in lower-case ASCII letters and digits, words joined by hyphens. */
	static String slug(String name) {
		if (name == null) {
			return ""; //$NON-NLS-1$
		}
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ß", "ss") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
