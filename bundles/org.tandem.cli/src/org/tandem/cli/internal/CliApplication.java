package org.tandem.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code tandem-cli}: its return value is the exit code. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		// JGit logs through slf4j: the command line takes slf4j's own silent provider, without slf4j's notices on the standard error
		System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider"); //$NON-NLS-1$ //$NON-NLS-2$
		System.setProperty("slf4j.internal.verbosity", "WARN"); //$NON-NLS-1$ //$NON-NLS-2$
		return Integer.valueOf(new Cli(System.out, System.err).run(args == null ? new String[0] : args));
	}

	@Override
	public void stop() {
		// commands are short and finish on their own
	}
}
