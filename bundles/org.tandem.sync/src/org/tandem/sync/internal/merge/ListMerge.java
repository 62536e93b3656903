package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The order of a merged list of distinct keys. The keys that both sides hold keep the order of the
 * side that changed it from the base (ours when neither or both did; both reordering differently
 * is a conflict); a key that only one side holds goes right after the key before it on that side.
 *
 * @param <K> the keys
 */
final class ListMerge<K> {

	/** The merged list, and whether both sides reordered it differently. */
	record Result<K>(List<K> keys, boolean orderConflict) {
	}

	/**
	 * Which keys a merged list holds: those both sides hold, those one side added and the other did
	 * not remove; a key that one side removed is gone.
	 */
	static <K> Set<K> members(List<K> base, List<K> ours, List<K> theirs) {
		Set<K> inBase = new HashSet<>(base);
		Set<K> inOurs = new HashSet<>(ours);
		Set<K> inTheirs = new HashSet<>(theirs);
		Set<K> members = new LinkedHashSet<>();
		for (List<K> side : List.of(ours, theirs)) {
			for (K key : side) {
				boolean o = inOurs.contains(key);
				boolean t = inTheirs.contains(key);
				if (o == t || !inBase.contains(key)) {
					members.add(key);
				}
			}
		}
		return members;
	}

	/** Orders {@code members} (each held by ours or theirs) after the three versions of the list. */
	Result<K> order(List<K> base, List<K> ours, List<K> theirs, Set<K> members) {
		Set<K> inOurs = new HashSet<>(ours);
		Set<K> inTheirs = new HashSet<>(theirs);
		Predicate<K> shared = key -> members.contains(key) && inOurs.contains(key) && inTheirs.contains(key);
		List<K> sharedOurs = filter(ours, shared);
		List<K> sharedTheirs = filter(theirs, shared);
		Set<K> sharedSet = new HashSet<>(sharedOurs);
		List<K> sharedBase = filter(base, sharedSet::contains);
		boolean oursReordered = !filter(sharedOurs, new HashSet<>(sharedBase)::contains).equals(sharedBase);
		boolean theirsReordered = !filter(sharedTheirs, new HashSet<>(sharedBase)::contains).equals(sharedBase);
		boolean conflict = oursReordered && theirsReordered && !sharedOurs.equals(sharedTheirs);
		List<K> merged = new ArrayList<>(theirsReordered && !oursReordered ? sharedTheirs : sharedOurs);
		insertOwn(merged, ours, members, inTheirs);
		insertOwn(merged, theirs, members, inOurs);
		return new Result<>(merged, conflict);
	}

	/**
	 * Puts the members that only {@code side} holds right after the key before them on that side
	 * (and after what the other side added there).
	 */
	private void insertOwn(List<K> merged, List<K> side, Set<K> members, Set<K> inOther) {
		Set<K> inSide = new HashSet<>(side);
		K before = null;
		for (K key : side) {
			if (members.contains(key) && !inOther.contains(key)) {
				int at = before == null ? 0 : merged.indexOf(before) + 1;
				while (at < merged.size() && !inSide.contains(merged.get(at))) {
					at++;
				}
				merged.add(at, key);
			}
			if (members.contains(key)) {
				before = key;
			}
		}
	}

	private static <K> List<K> filter(List<K> keys, Predicate<K> keep) {
		List<K> kept = new ArrayList<>(keys.size());
		for (K key : keys) {
			if (keep.test(key)) {
				kept.add(key);
			}
		}
		return kept;
	}
}
