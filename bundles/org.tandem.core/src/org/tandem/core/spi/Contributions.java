package org.tandem.core.spi;

import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Calls plug-in contributions so that one that misbehaves cannot take the workbench down: what
 * it throws unchecked (a runtime exception, a missing class) is handed to a failure sink with the
 * plug-in's name, and the caller goes on without its result. Checked exceptions that the call
 * declares (an exporter's {@code IOException}) pass through as usual.
 *
 * @since 0.1
 */
public final class Contributions {

	/** A call into a contribution that may throw a checked exception of type {@code E}. */
	@FunctionalInterface
	public interface Call<T, E extends Exception> {
		T run() throws E;
	}

	private Contributions() {
	}

	/**
	 * Runs {@code call} on {@code contribution}; its result, or nothing when it threw unchecked, in
	 * which case {@code failures} receives what happened.
	 */
	public static <T, E extends Exception> Optional<T> call(Contribution contribution, String task, Call<T, E> call,
			Consumer<ContributionFailure> failures) throws E {
		try {
			return Optional.ofNullable(call.run());
		} catch (RuntimeException | LinkageError e) {
			failures.accept(new ContributionFailure(plugin(contribution), idOf(contribution), task, e));
			return Optional.empty();
		}
	}

	/** The symbolic name of the bundle that {@code contribution}'s class comes from. */
	public static String plugin(Object contribution) {
		Bundle bundle = FrameworkUtil.getBundle(contribution.getClass());
		return bundle != null ? bundle.getSymbolicName() : contribution.getClass().getName();
	}

	private static String idOf(Contribution contribution) {
		try {
			return contribution.id();
		} catch (RuntimeException | LinkageError e) {
			return contribution.getClass().getName();
		}
	}
}
