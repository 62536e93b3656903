/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partnership</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a partnership file: two partner regions and the people, task groups and activities between them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Partnership#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getPeople <em>People</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getTaskGroups <em>Task Groups</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.tandem.model.api.Partnership#getGlossary <em>Glossary</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getPartnership()
 * @model
 * @generated
 */
public interface Partnership extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Partnership#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the partnership is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Partnership#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Start()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Partnership#getStart <em>Start</em>}' attribute.
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
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Finish()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Partnership#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The two partner regions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Regions()
	 * @model containment="true" upper="2"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phases of the partnership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phase> getPhases();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organizations taking part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People taking part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Task Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.TaskGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Groups</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_TaskGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskGroup> getTaskGroups();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Visits, talks, workshops and events.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paths of measures whose effect on the indicators is projected and compared; one without measures is the reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Agreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Agreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agreement> getAgreements();

	/**
	 * Returns the value of the '<em><b>Glossary</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.GlossaryTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shared terms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Glossary</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPartnership_Glossary()
	 * @model containment="true"
	 * @generated
	 */
	EList<GlossaryTerm> getGlossary();

} // Partnership
