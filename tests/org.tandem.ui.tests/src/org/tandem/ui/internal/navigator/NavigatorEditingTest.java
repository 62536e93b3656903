package org.tandem.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.ui.internal.navigator.NavigatorMenus.choose;
import static org.tandem.ui.internal.navigator.NavigatorMenus.item;
import static org.tandem.ui.internal.navigator.NavigatorMenus.texts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.api.Identified;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Organization;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TaskGroup;
import org.tandem.model.api.WorkPackage;
import org.tandem.testing.EditorHarness;
import org.tandem.testing.Ui;

/** Making, deleting, copying, pasting and moving elements in the navigator, through its menu, keys and the mouse. */
class NavigatorEditingTest {

	@TempDir
	Path folder;


	private EditorHarness harness;
	private NavigatorPart navigator;
	/** Whether this test still answers the delete confirmation when it shows. */
	private final java.util.concurrent.atomic.AtomicBoolean dialogWatch = new java.util.concurrent.atomic.AtomicBoolean(true);

	@BeforeEach
	void open() throws Exception {
		harness = new EditorHarness(folder, 600, 800);
		navigator = harness.open(NavigatorPart.class, partnership());
		Ui.settle();
	}

	@AfterEach
	void close() {
		dialogWatch.set(false);
		harness.close();
	}

	@Test
	void newChildFromTheMenuGetsAnIdAndIsRenamedInPlace() {
		Partnership partnership = partnership();
		int before = partnership.getTaskGroups().size();
		select(partnership);
		Menu newMenu = item(showMenu(), Messages.navigator_new).getMenu();
		newMenu.notifyListeners(SWT.Show, null);
		List<String> kinds = texts(newMenu);
		assertTrue(kinds.contains("Task Group") && kinds.contains("Person"), kinds.toString());
		assertFalse(kinds.stream().anyMatch(k -> k.contains("Text")), "texts are properties, not children: " + kinds);
		assertFalse(kinds.contains("Region"), "a partnership has its two regions already: " + kinds);
		choose(item(newMenu, "Task Group"));

		assertEquals(before + 1, partnership.getTaskGroups().size());
		TaskGroup created = partnership.getTaskGroups().get(before);
		assertNotNull(UUID.fromString(created.getId()), "a fresh UUID");
		assertEquals(List.of(created), navigator.selected());
		Text name = Ui.find(navigator.tree().getTree(), Text.class, t -> t.isVisible()).orElseThrow(() -> new AssertionError("no name field"));
		assertTrue(name.isFocusControl(), "the name is open for typing");
		Ui.type("Circular economy");
		Ui.key(SWT.CR, '\r', 0);
		assertEquals("Circular economy", created.getName().getText("en"));

		CommandStack stack = harness.editing().stackFor(partnership).orElseThrow();
		stack.undo();
		stack.undo();
		Ui.settle();
		assertEquals(before, partnership.getTaskGroups().size(), "undo takes the new element back");
	}

	@Test
	void deleteAsksNamingWhatGoesAndRemovesReferencesUndoBringsThemBack() {
		Partnership partnership = partnership();
		Person person = partnership.getPeople().stream().filter(p -> !usages(p).isEmpty()
				&& usages(p).stream().anyMatch(s -> s.getEObject().eResource() != p.eResource())).findFirst().orElseThrow();
		Collection<EStructuralFeature.Setting> references = usages(person);
		Set<Resource> otherFiles = new HashSet<>();
		references.forEach(s -> otherFiles.add(s.getEObject().eResource()));
		otherFiles.remove(person.eResource());
		String label = navigator.labels().getText(person);

		select(person);
		AtomicReference<String> question = new AtomicReference<>();
		answerDialog(question, Messages.navigator_deleteButton);
		Ui.key(SWT.DEL, (char) 127, 0);
		Ui.settle();

		assertTrue(question.get() != null && question.get().contains(label), "the question names the element: " + question.get());
		assertNull(person.eContainer(), "deleted");
		assertEquals(List.of(), usages(person), "no reference to it is left");
		for (Resource other : otherFiles) {
			assertTrue(harness.editing().isDirty(other), "a file that referred to it counts as changed: " + other.getURI().lastSegment());
		}

		harness.editing().stackFor(partnership).orElseThrow().undo();
		Ui.settle();
		assertSame(partnership, person.eContainer());
		assertEquals(references.size(), usages(person).size(), "undo restores every reference");
	}

