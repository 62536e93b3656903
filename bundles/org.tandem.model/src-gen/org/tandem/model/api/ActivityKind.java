/**
 */
package org.tandem.model.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Activity Kind</b></em>',
 * and utility methods for working with them.
 * @since 0.1
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of an activity.
 * <!-- end-model-doc -->
 * @see org.tandem.model.api.TandemPackage#getActivityKind()
 * @model
 * @generated
 */
public enum ActivityKind implements Enumerator {
	/**
	 * The '<em><b>ANNUAL VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	ANNUAL_VISIT(0, "ANNUAL_VISIT", "ANNUAL_VISIT"),

	/**
	 * The '<em><b>EXPERT TALK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_TALK_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT_TALK(1, "EXPERT_TALK", "EXPERT_TALK"),

	/**
	 * The '<em><b>WORKSHOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSHOP(2, "WORKSHOP", "WORKSHOP"),

	/**
	 * The '<em><b>TARGET GROUP EVENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET_GROUP_EVENT_VALUE
	 * @generated
	 * @ordered
	 */
	TARGET_GROUP_EVENT(3, "TARGET_GROUP_EVENT", "TARGET_GROUP_EVENT");

	/**
	 * The '<em><b>ANNUAL VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNUAL_VISIT_VALUE = 0;

	/**
	 * The '<em><b>EXPERT TALK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_TALK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_TALK_VALUE = 1;

	/**
	 * The '<em><b>WORKSHOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKSHOP_VALUE = 2;

	/**
	 * The '<em><b>TARGET GROUP EVENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET_GROUP_EVENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TARGET_GROUP_EVENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Activity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActivityKind[] VALUES_ARRAY =
		new ActivityKind[] {
			ANNUAL_VISIT,
			EXPERT_TALK,
			WORKSHOP,
			TARGET_GROUP_EVENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Activity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActivityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Activity Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activity Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activity Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivityKind get(int value) {
		switch (value) {
			case ANNUAL_VISIT_VALUE: return ANNUAL_VISIT;
			case EXPERT_TALK_VALUE: return EXPERT_TALK;
			case WORKSHOP_VALUE: return WORKSHOP;
			case TARGET_GROUP_EVENT_VALUE: return TARGET_GROUP_EVENT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ActivityKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ActivityKind
