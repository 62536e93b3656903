package org.tandem.core.internal.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.progress.Progress;

/**
 * Validates Tandem models with {@link ModelConstraints}, for Tandem's classes and for the classes
 * that plug-ins derive from them. Each problem is a diagnostic whose data names the element (and
 * the feature) it is about, so that a problems view can select it.
 */
public final class ModelValidation {

	private final Diagnostician diagnostician;

	public ModelValidation() {
		MessageLabels labels = new MessageLabels(ItemProviders.create());
		ModelConstraints constraints = new ModelConstraints(labels);
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE) {
			private static final long serialVersionUID = 1L;

			@Override
			public Object get(Object ePackage) {
				return constraints;
			}
		};
		this.diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return labels.of(eObject);
			}
		};
	}

	/** The problems of {@code root} and everything it contains. */
	public Diagnostic validate(EObject root) {
		return diagnostician.validate(root);
	}

	/** The problems of several roots, as one diagnostic. */
	public Diagnostic validate(List<EObject> roots) {
		return validate(roots, Progress.NONE);
	}

	/**
	 * The problems of several roots, as one diagnostic, one step of {@code progress} per root; stops
	 * with a {@link java.util.concurrent.CancellationException} when {@code progress} is cancelled.
	 */
	public Diagnostic validate(List<EObject> roots, Progress progress) {
		BasicDiagnostic all = new BasicDiagnostic(ModelConstraints.SOURCE, 0, "", new Object[0]); //$NON-NLS-1$
		progress.begin("", roots.size()); //$NON-NLS-1$
		for (EObject root : roots) {
			progress.checkCancelled();
			progress.step(diagnostician.getObjectLabel(root));
			Map<Object, Object> context = diagnostician.createDefaultContext();
			diagnostician.validate(root, all, context);
		}
		return all;
	}
}
