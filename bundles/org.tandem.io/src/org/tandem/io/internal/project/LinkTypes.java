package org.tandem.io.internal.project;

import org.mpxj.RelationType;
import org.tandem.model.api.DependencyType;

/** The four link types, in MPXJ and in Tandem. */
final class LinkTypes {

	private LinkTypes() {
	}

	static DependencyType toTandem(RelationType type) {
		if (type == null) {
			return DependencyType.FINISH_TO_START;
		}
		return switch (type) {
		case START_START -> DependencyType.START_TO_START;
		case FINISH_FINISH -> DependencyType.FINISH_TO_FINISH;
		case START_FINISH -> DependencyType.START_TO_FINISH;
		default -> DependencyType.FINISH_TO_START;
		};
	}

	static RelationType toProject(DependencyType type) {
		return switch (type) {
		case START_TO_START -> RelationType.START_START;
		case FINISH_TO_FINISH -> RelationType.FINISH_FINISH;
		case START_TO_FINISH -> RelationType.START_FINISH;
		default -> RelationType.FINISH_START;
		};
	}
}
