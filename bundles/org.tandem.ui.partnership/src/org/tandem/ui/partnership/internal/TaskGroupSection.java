package org.tandem.ui.partnership.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.tandem.core.internal.tracking.TaskGroupHealth;
import org.tandem.core.internal.tracking.TaskGroupTracking;
import org.tandem.model.api.TaskGroup;

/**
 * The task groups of a partnership with their co-chairs and health: open and late milestones of
 * their implementation plans and the day of their last activity; late milestones are named in the
 * tooltip.
 */
final class TaskGroupSection {

	private final Group group;
	private final TableViewer viewer;
	private final Texts texts;
	private final Map<TaskGroup, TaskGroupHealth> health = new HashMap<>();

	TaskGroupSection(Composite parent, Texts texts) {
		this.texts = texts;
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.taskGroups_title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		viewer = Columns.table(group);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(viewer.getControl().getParent());
		Columns.add(viewer, Messages.column_taskGroup, 5, Columns.named(texts));
		Columns.add(viewer, Messages.column_coChairs, 4, Columns.text(e -> texts.list(((TaskGroup) e).getCoChairs())));
		Columns.add(viewer, Messages.column_open, 2, Columns.text(e -> String.valueOf(health(e).open().size())));
		Columns.add(viewer, Messages.column_late, 2, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return String.valueOf(health(element).late().size());
			}

			@Override
			public Color getForeground(Object element) {
				return health(element).late().isEmpty() ? null : JFaceColors.getErrorText(viewer.getControl().getDisplay());
			}

			@Override
			public String getToolTipText(Object element) {
				return health(element).late().stream().map(texts::label).collect(Collectors.joining("\n")); //$NON-NLS-1$
			}
		});
		Columns.add(viewer, Messages.column_lastActivity, 3,
				Columns.text(e -> health(e).lastActivity().map(texts::date).orElse(Messages.lastActivity_none)));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	private TaskGroupHealth health(Object group) {
		return health.get(group);
	}

	Group control() {
		return group;
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Shows {@code groups} as they stand on {@code day}. */
	void show(List<TaskGroup> groups, TaskGroupTracking tracking, LocalDate day) {
		health.clear();
		groups.forEach(g -> health.put(g, tracking.health(g, day)));
		viewer.setInput(groups);
		viewer.refresh();
	}
}
