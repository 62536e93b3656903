package org.tandem.sync.internal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;

import org.eclipse.jgit.errors.TransportException;
import org.junit.jupiter.api.Test;
import org.tandem.sync.api.git.SyncException;
import org.tandem.sync.api.git.SyncException.Reason;

class FailuresTest {

	private final Failures failures = new Failures(2);

	@Test
	void aTimeoutOfARemoteWhosePortHolds401IsATimeoutNotARefusedLogin() {
		String remote = "http://127.0.0.1:40141/team.git"; //$NON-NLS-1$
		SyncException failure = failures.of(remote, new TransportException(remote + ": cannot open git-upload-pack", //$NON-NLS-1$
				new SocketTimeoutException("Read timed out"))); //$NON-NLS-1$
		assertEquals(Reason.NO_CONNECTION, failure.reason(), failure.getMessage());
		assertTrue(failure.getMessage().contains("did not answer within 2 s"), failure.getMessage()); //$NON-NLS-1$
	}

	@Test
	void anHttpStatus401IsARefusedLogin() {
		String remote = "https://git.example.org:8443/partners/401/team.git"; //$NON-NLS-1$
		assertEquals(Reason.AUTHENTICATION, failures.of(remote, new TransportException(remote + ": 401 Unauthorized")).reason()); //$NON-NLS-1$
		assertEquals(Reason.AUTHENTICATION, failures.of(remote, new TransportException(remote + ": not authorized")).reason()); //$NON-NLS-1$
		assertEquals(Reason.REMOTE, failures.of(remote, new TransportException(remote + ": 500 Internal Server Error")).reason()); //$NON-NLS-1$
	}
}
