package org.tandem.ui.sync.internal.credentials;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/** A user name with a password or token, for a remote. */
public record Credentials(String user, char[] password) {

	/** The credentials as JGit asks for them. */
	public CredentialsProvider provider() {
		return new UsernamePasswordCredentialsProvider(user, password);
	}
}