	@Test
	void deleteNamesHowManyElementsGoWithTheElementAndCancelKeepsIt() {
		ImplementationPlan plan = plan();
		WorkPackage workPackage = (WorkPackage) plan.getItems().stream().filter(WorkPackage.class::isInstance).findFirst().orElseThrow();
		int inside = (int) workPackage.getChildren().stream().count()
				+ (int) workPackage.getChildren().stream().mapToLong(c -> c.getBaselineDates().size()).sum() + workPackage.getBaselineDates().size();
		select(workPackage);
		AtomicReference<String> question = new AtomicReference<>();
		answerDialog(question, Messages.navigator_cancel);
		choose(item(showMenu(), Messages.navigator_delete));
		assertNotNull(question.get(), "the question was asked");
		assertTrue(question.get().contains(String.valueOf(inside)), inside + " elements inside: " + question.get());
		assertSame(plan, workPackage.eContainer(), "cancel deletes nothing");
	}

	@Test
	void copyAndPasteGiveNewIdsAndAConsistentCopy() {
		Partnership partnership = partnership();
		Person person = partnership.getPeople().stream().filter(p -> p.getOrganization() != null).findFirst().orElseThrow();
		Organization organization = person.getOrganization();
		select(person, organization);
		choose(item(showMenu(), Messages.navigator_copy));
		select(person);
		choose(item(showMenu(), Messages.navigator_paste));

		List<EObject> pasted = navigator.selected();
		assertEquals(2, pasted.size(), pasted.toString());
		Person personCopy = (Person) pasted.stream().filter(Person.class::isInstance).findFirst().orElseThrow();
		Organization organizationCopy = (Organization) pasted.stream().filter(Organization.class::isInstance).findFirst().orElseThrow();
		assertSame(organizationCopy, personCopy.getOrganization(), "the reference between the copies points to the copy");
		assertSame(organization, person.getOrganization(), "the original is untouched");
		assertSame(partnership, personCopy.eContainer(), "pasted beside the selected person");
		assertEquals(person.getRegion(), personCopy.getRegion(), "references to elements outside the copy stay");
		assertNotEquals(person.getId(), personCopy.getId());
		assertNotEquals(organization.getId(), organizationCopy.getId());
		assertAllIdsUnique(partnership.eResource());
		assertSame(personCopy, partnership.eResource().getEObject(personCopy.getId()));
		assertSame(person, partnership.eResource().getEObject(person.getId()));

		harness.editing().stackFor(partnership).orElseThrow().undo();
		Ui.settle();
		assertNull(personCopy.eContainer(), "undo takes the copies away");
	}

	@Test
	void pastedNestedElementsAllGetNewIds() {
		ImplementationPlan plan = plan();
		WorkPackage workPackage = (WorkPackage) plan.getItems().stream().filter(WorkPackage.class::isInstance).findFirst().orElseThrow();
		Set<String> originalIds = ids(workPackage);
		select(workPackage);
		choose(item(showMenu(), Messages.navigator_copy));
		select(plan);
		choose(item(showMenu(), Messages.navigator_paste));
		WorkPackage copy = (WorkPackage) plan.getItems().get(plan.getItems().size() - 1);
		assertNotSame(workPackage, copy);
		Set<String> copyIds = ids(copy);
		assertEquals(originalIds.size(), copyIds.size());
		copyIds.retainAll(originalIds);
		assertEquals(Set.of(), copyIds, "every nested element has a new id");
		assertAllIdsUnique(plan.eResource());
	}

	@Test
	void cutAndPasteMoveAnElementUndoably() {
		ImplementationPlan plan = plan();
		List<WorkPackage> packages = plan.getItems().stream().filter(WorkPackage.class::isInstance).map(WorkPackage.class::cast).toList();
		PlanItem task = packages.get(0).getChildren().get(0);
		String name = task.getName().getText("en");
		select(task);
		choose(item(showMenu(), Messages.navigator_cut));
		assertNull(task.eContainer());
		select(packages.get(1));
		choose(item(showMenu(), Messages.navigator_paste));
		PlanItem moved = packages.get(1).getChildren().get(packages.get(1).getChildren().size() - 1);
		assertEquals(name, moved.getName().getText("en"));
		CommandStack stack = harness.editing().stackFor(plan).orElseThrow();
		stack.undo();
		stack.undo();
		Ui.settle();
		assertSame(packages.get(0), task.eContainer(), "undo puts the cut element back");
	}

