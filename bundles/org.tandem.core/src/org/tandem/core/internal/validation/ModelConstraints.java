package org.tandem.core.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.api.persistence.StandIns;
import org.tandem.core.api.units.Units;
import org.tandem.model.api.*;

/**
 * Tandem's rules for a sound model, each with a message in the reader's language: dates inside
 * their plan and partnership, finish not before start, no dependency cycles, references to people
 * and indicators that exist, required texts written in at least one language (and a warning where
 * a translation is stale, or an element comes from a plug-in that is not installed), indicator units
 * that agree with their targets and measurements, and scenario measures that name a measure, adopt
 * between 0 and 1 of it and ramp up over 0 or more years.
 */
final class ModelConstraints extends EObjectValidator {

	static final String SOURCE = "org.tandem.core.internal.validation"; //$NON-NLS-1$

	private final MessageLabels labels;

	ModelConstraints(MessageLabels labels) {
		this.labels = labels;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, object, diagnostics, context);
		Problems problems = new Problems(object, diagnostics);
		referencesExist(object, problems);
		requiredTexts(object, problems);
		if (StandIns.isStandIn(object)) {
			problems.warning(null, NLS.bind(Messages.missingPlugin, labels.of(object), StandIns.namespaceOf(object)));
		}
		switch (object) {
		case Partnership partnership -> order(partnership.getStart(), partnership.getFinish(), problems);
		case Phase phase -> {
			order(phase.getStart(), phase.getFinish(), problems);
			if (phase.eContainer() instanceof Partnership partnership) {
				inside(phase.getStart(), phase.getFinish(), partnership, partnership.getStart(), partnership.getFinish(), problems);
			}
		}
		case ImplementationPlan plan -> plan(plan, problems);
		case Task task -> {
			order(task.getStart(), task.getFinish(), problems);
			ImplementationPlan plan = planOf(task);
			if (plan != null) {
				inside(task.getStart(), task.getFinish(), plan, plan.getStart(), plan.getFinish(), problems);
			}
		}
		case Milestone milestone -> {
			ImplementationPlan plan = planOf(milestone);
			if (plan != null) {
				inside(milestone.getPlanned(), milestone.getPlanned(), plan, plan.getStart(), plan.getFinish(), problems);
			}
		}
		case Activity activity -> order(activity.getStart(), activity.getFinish(), problems);
		case Indicator indicator -> units(indicator, problems);
		case ScenarioMeasure taken -> scenarioMeasure(taken, problems);
		case LocalizedText text -> stale(text, problems);
		default -> {
			// no rule of its own
		}
		}
		return valid && problems.none();
	}

	// EMF's own checks for these speak only English; referencesExist says the same in the reader's language
	@Override
	public boolean validate_EveryProxyResolves(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	@Override
	public boolean validate_EveryReferenceIsContained(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private void plan(ImplementationPlan plan, Problems problems) {
		order(plan.getStart(), plan.getFinish(), problems);
		if (plan.getTaskGroup() != null && !plan.getTaskGroup().eIsProxy() && plan.getTaskGroup().eContainer() instanceof Partnership partnership) {
			inside(plan.getStart(), plan.getFinish(), partnership, partnership.getStart(), partnership.getFinish(), problems);
		}
		List<PlanItem> cycle = new DependencyCycles(plan.getDependencies()).find();
		if (!cycle.isEmpty()) {
			problems.error(TandemPackage.Literals.IMPLEMENTATION_PLAN__DEPENDENCIES, labels.dependencyCycle(plan, cycle));
		}
	}

	private void order(LocalDate start, LocalDate finish, Problems problems) {
		if (start != null && finish != null && finish.isBefore(start)) {
			problems.error(null, NLS.bind(Messages.finishBeforeStart, new Object[] { labels.of(problems.object), finish, start }));
		}
	}

	private void inside(LocalDate start, LocalDate finish, EObject outer, LocalDate outerStart, LocalDate outerFinish, Problems problems) {
		if (start != null && outerStart != null && start.isBefore(outerStart)) {
			problems.error(null, NLS.bind(Messages.startsBefore, new Object[] { labels.of(problems.object), start, labels.of(outer), outerStart }));
		}
		if (finish != null && outerFinish != null && finish.isAfter(outerFinish)) {
			problems.error(null, NLS.bind(Messages.endsAfter, new Object[] { labels.of(problems.object), finish, labels.of(outer), outerFinish }));
		}
	}

	/** Every person and indicator that an element refers to is part of a loaded model file. */
	private void referencesExist(EObject object, Problems problems) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, true);
			List<?> targets = reference.isMany() ? (List<?>) value : List.of(value);
			for (Object target : targets) {
				EObject element = (EObject) target;
				if (element.eIsProxy() || element.eResource() == null) {
					problems.error(reference, NLS.bind(Messages.missingReference,
							new Object[] { labels.of(object), labels.feature(reference), labels.kind(reference.getEReferenceType()) }));
				}
			}
		}
	}

	/** The name of an element, and the title, problem and objectives of a concept, are written in at least one language. */
	private void requiredTexts(EObject object, Problems problems) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!Required.TEXTS.contains(feature)) {
				continue;
			}
			LocalizedText text = (LocalizedText) object.eGet(feature);
			if (text == null || text.getTranslations().stream().allMatch(t -> t.getText() == null || t.getText().isBlank())) {
				problems.error(feature, NLS.bind(Messages.missingText, labels.kind(object.eClass()), labels.feature(feature)));
			}
		}
	}

	private void stale(LocalizedText text, Problems problems) {
		EObject owner = text.eContainer();
		if (owner == null) {
			return;
		}
		for (Translation translation : text.getTranslations()) {
			if (translation.getState() == TranslationState.STALE) {
				problems.warning(text.eContainingFeature(), NLS.bind(Messages.staleTranslation,
						new Object[] { labels.language(translation.getLanguage()), labels.feature(text.eContainingFeature()), labels.of(owner) }));
			}
		}
	}

	private void scenarioMeasure(ScenarioMeasure taken, Problems problems) {
		String scenario = taken.eContainer() == null ? "" : labels.of(taken.eContainer()); //$NON-NLS-1$
		if (taken.getMeasure() == null) {
			problems.error(TandemPackage.Literals.SCENARIO_MEASURE__MEASURE, NLS.bind(Messages.noMeasure, scenario));
		}
		if (taken.getAdoption() < 0 || taken.getAdoption() > 1) {
			problems.error(TandemPackage.Literals.SCENARIO_MEASURE__ADOPTION,
					NLS.bind(Messages.adoptionOutOfRange, new Object[] { labels.of(taken), scenario, taken.getAdoption() }));
		}
		if (taken.getRampUpYears() < 0) {
			problems.error(TandemPackage.Literals.SCENARIO_MEASURE__RAMP_UP_YEARS,
					NLS.bind(Messages.negativeRampUp, new Object[] { labels.of(taken), scenario, taken.getRampUpYears() }));
		}
	}

	private void units(Indicator indicator, Problems problems) {
		for (Target target : indicator.getTargets()) {
			if (target.getUnit() != null && !Units.compatible(indicator.getUnit(), target.getUnit())) {
				problems.error(TandemPackage.Literals.INDICATOR__TARGETS, NLS.bind(Messages.targetUnit,
						new Object[] { labels.of(indicator), target.getYear(), target.getUnit(), indicator.getUnit() }));
			}
		}
		for (Measurement measurement : indicator.getMeasurements()) {
			if (measurement.getUnit() != null && !Units.compatible(indicator.getUnit(), measurement.getUnit())) {
				problems.error(TandemPackage.Literals.INDICATOR__MEASUREMENTS, NLS.bind(Messages.measurementUnit,
						new Object[] { labels.of(indicator), measurement.getDate(), measurement.getUnit(), indicator.getUnit() }));
			}
		}
	}

	private static ImplementationPlan planOf(EObject element) {
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof ImplementationPlan plan) {
				return plan;
			}
		}
		return null;
	}

	/** The problems of one element, added to the chain with the element (and feature) as data. */
	private static final class Problems {
		final EObject object;
		private final DiagnosticChain chain;
		private int count;

		Problems(EObject object, DiagnosticChain chain) {
			this.object = object;
			this.chain = chain;
		}

		void error(EStructuralFeature feature, String message) {
			add(Diagnostic.ERROR, feature, message);
		}

		void warning(EStructuralFeature feature, String message) {
			add(Diagnostic.WARNING, feature, message);
		}

		private void add(int severity, EStructuralFeature feature, String message) {
			count += severity == Diagnostic.ERROR ? 1 : 0;
			if (chain != null) {
				Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
				chain.add(new BasicDiagnostic(severity, SOURCE, 0, message, data));
			}
		}

		boolean none() {
			return count == 0;
		}
	}
}
