package org.tandem.ui.milestones.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.tandem.report.internal.ReportScope;

/** File > Report…: which partnership or task group, and in which language (German, Chinese or English). */
final class ReportDialog extends Dialog {

	static final List<String> LANGUAGES = List.of("de", "zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final List<ReportScope> scopes;
	private final Texts texts;
	private Choice<ReportScope> scope;
	private Choice<String> language;
	private ReportScope chosenScope;
	private String chosenLanguage;

	ReportDialog(Shell parent, List<ReportScope> scopes, Texts texts) {
		super(parent);
		this.scopes = scopes;
		this.texts = texts;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.report_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		scope = new Choice<>(area, Messages.report_scope, s -> texts.label(s.element()), () -> { });
		GridDataFactory.fillDefaults().grab(true, false).hint(380, -1).applyTo(scope.combo());
		scope.offer(scopes);
		language = new Choice<>(area, Messages.report_language, ReportDialog::languageName, () -> { });
		GridDataFactory.fillDefaults().grab(true, false).applyTo(language.combo());
		language.offer(LANGUAGES);
		String own = Locale.getDefault().getLanguage();
		language.choose(LANGUAGES.contains(own) ? own : "en"); //$NON-NLS-1$
		return area;
	}

	private static String languageName(String code) {
		return switch (code) {
		case "de" -> Messages.language_de; //$NON-NLS-1$
		case "zh" -> Messages.language_zh; //$NON-NLS-1$
		default -> Messages.language_en;
		};
	}

	@Override
	protected void okPressed() {
		chosenScope = scope.value();
		chosenLanguage = language.value();
		super.okPressed();
	}

	Choice<ReportScope> scopeChoice() {
		return scope;
	}

	Choice<String> languageChoice() {
		return language;
	}

	ReportScope chosenScope() {
		return chosenScope;
	}

	Locale chosenLanguage() {
		return Locale.forLanguageTag(chosenLanguage);
	}
}