	@Test
	void droppingMovesElementsIntoOrBesideAnotherUndoably() {
		ImplementationPlan plan = plan();
		List<WorkPackage> packages = plan.getItems().stream().filter(WorkPackage.class::isInstance).map(WorkPackage.class::cast).toList();
		PlanItem task = packages.get(0).getChildren().get(0);
		PlanItem last = packages.get(2).getChildren().get(packages.get(2).getChildren().size() - 1);
		var editing = harness.editing();
		assertTrue(TreeDragAndDrop.move(editing, packages.get(2), 0.5f, List.of(task)).map(c -> editing.execute(packages.get(2), c)).orElse(false),
				"dropped on the middle of a work package");
		assertSame(packages.get(2), task.eContainer());
		assertTrue(TreeDragAndDrop.move(editing, last, 0.1f, List.of(task)).map(c -> editing.execute(last, c)).orElse(false), "dropped on the upper edge of a task");
		List<PlanItem> children = packages.get(2).getChildren();
		assertEquals(children.indexOf(last) - 1, children.indexOf(task), "it goes before that task");
		assertFalse(TreeDragAndDrop.move(editing, task, 0.5f, List.of(packages.get(2))).isPresent(), "an element cannot go inside itself");
		assertFalse(TreeDragAndDrop.move(editing, partnership(), 0.5f, List.of(task)).isPresent(), "nor into another model file");

		CommandStack stack = editing.stackFor(plan).orElseThrow();
		stack.undo();
		stack.undo();
		assertSame(packages.get(0), task.eContainer(), "undo moves it back");
		assertEquals(0, packages.get(0).getChildren().indexOf(task));
	}

	private static void assertNotSame(Object a, Object b) {
		assertFalse(a == b);
	}

	private static Set<String> ids(EObject root) {
		Set<String> ids = new HashSet<>();
		ids.add(((Identified) root).getId());
		root.eAllContents().forEachRemaining(e -> {
			if (e instanceof Identified i) {
				ids.add(i.getId());
			}
		});
		return ids;
	}

	private static void assertAllIdsUnique(Resource resource) {
		List<String> ids = new ArrayList<>();
		resource.getAllContents().forEachRemaining(e -> {
			if (e instanceof Identified i) {
				ids.add(i.getId());
			}
		});
		assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique in " + resource.getURI().lastSegment());
	}

	private Collection<EStructuralFeature.Setting> usages(EObject element) {
		return EcoreUtil.UsageCrossReferencer.find(element, harness.workspace().resources());
	}

	/** Answers the delete confirmation, once it shows, with the button labelled {@code answer}; keeps its message. */
	private void answerDialog(AtomicReference<String> question, String answer) {
		Ui.display().timerExec(100, new Runnable() {
			@Override
			public void run() {
				if (!dialogWatch.get()) {
					return;
				}
				for (Shell shell : Ui.display().getShells()) {
					if (Messages.navigator_deleteTitle.equals(shell.getText()) && shell.isVisible()) {
						question.set(Ui.findAll(shell, Label.class, l -> l.getText().length() > 20).stream().map(Label::getText).findFirst().orElse(""));
						Ui.find(shell, Button.class, b -> answer.equals(b.getText())).orElseThrow().notifyListeners(SWT.Selection, null);
						return;
					}
				}
				Ui.display().timerExec(100, this);
			}
		});
	}

	private Menu showMenu() {
		return NavigatorMenus.show(navigator);
	}

	private void select(Object... elements) {
		harness.shell().forceActive();
		navigator.tree().setSelection(new StructuredSelection(elements), true);
		assertTrue(navigator.tree().getTree().forceFocus());
		Ui.settle();
	}

	private Partnership partnership() {
		return (Partnership) harness.workspace().roots().stream()
				.filter(r -> r instanceof Partnership p && p.getName().getText("en").startsWith("Rhine-Neckar")).findFirst().orElseThrow();
	}

	private ImplementationPlan plan() {
		return (ImplementationPlan) harness.workspace().roots().stream()
				.filter(r -> r instanceof ImplementationPlan p && p.getName().getText("en").startsWith("Water")).findFirst().orElseThrow();
	}
}
