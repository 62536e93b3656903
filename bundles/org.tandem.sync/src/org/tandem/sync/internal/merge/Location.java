package org.tandem.sync.internal.merge;

/** Where an element is held: the id of its container and the name of the containment feature; the root has none. */
record Location(String containerId, String feature) {

	static final Location ROOT = new Location(null, null);
}
