package org.tandem.ui.internal.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.FollowUp;
import org.tandem.model.api.Identified;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Organization;
import org.tandem.model.api.OrganizationKind;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TranslationState;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;

/** The properties part on the demo workspace: real fields, typed into with posted key events. */
class PropertiesPartTest {

	@TempDir
	Path folder;

	private EditorHarness harness;
	private PropertiesPart part;

	@BeforeEach
	void open() throws Exception {
		harness = new EditorHarness(folder, 700, 700);
		part = harness.open(PropertiesPart.class, partnership());
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void editUndoRedoSaveAndReopen() throws Exception {
		Indicator indicator = select(partnership().getIndicators().get(0));
		String id = indicator.getId();
		Text unit = field(Text.class, "unit");
		assertEquals(indicator.getUnit(), unit.getText());
		type(unit, "hm3");
		assertEquals("hm3", indicator.getUnit(), "Enter applies the typed value");
		assertNull(part.problem());

		CommandStack stack = harness.editing().stackFor(indicator).orElseThrow();
		stack.undo();
		Ui.settle();
		assertEquals(indicator.getUnit(), unit.getText(), "the field shows the old value after undo");
		assertFalse("hm3".equals(unit.getText()));
		stack.redo();
		Ui.settle();
		assertEquals("hm3", unit.getText());

		harness.editing().save((XMLResource) indicator.eResource());
		harness.reopen();
		Indicator reopened = (Indicator) find(id);
		assertEquals("hm3", reopened.getUnit(), "the edit is in the saved file");
	}

	@Test
	void aBadNumberIsReportedAndChangesNothing() {
		Indicator indicator = select(partnership().getIndicators().get(0));
		int year = indicator.getBaselineYear();
		Text baselineYear = field(Text.class, "baselineYear");
		String name = label(baselineYear);
		type(baselineYear, "20x5");
		assertEquals(year, indicator.getBaselineYear(), "nothing applied");
		assertTrue(part.problem() != null && part.problem().contains(name) && part.problem().contains("20x5"), part.problem());
		assertFalse(harness.editing().stackFor(indicator).orElseThrow().canUndo(), "no command ran");

		type(baselineYear, "2021");
		assertEquals(2021, indicator.getBaselineYear());
		assertNull(part.problem(), "a good value clears the message");
		Text baselineValue = field(Text.class, "baselineValue");
		type(baselineValue, "12,5");
		assertEquals(12.5, indicator.getBaselineValue(), 1e-9, "a decimal comma is a decimal point");
	}

	@Test
	void textsInEveryLanguageWithTheirStates() {
		Indicator indicator = select(partnership().getIndicators().get(0));
		Text german = field(Text.class, "name.de");
		Text chinese = field(Text.class, "name.zh");
		assertEquals(indicator.getName().getText("zh"), chinese.getText());
		String original = indicator.getName().getOriginal().getLanguage();
		Text originalField = field(Text.class, "name." + original);
		type(originalField, "Neu " + indicator.getName().getText(original));
		for (String language : List.of("de", "zh", "en")) {
			if (!language.equals(original)) {
				assertEquals(TranslationState.STALE, indicator.getName().getTranslations().stream()
						.filter(t -> t.getLanguage().equals(language)).findFirst().orElseThrow().getState(), language);
			}
		}
		Label state = stateOf(original.equals("de") ? chinese : german);
		assertEquals(org.tandem.model.edit.spi.TandemEditPlugin.INSTANCE.getString("_UI_TranslationState_STALE_literal"), state.getText());
		harness.editing().stackFor(indicator).orElseThrow().undo();
		Ui.settle();
		assertFalse(state.getText().equals(org.tandem.model.edit.spi.TandemEditPlugin.INSTANCE.getString("_UI_TranslationState_STALE_literal")),
				"undo restores the states");
	}

	@Test
	void enumsReferencesBooleansAndDates() {
		Organization organization = select(partnership().getOrganizations().get(0));
		Combo kind = field(Combo.class, "kind");
		assertEquals(OrganizationKind.values().length, kind.getItemCount());
		assertEquals(org.tandem.model.edit.spi.TandemEditPlugin.INSTANCE.getString("_UI_OrganizationKind_ASSOCIATION_literal"),
				kind.getItem(OrganizationKind.ASSOCIATION.getValue()), "enum values are labelled by the edit bundle");
		select(kind, OrganizationKind.ASSOCIATION.getValue());
		assertEquals(OrganizationKind.ASSOCIATION, organization.getKind());
		Combo region = field(Combo.class, "region");
		org.tandem.model.api.Region otherRegion = partnership().getRegions().stream().filter(r -> r != organization.getRegion()).findFirst().orElseThrow();
		int other = region.indexOf(otherRegion.getName().getTextOrOriginal(java.util.Locale.getDefault().getLanguage()));
		assertTrue(other > 0, List.of(region.getItems()).toString());
		select(region, other);
		assertEquals(otherRegion, organization.getRegion());
		select(region, 0);
		assertNull(organization.getRegion(), "the first choice is none");

		FollowUp followUp = select(partnership().getAgreements().get(0).getFollowUps().get(0));
		Button done = field(Button.class, "done");
		done.setSelection(!followUp.isDone());
		done.notifyListeners(SWT.Selection, null);
		assertTrue(followUp.isDone());
		DateTime due = field(DateTime.class, "due");
		due.setDate(2026, 2, 15);
		due.notifyListeners(SWT.Selection, null);
		assertEquals(LocalDate.of(2026, 3, 15), followUp.getDue());
		Button hasDate = field(Button.class, "due.present");
		hasDate.setSelection(false);
		hasDate.notifyListeners(SWT.Selection, null);
		assertNull(followUp.getDue());
		CommandStack stack = harness.editing().stackFor(followUp).orElseThrow();
		String top = String.valueOf(stack.getUndoCommand());
		stack.undo();
		assertEquals(LocalDate.of(2026, 3, 15), followUp.getDue(), "undo brings the date back: " + top);
		Ui.settle();
		assertEquals(LocalDate.of(2026, 3, 15), followUp.getDue(), "and the refresh leaves it: " + stack.getUndoCommand());
		assertTrue(hasDate.getSelection(), "the date is on again");
		assertTrue(due.getEnabled());
		assertEquals(2, due.getMonth());
	}

	private Partnership partnership() {
		return (Partnership) harness.workspace().roots().stream()
				.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
	}

	private EObject find(String id) {
		for (EObject root : harness.workspace().roots()) {
			for (var all = root.eAllContents(); all.hasNext();) {
				if (all.next() instanceof Identified e && id.equals(e.getId())) {
					return e;
				}
			}
		}
		throw new AssertionError(id);
	}

	private <T extends EObject> T select(T element) {
		harness.context().set(IServiceConstants.ACTIVE_SELECTION, element);
		Ui.settle();
		assertEquals(element, part.element());
		return element;
	}

	private <T extends Control> T field(Class<T> type, String name) {
		return Ui.find(part.grid(), type, c -> name.equals(c.getData(PropertiesPart.FIELD_KEY)))
				.orElseThrow(() -> new AssertionError("no field " + name));
	}

	/** The name cell of the row that {@code control} is in. */
	private static String label(Control control) {
		Control cell = control;
		while (cell.getParent() != control.getShell() && !(cell.getParent().getLayout() instanceof org.eclipse.swt.layout.GridLayout g
				&& g.numColumns == Field.COLUMNS)) {
			cell = cell.getParent();
		}
		Control[] children = cell.getParent().getChildren();
		for (int i = List.of(children).indexOf(cell); i >= 0; i--) {
			if (children[i] instanceof Label label && !label.getText().isEmpty()) {
				return label.getText();
			}
		}
		throw new AssertionError("no name for " + control);
	}

	private static Label stateOf(Text text) {
		Control[] children = text.getParent().getChildren();
		return (Label) children[List.of(children).indexOf(text) + 1];
	}

	/** Replaces the field's text by typing, as a person would, and presses Enter. */
	private static void type(Text text, String value) {
		text.getShell().forceActive();
		assertTrue(text.forceFocus(), "the field takes the focus");
		text.selectAll();
		Ui.settle();
		Ui.type(value);
		assertEquals(value, text.getText(), "typed");
		Ui.key(SWT.CR, '\r', 0);
		Ui.settle();
	}

	private static void select(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, null);
		Ui.settle();
	}
}
