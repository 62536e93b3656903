package org.tandem.ui.milestones.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A labelled read-only combo over values; {@link #offer} replaces the values and keeps the chosen
 * one when it is still offered, else picks the first.
 */
final class Choice<T> {

	private final Combo combo;
	private final Function<T, String> labels;
	private final List<T> values = new ArrayList<>();

	Choice(Composite parent, String title, Function<T, String> labels, Runnable changed) {
		new Label(parent, SWT.NONE).setText(title);
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setVisibleItemCount(20);
		this.labels = labels;
		combo.addListener(SWT.Selection, e -> changed.run());
	}

	void offer(List<T> offered) {
		T chosen = value();
		values.clear();
		values.addAll(offered);
		combo.setItems(offered.stream().map(labels).toArray(String[]::new));
		int index = 0;
		for (int i = 0; i < values.size(); i++) {
			if (Objects.equals(values.get(i), chosen)) {
				index = i;
			}
		}
		if (!values.isEmpty()) {
			combo.select(index);
		}
	}

	/** The chosen value, null when nothing is offered. */
	T value() {
		int index = combo.getSelectionIndex();
		return index < 0 || index >= values.size() ? null : values.get(index);
	}

	/** Chooses {@code value} without telling the listener (the caller refreshes). */
	void choose(T value) {
		combo.select(values.indexOf(value));
	}

	Combo combo() {
		return combo;
	}

	List<T> values() {
		return values;
	}
}
