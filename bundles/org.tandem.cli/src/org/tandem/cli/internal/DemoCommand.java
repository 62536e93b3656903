package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.tandem.core.demo.DemoWorkspace;

/** {@code demo DIR}: the demo workspace, in a folder that holds no model files yet. */
final class DemoCommand implements Command {

	@Override
	public String name() {
		return "demo"; //$NON-NLS-1$
	}

	@Override
	public String arguments() {
		return "DIR"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "write the demo workspace (Rhine-Neckar with Urumqi, the Ruhr with Beijing-Tianjin-Hebei) into DIR"; //$NON-NLS-1$
	}

	@Override
	public int run(Arguments arguments, Console console) throws IOException {
		Path folder = arguments.newFolder();
		DemoWorkspace.create(folder);
		console.out().printf("%s: demo workspace written%n", folder); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
