package org.tandem.core.internal.domains;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.tandem.core.spi.TemplateTexts;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage.Literals;
import org.tandem.model.api.TaskGroup;

/**
 * A new task group of a domain, filled from the domain's templates, as one undoable command: the
 * group (named after the domain in German, Chinese and English, the reader's language the
 * original) with the domain's concept, and those of the domain's indicators that the partnership
 * does not track yet (same English name and unit).
 *
 * @since 0.1
 */
public final class NewTaskGroup {

	private NewTaskGroup() {
	}

	/** The command; its result is the new task group (then the new indicators). */
	public static Command create(EditingDomain editing, Partnership partnership, Domain domain, Locale locale) {
		TaskGroup group = TandemFactory.eINSTANCE.createTaskGroup();
		group.setDomain(domain.id());
		group.setName(TemplateTexts.localized(domain::name, locale));
		domain.newConcept(locale).ifPresent(group.getConcepts()::add);
		String name = domain.name(locale);
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.newTaskGroup, name), NLS.bind(Messages.newTaskGroupDescription, name));
		command.append(AddCommand.create(editing, partnership, Literals.PARTNERSHIP__TASK_GROUPS, group));
		List<Indicator> missing = domain.newIndicators().stream().filter(Objects::nonNull).filter(i -> !tracked(partnership, i)).toList();
		if (!missing.isEmpty()) {
			command.append(AddCommand.create(editing, partnership, Literals.PARTNERSHIP__INDICATORS, missing));
		}
		return command;
	}

	private static boolean tracked(Partnership partnership, Indicator indicator) {
		String name = english(indicator);
		return partnership.getIndicators().stream()
				.anyMatch(other -> Objects.equals(english(other), name) && Objects.equals(other.getUnit(), indicator.getUnit()));
	}

	private static String english(Indicator indicator) {
		return indicator.getName() == null ? null : indicator.getName().getTextOrOriginal("en"); //$NON-NLS-1$
	}
}
