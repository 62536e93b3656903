package org.tandem.core.spi;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tandem.model.api.Concept;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.DependencyType;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * A {@link TaskGroupDomain} whose names, indicators and templates are written in a properties
 * file (see {@link TemplateTexts}) instead of code. Keys, lists comma-separated:
 * <ul>
 * <li>{@code name}: the domain's name;</li>
 * <li>{@code indicators}: indicator keys {@code k}, each with {@code indicator.k.name},
 * {@code indicator.k.unit} and {@code indicator.k.method} (unit and method from the English file);</li>
 * <li>{@code concept.title}, {@code concept.problem}, {@code concept.objectives},
 * {@code concept.expectedImpact}, and {@code concept.measures}: measure keys {@code m}, each with
 * {@code measure.m.name} and {@code measure.m.description};</li>
 * <li>{@code plan.name} and {@code plan.packages}: work package keys {@code p} in their order,
 * each with {@code package.p.name}, {@code package.p.task}, {@code package.p.milestone} and
 * {@code package.p.months} (its length; each package starts when the one before ends).</li>
 * </ul>
 * A subclass registered as a Declarative Services component providing {@link TaskGroupDomain}
 * needs only a constructor.
 *
 * @since 0.1
 */
public abstract class TemplateDomain implements TaskGroupDomain {

	private static final TandemFactory F = TandemFactory.eINSTANCE;

	private final String id;
	private final String iconPath;
	private final TemplateTexts texts;

	/**
	 * @param id the domain's id
	 * @param textsBaseName the properties file, such as {@code org.example.domain.texts}
	 * @param iconPath the 16x16 PNG in the plug-in, such as {@code /icons/domain.png}
	 */
	protected TemplateDomain(String id, String textsBaseName, String iconPath) {
		this.id = id;
		this.iconPath = iconPath;
		this.texts = TemplateTexts.load(getClass(), textsBaseName);
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String name(Locale locale) {
		return texts.get("name", locale); //$NON-NLS-1$
	}

	@Override
	public URL icon() {
		return getClass().getResource(iconPath);
	}

	@Override
	public List<Indicator> newIndicators() {
		List<Indicator> indicators = new ArrayList<>();
		for (String key : texts.list("indicators")) { //$NON-NLS-1$
			Indicator indicator = F.createIndicator();
			indicator.setName(texts.text("indicator." + key + ".name", Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
			indicator.setUnit(texts.get("indicator." + key + ".unit", Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
			indicator.setMethod(texts.get("indicator." + key + ".method", Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
			indicators.add(indicator);
		}
		return indicators;
	}

	@Override
	public Concept newConcept(Locale locale) {
		Concept concept = F.createConcept();
		concept.setTitle(texts.text("concept.title", locale)); //$NON-NLS-1$
		concept.setProblem(texts.text("concept.problem", locale)); //$NON-NLS-1$
		concept.setObjectives(texts.text("concept.objectives", locale)); //$NON-NLS-1$
		concept.setExpectedImpact(texts.text("concept.expectedImpact", locale)); //$NON-NLS-1$
		for (String key : texts.list("concept.measures")) { //$NON-NLS-1$
			concept.getMeasures().add(newMeasure(key, locale));
		}
		return concept;
	}

	/** A new measure of the concept template, from {@code measure.<key>.*}; subclasses may make their own kind. */
	protected Measure newMeasure(String key, Locale locale) {
		Measure measure = F.createMeasure();
		measure.setName(texts.text("measure." + key + ".name", locale)); //$NON-NLS-1$ //$NON-NLS-2$
		measure.setDescription(texts.text("measure." + key + ".description", locale)); //$NON-NLS-1$ //$NON-NLS-2$
		return measure;
	}

	@Override
	public ImplementationPlan newPlan(Locale locale) {
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setName(texts.text("plan.name", locale)); //$NON-NLS-1$
		LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(1);
		plan.setStart(start);
		Task previous = null;
		for (String key : texts.list("plan.packages")) { //$NON-NLS-1$
			String prefix = "package." + key + "."; //$NON-NLS-1$ //$NON-NLS-2$
			LocalDate end = start.plusMonths(Integer.parseInt(texts.get(prefix + "months", Locale.ENGLISH).strip())).minusDays(1); //$NON-NLS-1$
			WorkPackage workPackage = F.createWorkPackage();
			workPackage.setName(texts.text(prefix + "name", locale)); //$NON-NLS-1$
			Task task = F.createTask();
			task.setName(texts.text(prefix + "task", locale)); //$NON-NLS-1$
			task.setStart(start);
			task.setFinish(end);
			Milestone milestone = F.createMilestone();
			milestone.setName(texts.text(prefix + "milestone", locale)); //$NON-NLS-1$
			milestone.setPlanned(end);
			workPackage.getChildren().add(task);
			workPackage.getChildren().add(milestone);
			plan.getItems().add(workPackage);
			if (previous != null) {
				plan.getDependencies().add(link(previous, task));
			}
			previous = task;
			plan.setFinish(end);
			start = end.plusDays(1);
		}
		return plan;
	}

	private static Dependency link(Task predecessor, Task successor) {
		Dependency dependency = F.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(DependencyType.FINISH_TO_START);
		return dependency;
	}

	/** The texts of this domain, for subclasses that add to the templates. */
	protected TemplateTexts texts() {
		return texts;
	}
}
