package org.tandem.core.internal.domains;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.tandem.core.spi.TemplateTexts;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TaskGroup;

/**
 * A new implementation plan of a task group: the plan template of the group's domain (its work
 * packages and milestones, in the reader's language with the others as translations), else an
 * empty plan; named after the group in German, Chinese and English, and starting on the first day
 * of the month after {@code today}, the template's dates moved along with its start.
 *
 * @since 0.1
 */
public final class NewPlan {

	private NewPlan() {
	}

	/**
	 * The plan for {@code group}, not yet in any file; an empty one when {@code domain} is empty or
	 * its template fails (which the domain reports).
	 */
	public static ImplementationPlan create(TaskGroup group, Optional<Domain> domain, Locale locale, LocalDate today) {
		ImplementationPlan plan = domain.flatMap(d -> d.newPlan(locale)).orElseGet(TandemFactory.eINSTANCE::createImplementationPlan);
		plan.setName(name(group, locale));
		plan.setTaskGroup(group);
		LocalDate start = today.withDayOfMonth(1).plusMonths(1);
		List<LocalDate> dates = dates(plan);
		if (dates.isEmpty()) {
			plan.setStart(start);
			plan.setFinish(partnershipFinish(group).filter(start::isBefore).orElse(null));
			return plan;
		}
		LocalDate first = plan.getStart() != null ? plan.getStart() : dates.stream().min(LocalDate::compareTo).orElseThrow();
		long shift = ChronoUnit.DAYS.between(first, start);
		moveDates(plan, shift);
		plan.setStart(start);
		if (plan.getFinish() == null) {
			plan.setFinish(dates(plan).stream().max(LocalDate::compareTo).orElseThrow());
		}
		return plan;
	}

	/** "Implementation plan – group" in each language, written in the reader's. */
	private static LocalizedText name(TaskGroup group, Locale locale) {
		TemplateTexts texts = TemplateTexts.load(NewPlan.class, "org.tandem.core.internal.domains.plan"); //$NON-NLS-1$
		return TemplateTexts.localized(language -> {
			String groupName = group.getName() == null ? null : group.getName().getTextOrOriginal(language.getLanguage());
			return groupName == null || groupName.isBlank() ? texts.get("plan.unnamed", language) //$NON-NLS-1$
					: MessageFormat.format(texts.get("plan.name", language), groupName.strip()); //$NON-NLS-1$
		}, locale);
	}

	private static Optional<LocalDate> partnershipFinish(TaskGroup group) {
		return group.eContainer() instanceof Partnership partnership ? Optional.ofNullable(partnership.getFinish()) : Optional.empty();
	}

	/** Every day that the plan or an element inside it holds. */
	private static List<LocalDate> dates(ImplementationPlan plan) {
		List<LocalDate> dates = new ArrayList<>();
		forEachDate(plan, (element, attribute) -> dates.add((LocalDate) element.eGet(attribute)));
		return dates;
	}

	private static void moveDates(ImplementationPlan plan, long days) {
		forEachDate(plan, (element, attribute) -> element.eSet(attribute, ((LocalDate) element.eGet(attribute)).plusDays(days)));
	}

	private static void forEachDate(ImplementationPlan plan, BiConsumer<EObject, EAttribute> action) {
		List<EObject> elements = new ArrayList<>();
		elements.add(plan);
		plan.eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (!attribute.isMany() && attribute.getEAttributeType().getInstanceClass() == LocalDate.class && element.eIsSet(attribute)) {
					action.accept(element, attribute);
				}
			}
		}
	}
}
