package org.tandem.core.spi;

/**
 * A contribution that threw instead of doing its job: which plug-in, which contribution, what
 * it was asked, and what it threw.
 *
 * @param plugin the symbolic name of the bundle that registered the contribution
 * @param contribution the contribution's {@link Contribution#id() id}
 * @param task what Tandem asked of it, for example {@code export}
 * @param cause what it threw
 * @since 0.1
 */
public record ContributionFailure(String plugin, String contribution, String task, Throwable cause) {

	/** One line for the log, in English. */
	public String describe() {
		return "Plug-in " + plugin + " failed in " + task + " of " + contribution + ": " + cause; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
