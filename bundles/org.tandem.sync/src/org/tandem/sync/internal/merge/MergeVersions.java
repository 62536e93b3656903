package org.tandem.sync.internal.merge;

/** The versions that a merge reads (base, ours, theirs) and the one it builds (result). */
record MergeVersions(Version base, Version ours, Version theirs, Version result) {
}
