package org.tandem.core.internal.imports;

/** A row of an import that was refused: its line number and why, naming the field, in the user's language. */
public record RejectedRow(int line, String reason) {
}
