package org.tandem.io.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.io.internal.ItemSpan;
import org.tandem.io.internal.Texts;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.WorkPackage;

/**
 * The plans that rows read back go into, one per plan name, each with its work packages by name;
 * a plan's dates span its items.
 */
final class PlansByName {

	private final String fallbackName;
	private final Texts texts;
	private final Map<String, ImplementationPlan> plans = new LinkedHashMap<>();
	private final Map<ImplementationPlan, Map<String, WorkPackage>> workPackages = new HashMap<>();

	PlansByName(String fallbackName, Texts texts) {
		this.fallbackName = fallbackName;
		this.texts = texts;
	}

	void add(String planName, String workPackageName, PlanItem item) {
		String name = planName.isBlank() ? fallbackName : planName;
		ImplementationPlan plan = plans.computeIfAbsent(name, n -> {
			ImplementationPlan created = TandemFactory.eINSTANCE.createImplementationPlan();
			created.setName(texts.read(n));
			return created;
		});
		if (workPackageName.isBlank()) {
			plan.getItems().add(item);
		} else {
			workPackages.computeIfAbsent(plan, p -> new HashMap<>()).computeIfAbsent(workPackageName, n -> {
				WorkPackage workPackage = TandemFactory.eINSTANCE.createWorkPackage();
				workPackage.setName(texts.read(n));
				plan.getItems().add(workPackage);
				return workPackage;
			}).getChildren().add(item);
		}
		ItemSpan.widen(plan, item);
	}

	List<ImplementationPlan> all() {
		return new ArrayList<>(plans.values());
	}
}
