package org.tandem.ui.concept.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.tandem.model.api.TandemPackage;

/** The sections of a concept that comments can be about, and the headers that introduce them. */
final class Sections {

	/** The sections, named as a comment's {@code section} names them (after the concept's features). */
	static final List<String> ALL = List.of(TandemPackage.Literals.CONCEPT__TITLE.getName(), TandemPackage.Literals.CONCEPT__PROBLEM.getName(),
			TandemPackage.Literals.CONCEPT__OBJECTIVES.getName(), TandemPackage.Literals.CONCEPT__MEASURES.getName(),
			TandemPackage.Literals.CONCEPT__EXPECTED_IMPACT.getName());

	private Sections() {
	}

	/** The name of {@code section} in the reader's language; a section unknown here shows as it is written. */
	static String label(String section) {
		if (section == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (ALL.indexOf(section)) {
		case 0 -> Messages.section_title;
		case 1 -> Messages.section_problem;
		case 2 -> Messages.section_objectives;
		case 3 -> Messages.section_measures;
		case 4 -> Messages.section_expectedImpact;
		default -> section;
		};
	}

	/**
	 * A header row: the section's name in bold and a "Comment" link that runs {@code comment}; returns
	 * the row, whose further children go to the right.
	 */
	static Composite header(Composite parent, String section, Runnable comment) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).extendedMargins(0, 0, 10, 2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		Label title = new Label(row, SWT.NONE);
		title.setText(label(section));
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		Link link = new Link(row, SWT.NONE);
		link.setText("<a>" + Messages.comment_link + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		link.setToolTipText(Messages.comment_link_tooltip);
		link.addListener(SWT.Selection, e -> comment.run());
		GridDataFactory.swtDefaults().grab(true, false).applyTo(link);
		return row;
	}
}
