package org.tandem.ui.milestones.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.api.milestones.BaselineChoice;
import org.tandem.core.api.milestones.MilestoneFilter;
import org.tandem.core.api.milestones.MilestoneOrder;
import org.tandem.core.api.milestones.Showing;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TaskGroup;

/**
 * The board's controls: partnership, task group, region and responsible person (each "(all)" or
 * one; the last three offer those of the chosen partnership), which milestones to show, the
 * baseline to compare with and the order. Every change calls back.
 */
final class FilterBar {

	private final Composite bar;
	private final Runnable changed;
	private final Choice<Partnership> partnership;
	private final Choice<TaskGroup> taskGroup;
	private final Choice<Region> region;
	private final Choice<Person> responsible;
	private final Choice<Showing> showing;
	private final Choice<BaselineChoice> baseline;
	private final Choice<MilestoneOrder> order;
	private List<Partnership> partnerships = List.of();

	FilterBar(Composite parent, Texts texts, Runnable changed) {
		this.changed = changed;
		bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(8).applyTo(bar);
		Runnable narrowed = () -> {
			offerWithin();
			changed.run();
		};
		partnership = choice(Messages.filter_partnership, labelOrAny(texts), narrowed);
		taskGroup = choice(Messages.filter_taskGroup, labelOrAny(texts), changed);
		region = choice(Messages.filter_region, labelOrAny(texts), changed);
		responsible = choice(Messages.filter_responsible, labelOrAny(texts), changed);
		showing = choice(Messages.filter_show, texts.names()::of, changed);
		baseline = choice(Messages.filter_baseline, FilterBar::baselineLabel, changed);
		order = choice(Messages.filter_sort, o -> o == MilestoneOrder.SLIP ? Messages.sort_slip : Messages.sort_date, changed);
		showing.offer(Arrays.asList(Showing.values()));
		order.offer(Arrays.asList(MilestoneOrder.values()));
		baseline.offer(List.of(BaselineChoice.latestOfEachPlan(), BaselineChoice.none()));
	}

	private <T> Choice<T> choice(String title, Function<T, String> labels, Runnable listener) {
		Choice<T> choice = new Choice<>(bar, title, labels, listener);
		GridDataFactory.swtDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).hint(120, SWT.DEFAULT).applyTo(choice.combo());
		return choice;
	}

	private static <T> Function<T, String> labelOrAny(Texts texts) {
		return value -> value == null ? Messages.filter_any : texts.label(value);
	}

	private static String baselineLabel(BaselineChoice choice) {
		if (choice.latest()) {
			return Messages.baseline_latest;
		}
		return choice.name() == null ? Messages.baseline_none : choice.name();
	}

	Composite control() {
		return bar;
	}

	/** Offers what the workspace whose roots are {@code roots} holds, and the names of its plans' baselines. */
	void offer(List<EObject> roots, List<String> baselineNames) {
		partnerships = roots.stream().filter(Partnership.class::isInstance).map(Partnership.class::cast).toList();
		partnership.offer(withAny(partnerships.stream()));
		List<BaselineChoice> baselines = new ArrayList<>();
		baselines.add(BaselineChoice.latestOfEachPlan());
		baselineNames.forEach(name -> baselines.add(BaselineChoice.named(name)));
		baselines.add(BaselineChoice.none());
		baseline.offer(baselines);
		offerWithin();
	}

	private void offerWithin() {
		Partnership chosen = partnership.value();
		List<Partnership> within = chosen == null ? partnerships : List.of(chosen);
		taskGroup.offer(withAny(within.stream().flatMap(p -> p.getTaskGroups().stream())));
		region.offer(withAny(within.stream().flatMap(p -> p.getRegions().stream())));
		responsible.offer(withAny(within.stream().flatMap(p -> p.getPeople().stream())));
	}

	private static <T> List<T> withAny(Stream<T> values) {
		List<T> list = new ArrayList<>();
		list.add(null);
		values.forEach(list::add);
		return list;
	}

	MilestoneFilter filter() {
		return new MilestoneFilter(partnership.value(), taskGroup.value(), region.value(), responsible.value(), showing.value());
	}

	BaselineChoice baseline() {
		BaselineChoice chosen = baseline.value();
		return chosen == null ? BaselineChoice.latestOfEachPlan() : chosen;
	}

	MilestoneOrder order() {
		MilestoneOrder chosen = order.value();
		return chosen == null ? MilestoneOrder.DATE : chosen;
	}

	/** Sets the controls as a person would and tells the board once (for tests and for the reminder's link). */
	void set(Partnership p, Showing show, MilestoneOrder sort) {
		partnership.choose(p);
		offerWithin();
		showing.choose(show);
		order.choose(sort);
		changed.run();
	}

	Choice<TaskGroup> taskGroupChoice() {
		return taskGroup;
	}

	Choice<Person> responsibleChoice() {
		return responsible;
	}

	Choice<Region> regionChoice() {
		return region;
	}

	Choice<BaselineChoice> baselineChoice() {
		return baseline;
	}
}
