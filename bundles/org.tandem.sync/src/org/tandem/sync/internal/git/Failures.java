package org.tandem.sync.internal.git;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.tandem.sync.api.git.SyncException.Reason;
import org.tandem.sync.api.git.SyncException;

/** Tells from a failed transfer why it failed: a refused login, a missing connection, or something else. */
public final class Failures {

	private static final Pattern HTTP_401 = Pattern.compile("(?<![\\d.:/])401(?!\\d)"); //$NON-NLS-1$

	private final int timeoutSeconds;

	/** Failures of transfers that time out after {@code timeoutSeconds} without an answer. */
	public Failures(int timeoutSeconds) {
		this.timeoutSeconds = timeoutSeconds;
	}

	/** The failure of a transfer with {@code remote}, as a {@link SyncException} with a message for people. */
	public SyncException of(String remote, Exception failure) {
		// the remote's address is left out of the text: a port such as 40141 is no HTTP status 401
		String text = describe(failure).toLowerCase(Locale.ROOT).replace(remote.toLowerCase(Locale.ROOT), ""); //$NON-NLS-1$
		if (text.contains("not authorized") || text.contains("authentication is required") || HTTP_401.matcher(text).find()) { //$NON-NLS-1$ //$NON-NLS-2$
			return new SyncException(Reason.AUTHENTICATION, NLS.bind(Messages.authFailed, remote), failure);
		}
		if (timedOut(failure) || text.contains("timed out") || text.contains("timeout")) { //$NON-NLS-1$ //$NON-NLS-2$
			return new SyncException(Reason.NO_CONNECTION, NLS.bind(Messages.timedOut, remote, Integer.valueOf(timeoutSeconds)), failure);
		}
		if (unreachable(failure) || text.contains("connection refused") || text.contains("connection reset") //$NON-NLS-1$ //$NON-NLS-2$
				|| text.contains("broken pipe") || text.contains("unexpected end") || text.contains("premature eof")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return new SyncException(Reason.NO_CONNECTION, NLS.bind(Messages.noConnection, remote, rootCause(failure)), failure);
		}
		return new SyncException(Reason.REMOTE, NLS.bind(Messages.remoteFailed, remote, rootCause(failure)), failure);
	}

	private static boolean timedOut(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static boolean unreachable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
					|| t instanceof SocketTimeoutException || t instanceof SocketException || t instanceof EOFException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			text.append(t.getMessage()).append('\n');
		}
		return text.toString();
	}

	private static String rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
	}
}
