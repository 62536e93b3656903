package org.tandem.ui.partnership.internal;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.tandem.model.api.Agreement;
import org.tandem.model.api.FollowUp;
import org.tandem.model.api.Partnership;

/**
 * The agreements of a partnership with their follow-ups. A follow-up's check box shows whether it
 * is done; checking it (or an agreement's, for all its follow-ups) asks {@code mark} to change
 * that. Overdue follow-ups show in the error colour.
 */
final class AgreementSection {

	private final Group group;
	private final CheckboxTreeViewer viewer;
	private final Supplier<LocalDate> today;

	AgreementSection(Composite parent, Texts texts, Supplier<LocalDate> today, BiConsumer<Object, Boolean> mark) {
		this.today = today;
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.agreements_title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		viewer = Columns.checkboxTree(group);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 80).applyTo(viewer.getControl().getParent());
		Columns.add(viewer, Messages.column_agreement, 6, Columns.named(texts));
		Columns.add(viewer, Messages.column_dateDue, 2, Columns.text(e -> e instanceof Agreement a ? texts.date(a.getDate()) : texts.date(((FollowUp) e).getDue())));
		Columns.add(viewer, Messages.column_responsible, 3, Columns.text(e -> e instanceof FollowUp f ? texts.label(f.getResponsible()) : "")); //$NON-NLS-1$
		Columns.add(viewer, Messages.column_status, 3, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return status(element);
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof FollowUp f && isOverdue(f) ? JFaceColors.getErrorText(viewer.getControl().getDisplay()) : null;
			}
		});
		viewer.setContentProvider(new Content());
		viewer.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return element instanceof FollowUp f ? f.isDone() : doneCount((Agreement) element) > 0;
			}

			@Override
			public boolean isGrayed(Object element) {
				return element instanceof Agreement a && doneCount(a) > 0 && doneCount(a) < a.getFollowUps().size();
			}
		});
		viewer.addCheckStateListener(event -> {
			// a partly done agreement that is clicked gets all its follow-ups done
			mark.accept(event.getElement(), event.getChecked() || viewer.getGrayed(event.getElement()));
			viewer.refresh();
		});
	}

	private String status(Object element) {
		if (element instanceof Agreement a) {
			return NLS.bind(Messages.followUps_done, doneCount(a), a.getFollowUps().size());
		}
		FollowUp followUp = (FollowUp) element;
		return followUp.isDone() ? Messages.followUp_done : isOverdue(followUp) ? Messages.followUp_overdue : Messages.followUp_open;
	}

	private boolean isOverdue(FollowUp followUp) {
		return !followUp.isDone() && followUp.getDue() != null && followUp.getDue().isBefore(today.get());
	}

	private static long doneCount(Agreement agreement) {
		return agreement.getFollowUps().stream().filter(FollowUp::isDone).count();
	}

	Group control() {
		return group;
	}

	CheckboxTreeViewer viewer() {
		return viewer;
	}

	void show(Partnership partnership) {
		if (viewer.getInput() == partnership) {
			viewer.refresh();
		} else {
			viewer.setInput(partnership);
		}
		viewer.expandAll();
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Partnership p ? p.getAgreements().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Agreement a ? a.getFollowUps().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof FollowUp f ? f.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Agreement a && !a.getFollowUps().isEmpty();
		}
	}
}
