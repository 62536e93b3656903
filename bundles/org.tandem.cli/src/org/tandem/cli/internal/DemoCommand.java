package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.tandem.core.internal.demo.DemoWorkspace;

/** {@code demo DIR}: the demo workspace, in a folder that holds no model files yet. */
final class DemoCommand extends BaseCommand {

	DemoCommand() {
		super("demo", "DIR", //$NON-NLS-1$ //$NON-NLS-2$
				"write the demo workspace (Rhine-Neckar with Urumqi, the Ruhr with Beijing-Tianjin-Hebei) into DIR", Set.of()); //$NON-NLS-1$);
	}

	@Override
	public int run(Arguments arguments, Console console) throws IOException {
		Path folder = arguments.emptyWorkspace();
		DemoWorkspace.create(folder);
		console.out().printf("%s: demo workspace written%n", folder); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
