package org.tandem.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Small helpers for tests that drive real SWT widgets on the test thread's display: run the event
 * loop, find widgets, and post real mouse and key events (the way a person would use them).
 */
public final class Ui {

	private Ui() {
	}

	public static Display display() {
		return Display.getDefault();
	}

	/** Runs the event loop until no event is pending (at most two seconds). */
	public static void settle() {
		Display display = display();
		long end = System.nanoTime() + 2_000_000_000L;
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				return;
			}
		}
	}

	/** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
	public static void waitUntil(BooleanSupplier condition, int seconds, String what) {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Timed out after " + seconds + " s waiting for " + what);
			}
			if (!display().readAndDispatch()) {
				display().timerExec(20, () -> { });
				display().sleep();
			}
		}
	}

	/**
	 * Answers the dialog titled {@code title}, once it shows (within ten seconds), by pressing the
	 * button labelled {@code button}; returns the longest label the dialog showed (its question),
	 * filled in when it was answered.
	 */
	public static java.util.concurrent.atomic.AtomicReference<String> answerDialog(String title, String button) {
		java.util.concurrent.atomic.AtomicReference<String> question = new java.util.concurrent.atomic.AtomicReference<>();
		long end = System.nanoTime() + 10_000_000_000L;
		display().timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (org.eclipse.swt.widgets.Shell shell : display().getShells()) {
					if (title.equals(shell.getText()) && shell.isVisible()) {
						question.set(findAll(shell, org.eclipse.swt.widgets.Label.class, l -> true).stream()
								.map(org.eclipse.swt.widgets.Label::getText).reduce("", (a, b) -> b.length() > a.length() ? b : a)); //$NON-NLS-1$
						find(shell, org.eclipse.swt.widgets.Button.class, b -> button.equals(b.getText()))
								.orElseThrow(() -> new AssertionError("no button " + button + " in " + title)) //$NON-NLS-1$ //$NON-NLS-2$
								.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				if (System.nanoTime() < end) {
					display().timerExec(50, this);
				}
			}
		});
		return question;
	}

	/** All controls of {@code type} under {@code root} (depth first, {@code root} included) that match. */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<? super T> matching) {
		List<T> found = new ArrayList<>();
		collect(root, type, matching, found);
		return found;
	}

	/** The first control of {@code type} under {@code root} that matches. */
	public static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<? super T> matching) {
		return findAll(root, type, matching).stream().findFirst();
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> matching, List<T> found) {
		if (type.isInstance(control) && matching.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, matching, found);
			}
		}
	}

	/** Posts a real mouse move, press and release at {@code x, y} of {@code control}. */
	public static void click(Control control, int x, int y) {
		raise(control);
		pointAt(control, x, y);
		mouse(SWT.MouseDown, 1);
		mouse(SWT.MouseUp, 1);
		settle();
	}

	/** Posts a real drag with the left button from one point of {@code control} to another, in steps. */
	public static void drag(Control control, int fromX, int fromY, int toX, int toY) {
		raise(control);
		pointAt(control, fromX, fromY);
		mouse(SWT.MouseDown, 1);
		int steps = 8;
		for (int i = 1; i <= steps; i++) {
			moveTo(control, fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps);
		}
		mouse(SWT.MouseUp, 1);
		settle();
	}

	/** Posts a real key press and release of {@code character} or {@code keyCode} to the focus control. */
	public static void key(int keyCode, char character, int modifiers) {
		if ((modifiers & SWT.MOD1) != 0) {
			postKey(SWT.KeyDown, SWT.CTRL, '\0');
		}
		postKey(SWT.KeyDown, keyCode, character);
		postKey(SWT.KeyUp, keyCode, character);
		if ((modifiers & SWT.MOD1) != 0) {
			postKey(SWT.KeyUp, SWT.CTRL, '\0');
		}
		settle();
	}

	/** Types {@code text} into the focus control, one posted key at a time. */
	public static void type(String text) {
		for (char c : text.toCharArray()) {
			key(0, c, 0);
		}
	}

	/**
	 * Brings the control's shell to the front, so that posted events reach it and not a window above
	 * it, and scrolls every scrolled composite around the control so that it shows.
	 */
	private static void raise(Control control) {
		control.getShell().moveAbove(null);
		control.getShell().forceActive();
		settle();
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
				scrolled.showControl(control);
			}
		}
		settle();
	}

	/**
	 * Moves the pointer onto the point from one pixel beside it (so that the widget sees the pointer
	 * move in, even when it was there already), and waits, bounded, until the X server has it there.
	 */
	private static void moveTo(Control control, int x, int y) {
		Point onScreen = control.toDisplay(x, y);
		postMove(onScreen.x + 1, onScreen.y + 1);
		postMove(onScreen.x, onScreen.y);
		for (int attempt = 0; attempt < 50 && !onScreen.equals(display().getCursorLocation()); attempt++) {
			sleep(10);
			settle();
		}
		settle();
	}

	/**
	 * Moves the pointer onto the point and waits, bounded, until the display finds the control under
	 * it; moves again when a layout or a scroll has shifted the control meanwhile (on a busy machine a
	 * press posted before that reaches whatever was there before).
	 */
	private static void pointAt(Control control, int x, int y) {
		for (int attempt = 0; attempt < 20; attempt++) {
			moveTo(control, x, y);
			if (under(display().getCursorControl(), control)) {
				return;
			}
			sleep(50);
			settle();
		}
	}

	private static boolean under(Control found, Control control) {
		for (Control c = found; c != null; c = c.getParent()) {
			if (c == control) {
				return true;
			}
		}
		return false;
	}

	private static void postMove(int x, int y) {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = x;
		move.y = y;
		display().post(move);
		settle();
	}

	private static void sleep(int millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void mouse(int type, int button) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		display().post(event);
		settle();
	}

	private static void postKey(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display().post(event);
	}
}
