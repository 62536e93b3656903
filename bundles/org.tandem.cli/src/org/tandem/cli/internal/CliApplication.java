package org.tandem.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The headless Equinox application behind {@code tandem-cli}: its return value is the exit code. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		Plugins plugins = new Plugins(bundle == null ? null : bundle.getBundleContext());
		return Integer.valueOf(new Cli(System.out, System.err, plugins).run(args == null ? new String[0] : args));
	}

	@Override
	public void stop() {
		// commands are short and finish on their own
	}
}
