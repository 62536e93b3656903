package org.tandem.app.internal;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Version;

/** The text of the About dialog: what Tandem is, which version runs, on what. */
record AboutText(Version version, String javaVersion, String javaVendor, String os, String arch, WorkspaceFolder workspace) {

	static AboutText ofThisRuntime(Version version, WorkspaceFolder workspace) {
		return new AboutText(version, System.getProperty("java.version"), System.getProperty("java.vendor"),
				System.getProperty("os.name"), System.getProperty("os.arch"), workspace);
	}

	String title() {
		return Messages.about_title;
	}

	String body() {
		return NLS.bind(Messages.about_body,
				new Object[] { version, javaVersion, javaVendor, os, arch, workspace.displayName() });
	}
}
