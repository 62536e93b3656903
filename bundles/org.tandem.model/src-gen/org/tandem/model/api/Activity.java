/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An annual visit, expert talk, workshop or target-group event.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Activity#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getPlace <em>Place</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getTaskGroups <em>Task Groups</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.tandem.model.api.Activity#getMinutes <em>Minutes</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getActivity_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Activity#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.ActivityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.tandem.model.api.ActivityKind
	 * @see #setKind(ActivityKind)
	 * @see org.tandem.model.api.TandemPackage#getActivity_Kind()
	 * @model
	 * @generated
	 */
	ActivityKind getKind();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Activity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.tandem.model.api.ActivityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActivityKind value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getActivity_Start()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Activity#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finish</em>' attribute.
	 * @see #setFinish(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getActivity_Finish()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Activity#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place</em>' containment reference.
	 * @see #setPlace(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getActivity_Place()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getPlace();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Activity#getPlace <em>Place</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' containment reference.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.tandem.model.api.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who took part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.tandem.model.api.TandemPackage#getActivity_Participants()
	 * @model
	 * @generated
	 */
	EList<Person> getParticipants();

	/**
	 * Returns the value of the '<em><b>Task Groups</b></em>' reference list.
	 * The list contents are of type {@link org.tandem.model.api.TaskGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task groups concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Groups</em>' reference list.
	 * @see org.tandem.model.api.TandemPackage#getActivity_TaskGroups()
	 * @model
	 * @generated
	 */
	EList<TaskGroup> getTaskGroups();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference.
	 * @see #setOutcomes(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getActivity_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getOutcomes();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Activity#getOutcomes <em>Outcomes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcomes</em>' containment reference.
	 * @see #getOutcomes()
	 * @generated
	 */
	void setOutcomes(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes</em>' containment reference.
	 * @see #setMinutes(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getActivity_Minutes()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getMinutes();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Activity#getMinutes <em>Minutes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' containment reference.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(LocalizedText value);

} // Activity
