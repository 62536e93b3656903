package org.tandem.core.internal.validation;

import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.tandem.model.api.TandemPackage.Literals;

/** The texts that must be written in at least one language. */
final class Required {

	static final Set<EStructuralFeature> TEXTS = Set.of(Literals.PARTNERSHIP__NAME, Literals.REGION__NAME, Literals.MUNICIPALITY__NAME,
			Literals.PHASE__NAME, Literals.ORGANIZATION__NAME, Literals.TASK_GROUP__NAME, Literals.CONCEPT__TITLE, Literals.CONCEPT__PROBLEM,
			Literals.CONCEPT__OBJECTIVES, Literals.MEASURE__NAME, Literals.IMPLEMENTATION_PLAN__NAME, Literals.PLAN_ITEM__NAME,
			Literals.FUNDING_SOURCE__NAME, Literals.BUDGET_ITEM__NAME, Literals.RISK__DESCRIPTION, Literals.ACTIVITY__NAME,
			Literals.INDICATOR__NAME, Literals.AGREEMENT__TITLE, Literals.FOLLOW_UP__DESCRIPTION, Literals.GLOSSARY_TERM__TERM);

	private Required() {
	}
}
