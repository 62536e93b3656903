package org.tandem.io.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that passes everything to another but only flushes it when closed: for libraries that
 * close the stream they write to, when the caller owns it (exporters leave their stream open).
 */
public final class KeptOpen extends FilterOutputStream {

	public KeptOpen(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		out.write(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		flush();
	}
}
